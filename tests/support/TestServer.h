#pragma once

#include "TestBackends.h"
#include "app/ServerApp.h"

#include <QTemporaryDir>
#include <memory>

namespace adp::test {

// An adp-server running in this process on a free loopback port over a
// fresh database of the given backend (or one an earlier TestServer used: a restart), with one
// admin account ready.
class TestServer
{
public:
    static constexpr const char *kAdmin = "alice";
    static constexpr const char *kPassword = "correct horse battery";

    explicit TestServer(const Backend &backend, std::shared_ptr<const server::Clock> clock = nullptr,
                        qint64 sessionTtlSeconds = 3600, qint64 sessionMaxSeconds = 30 * 24 * 3600,
                        const std::function<void(server::ServerConfig &)> &configure = {});
    ~TestServer();

    bool ok() const { return m_error.isEmpty(); }
    // Another local account (not an administrator unless asked).
    bool addUser(const QString &username, const QString &password, bool admin = false);
    const QString &error() const { return m_error; }
    QUrl url() const { return m_app->url(); }
    server::ServerApp &app() { return *m_app; }
    QString dataDir() const { return m_dataDir.path(); }

private:
    QTemporaryDir m_dataDir;
    std::unique_ptr<server::ServerApp> m_app;
    QString m_error;
};

} // namespace adp::test
