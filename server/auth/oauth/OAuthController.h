#pragma once

#include "OAuthLoginService.h"
#include "http/Router.h"

namespace adp::server::oauth {

// /api/v1/auth/oauth/{provider}/start and /callback (browser-facing) and
// /api/v1/auth/oauth/exchange (the client's last step).
class OAuthController
{
public:
    explicit OAuthController(OAuthLoginService &service)
        : m_service(service)
    {
    }
    void registerRoutes(http::Router &router);

private:
    OAuthLoginService &m_service;
};

} // namespace adp::server::oauth
