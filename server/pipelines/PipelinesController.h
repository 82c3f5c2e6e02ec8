#pragma once

#include "PipelineControl.h"
#include "PipelineService.h"
#include "http/Router.h"

namespace adp::server::pipelines {

// /api/v1/projects/{project}/pipelines and /api/v1/pipelines/{pipeline}.
class PipelinesController
{
public:
    PipelinesController(PipelineService &pipelines, PipelineControl &control)
        : m_pipelines(pipelines)
        , m_control(control)
    {
    }
    void registerRoutes(http::Router &router);

private:
    PipelineService &m_pipelines;
    PipelineControl &m_control;
};

} // namespace adp::server::pipelines
