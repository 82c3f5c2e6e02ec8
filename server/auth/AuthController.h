#pragma once

#include "AuthService.h"
#include "http/Router.h"

namespace adp::server::auth {

// The body of a successful sign-in, whichever way it happened.
QJsonObject signedInJson(const LoginResult &result);

// /api/v1/auth: login (public), logout and me.
class AuthController
{
public:
    explicit AuthController(AuthService &service)
        : m_service(service)
    {
    }
    void registerRoutes(http::Router &router);

private:
    http::HttpResponse login(http::Request &request);
    http::HttpResponse logout(http::Request &request);
    http::HttpResponse me(http::Request &request);
    http::HttpResponse sessions(http::Request &request);

    AuthService &m_service;
};

} // namespace adp::server::auth
