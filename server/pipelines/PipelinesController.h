#pragma once

#include "PipelineService.h"
#include "http/Router.h"

namespace adp::server::pipelines {

// /api/v1/projects/{project}/pipelines and /api/v1/pipelines/{pipeline}.
class PipelinesController
{
public:
    explicit PipelinesController(PipelineService &pipelines) : m_pipelines(pipelines) {}
    void registerRoutes(http::Router &router);

private:
    PipelineService &m_pipelines;
};

} // namespace adp::server::pipelines
