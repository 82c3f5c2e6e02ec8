#pragma once

#include "RepositoryTokens.h"
#include "http/Router.h"

namespace adp::server::scm {

// /api/v1/projects/{project}/repository-token: whether one is set (GET), set or replace it (PUT),
// remove it (DELETE). The token is write-only.
class RepositoryTokensController
{
public:
    explicit RepositoryTokensController(RepositoryTokens &tokens)
        : m_tokens(tokens)
    {
    }
    void registerRoutes(http::Router &router);

private:
    RepositoryTokens &m_tokens;
};

} // namespace adp::server::scm
