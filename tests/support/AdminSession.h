#pragma once

#include "HttpTestClient.h"
#include "TestServer.h"

#include <memory>

namespace adp::test {

// An in-process server on one backend (Redis flushed first for PostgreSQL)
// with a client signed in as its administrator: how most API tests begin.
struct AdminSession
{
    std::unique_ptr<TestServer> server;
    std::unique_ptr<HttpTestClient> admin;

    static AdminSession start(const QString &backend, const std::function<void(server::ServerConfig &)> &configure = {})
    {
        if (backend == u"postgres")
            TestBackends::flushRedis();
        AdminSession session;
        session.server =
            std::make_unique<TestServer>(TestBackends::create(backend), nullptr, 3600, 30 * 24 * 3600, configure);
        if (!session.server->ok())
            return session;
        session.admin = std::make_unique<HttpTestClient>(session.server->url());
        if (session.admin->login(TestServer::kAdmin, TestServer::kPassword).isEmpty())
            session.admin.reset();
        return session;
    }
    bool ok() const { return server && server->ok() && admin; }
    // The administrator adds a project over the API (empty `repository`: none).
    bool addProject(const QString &slug, const QString &name, const QString &repository = {}) const
    {
        QJsonObject fields{{QStringLiteral("name"), name}, {QStringLiteral("slug"), slug}};
        if (!repository.isEmpty())
            fields.insert(QStringLiteral("repository_url"), repository);
        return admin->post(QStringLiteral("/api/v1/projects"), fields).status == 201;
    }
};

} // namespace adp::test
