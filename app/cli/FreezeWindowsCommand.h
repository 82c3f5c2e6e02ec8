#pragma once

#include "CliContext.h"

namespace adp::cli {

// adp freeze-windows --project S list | create --start CRON --end CRON [--timezone Z] | delete ID
class FreezeWindowsCommand
{
    Q_DECLARE_TR_FUNCTIONS(FreezeWindowsCommand)

public:
    explicit FreezeWindowsCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    CliContext &m_context;
};

} // namespace adp::cli
