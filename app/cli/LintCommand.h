#pragma once

#include "CliContext.h"

namespace adp::cli {

// adp lint [FILE]: checks a .gitlab-ci.yml on this machine (no server needed)
// and prints its errors, or the stages and jobs it makes.
class LintCommand
{
    Q_DECLARE_TR_FUNCTIONS(LintCommand)

public:
    explicit LintCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    CliContext &m_context;
};

} // namespace adp::cli
