#pragma once

#include "ProjectTokenService.h"
#include "http/Router.h"

namespace adp::server::projects {

// /api/v1/projects/{project}/tokens: a project's API tokens.
class ProjectTokensController
{
public:
    explicit ProjectTokensController(ProjectTokenService &tokens)
        : m_tokens(tokens)
    {
    }
    void registerRoutes(http::Router &router);

private:
    ProjectTokenService &m_tokens;
};

} // namespace adp::server::projects
