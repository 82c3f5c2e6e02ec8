#pragma once

#include "CliContext.h"

namespace adp::cli {

// adp environments --project S list | show NAME          where a project deploys, and what runs there
// adp deployments --project S list [--environment E] [--status S] [--limit N] [--cursor C] | show IID
class EnvironmentsCommand
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentsCommand)

public:
    explicit EnvironmentsCommand(CliContext &context)
        : m_context(context)
    {
    }
    int runEnvironments(const QStringList &arguments);
    int runDeployments(const QStringList &arguments);

private:
    CliContext &m_context;
};

} // namespace adp::cli
