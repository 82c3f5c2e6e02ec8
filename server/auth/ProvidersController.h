#pragma once

#include "OAuthProviderService.h"
#include "http/Router.h"

namespace adp::server::auth {

// /api/v1/auth/providers: the public list a sign-in screen shows, and the
// administrators' add and remove (also `adp-server providers`).
class ProvidersController
{
public:
    explicit ProvidersController(OAuthProviderService &service)
        : m_service(service)
    {
    }
    void registerRoutes(http::Router &router);

private:
    OAuthProviderService &m_service;
};

} // namespace adp::server::auth
