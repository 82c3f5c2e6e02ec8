#pragma once

#include "CliContext.h"

namespace adp::cli {

// adp clusters --project S list | add --name N --kubeconfig FILE [--context C] | remove ID
class ClustersCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClustersCommand)

public:
    explicit ClustersCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    CliContext &m_context;
};

} // namespace adp::cli
