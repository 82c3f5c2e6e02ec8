#pragma once

#include "ServerApp.h"

#include <QString>
#include <optional>

namespace adp::server {

// First-start chores: an administrator when there are no users (its password
// is returned once for printing and never stored in clear or logged), the demo
// project, and the desktop's "This computer" session hand-off.
class Bootstrap
{
public:
    explicit Bootstrap(ServerApp &app)
        : m_app(app)
    {
    }

    // The generated password when an admin was created now; nullopt otherwise.
    std::optional<QString> ensureFirstAdmin();
    // The demo project: a git repository in the data directory made from
    // resources/demo (build, test and manual deploy stages with needs), and
    // its first pipeline. Nothing when it exists already.
    void seedDemoProject();
    // Adds the config file's sign-in providers that are not there yet; false
    // with `error` set when one cannot be (its secret file unreadable, bad values).
    bool addConfiguredProviders(QString *error);
    // Signs the first administrator in under `token` (chosen by the parent process).
    bool grantOwnerSession(const QString &token);

private:
    QString makeDemoRepository(QString *error);

    ServerApp &m_app;
};

} // namespace adp::server
