#pragma once

#include <QStringList>

namespace adp::server {

// adp-server's command line: serve (default), migrate, users add, --version.
// Returns the process exit code: 0 ok, 1 failure, 2 bad usage.
int runServerCli(const QStringList &arguments);

} // namespace adp::server
