#pragma once

#include "CliContext.h"
#include "shared/core/ComplianceSchedule.h"

#include <variant>

class QCommandLineParser;

namespace adp::cli {

// adp compliance report [--since T] [--until T] [--stale-days N] [--rotation-days N]
//                       [--sign-in-threshold N]            (exit 1 when a check fails)
class ComplianceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceCommand)

public:
    explicit ComplianceCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    CliContext &m_context;
};

// adp compliance schedules list | create --name N --frequency weekly|monthly --rule ID [limits]
//                         [--inactive] | show ID | update ID [the same, --active] | delete ID | run ID
class ComplianceSchedulesCommand
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceSchedulesCommand)

public:
    explicit ComplianceSchedulesCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    static QString sentenceOf(const shared::ComplianceSchedule &schedule);
    std::variant<shared::ComplianceScheduleFields, int> fieldsOf(const QCommandLineParser &parser);

    CliContext &m_context;
};

} // namespace adp::cli
