#pragma once

#include "ProtectedRefService.h"
#include "http/Router.h"

namespace adp::server::pipelines {

// GET and POST /api/v1/projects/{project}/protected-refs, DELETE .../protected-refs/{id}.
class ProtectedRefsController
{
public:
    explicit ProtectedRefsController(ProtectedRefService &refs)
        : m_refs(refs)
    {
    }
    void registerRoutes(http::Router &router);

private:
    ProtectedRefService &m_refs;
};

} // namespace adp::server::pipelines
