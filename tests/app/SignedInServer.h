#pragma once

#include "HttpTestClient.h"
#include "ServerProcess.h"
#include "shared/client/ApiClient.h"

#include <memory>

namespace adp::test {

// What the desktop suites start with: a real adp-server on SQLite and its administrator signed in
// twice, over plain HTTP (to set things up) and through the desktop's ApiClient (for the widgets).
// False, with the server's output in `error`, when it could not start or sign in.
inline bool startSignedIn(std::unique_ptr<ServerProcess> &server, std::unique_ptr<HttpTestClient> &http,
                          std::unique_ptr<shared::ApiClient> &api, QString *error = nullptr)
{
    server = std::make_unique<ServerProcess>(TestBackends::create(QStringLiteral("sqlite")));
    if (!server->start()) {
        if (error)
            *error = server->output();
        return false;
    }
    http = std::make_unique<HttpTestClient>(server->url());
    const QString token = http->login(QStringLiteral("admin"), server->adminPassword());
    if (token.isEmpty()) {
        if (error)
            *error = QStringLiteral("the administrator could not sign in");
        return false;
    }
    api = std::make_unique<shared::ApiClient>();
    api->setBaseUrl(server->url());
    api->setToken(token);
    return true;
}

} // namespace adp::test
