#pragma once

#include "CliContext.h"

namespace adp::cli {

// adp protected-refs --project S list | add NAME [--tag] | remove NAME [--tag]
class ProtectedRefsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProtectedRefsCommand)

public:
    explicit ProtectedRefsCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    CliContext &m_context;
};

} // namespace adp::cli
