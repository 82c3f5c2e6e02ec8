#pragma once

#include "CliContext.h"

class QCommandLineParser;

namespace adp::shared {
struct PipelineScheduleFields;
}

namespace adp::cli {

// adp schedules --project S list | create --description D --cron C [--timezone Z] --ref R [-v K=V]... [--inactive]
// adp schedules show ID | update ID [same options, --active|--inactive] | delete ID | run ID
// adp schedules next --cron C [--timezone Z] [--count N]   (here, no server: when an expression fires)
class SchedulesCommand
{
    Q_DECLARE_TR_FUNCTIONS(SchedulesCommand)

public:
    explicit SchedulesCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    int next(const QCommandLineParser &parser);
    // The options that set fields, or a usage error's exit code.
    std::variant<shared::PipelineScheduleFields, int> fieldsOf(const QCommandLineParser &parser);

    CliContext &m_context;
};

} // namespace adp::cli
