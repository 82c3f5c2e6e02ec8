#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace adp::cli {

// The `adp` command: dispatches to the command groups. Exit code 0 on
// success, 1 on an error (message on stderr), 2 on bad usage.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    static int run(const QStringList &arguments);
    static QString helpText();
};

} // namespace adp::cli
