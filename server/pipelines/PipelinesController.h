#pragma once

#include "ActivityService.h"
#include "PipelineControl.h"
#include "PipelineService.h"
#include "http/Router.h"

namespace adp::server::pipelines {

// /api/v1/projects/{project}/pipelines, /api/v1/pipelines/{pipeline}, and the lists across projects
// (/api/v1/pipelines, /api/v1/jobs).
class PipelinesController
{
public:
    PipelinesController(PipelineService &pipelines, PipelineControl &control, ActivityService &activity)
        : m_pipelines(pipelines)
        , m_control(control)
        , m_activity(activity)
    {
    }
    void registerRoutes(http::Router &router);

private:
    PipelineService &m_pipelines;
    PipelineControl &m_control;
    ActivityService &m_activity;
};

} // namespace adp::server::pipelines
