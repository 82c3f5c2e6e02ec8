#include "TestServer.h"

#include "auth/AuthService.h"

#include <QDir>

namespace adp::test {

TestServer::TestServer(const Backend &backend, std::shared_ptr<const server::Clock> clock, qint64 sessionTtlSeconds,
                       qint64 sessionMaxSeconds, const std::function<void(server::ServerConfig &)> &configure)
{
    server::ServerConfig config;
    config.listenHost = QStringLiteral("127.0.0.1");
    config.listenPort = 0;
    config.dataDir = m_dataDir.path();
    config.databaseUrl = backend.databaseUrl;
    config.redisUrl = backend.redisUrl;
    config.httpThreads = 2;
    config.databasePoolSize = 4;
    config.sessionTtlSeconds = sessionTtlSeconds;
    config.sessionMaxSeconds = sessionMaxSeconds;
    config.pollIntervalSeconds = 0;              // tests that want polling ask for it
    config.repositoryRoots = {QDir::tempPath()}; // where the tests' repositories are made
    if (configure)
        configure(config);
    m_app = std::make_unique<server::ServerApp>(config, std::move(clock));
    if (!m_app->open(&m_error))
        return;
    const auto context = server::MutationContext::system(QStringLiteral("test"), QStringLiteral("test"));
    const auto admin =
        m_app->auth().createUser(QString::fromLatin1(kAdmin), QString::fromLatin1(kPassword), true, context);
    // A server started again on the same database finds its administrator there.
    if (!admin.ok() && admin.error().kind != server::ServiceError::Kind::Conflict) {
        m_error = QStringLiteral("cannot create the test administrator");
        return;
    }
    m_app->listen(&m_error);
}

bool TestServer::addUser(const QString &username, const QString &password, bool admin)
{
    const auto context = server::MutationContext::system(QStringLiteral("test"), QStringLiteral("test"));
    return m_app->auth().createUser(username, password, admin, context).ok();
}

TestServer::~TestServer()
{
    m_app->shutdown();
}

} // namespace adp::test
