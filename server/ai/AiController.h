#pragma once

#include "AdviceService.h"
#include "JobAnalysisService.h"
#include "http/Router.h"

namespace adp::server::ai {

// GET /api/v1/jobs/{job}/analysis, GET /api/v1/projects/{project}/advice
class AiController
{
public:
    AiController(JobAnalysisService &analysis, AdviceService &advice)
        : m_analysis(analysis)
        , m_advice(advice)
    {
    }
    void registerRoutes(http::Router &router);

private:
    JobAnalysisService &m_analysis;
    AdviceService &m_advice;
};

} // namespace adp::server::ai
