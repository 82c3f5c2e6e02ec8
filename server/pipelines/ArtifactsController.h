#pragma once

#include "ArtifactService.h"
#include "http/Router.h"

namespace adp::server::pipelines {

// GET and DELETE /api/v1/jobs/{job}/artifacts, DELETE /api/v1/projects/{project}/caches.
class ArtifactsController
{
public:
    explicit ArtifactsController(ArtifactService &artifacts)
        : m_artifacts(artifacts)
    {
    }
    void registerRoutes(http::Router &router);

private:
    ArtifactService &m_artifacts;
};

} // namespace adp::server::pipelines
