#pragma once

#include "CliContext.h"
#include "shared/costs/CostBudget.h"

#include <QCoreApplication>
#include <variant>

class QCommandLineParser;

namespace adp::cli {

// adp budgets --org O list | show ID | create --name N --amount A --currency C [--scope S --target T]
// [--period monthly|custom --start D --end D] [--thresholds 50,80,100] [--forecast] [--rule ID] |
// update ID [...] | delete ID: what an organisation, project, environment or team may spend, and
// where each budget stands.
class BudgetsCommand
{
    Q_DECLARE_TR_FUNCTIONS(BudgetsCommand)

public:
    explicit BudgetsCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    std::variant<shared::costs::CostBudgetFields, int> fieldsOf(const QCommandLineParser &parser);

    CliContext &m_context;
};

} // namespace adp::cli
