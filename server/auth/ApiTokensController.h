#pragma once

#include "ApiTokenService.h"
#include "http/Router.h"

namespace adp::server::auth {

// 201 with the token and, this once, its secret.
http::HttpResponse createdTokenResponse(const ApiTokenService::Created &created);

// /api/v1/tokens: the caller's own API tokens.
class ApiTokensController
{
public:
    explicit ApiTokensController(ApiTokenService &service)
        : m_service(service)
    {
    }
    void registerRoutes(http::Router &router);

private:
    ApiTokenService &m_service;
};

} // namespace adp::server::auth
