#pragma once

#include "JobAnalysisService.h"
#include "http/Router.h"

namespace adp::server::ai {

// GET /api/v1/jobs/{job}/analysis
class AiController
{
public:
    explicit AiController(JobAnalysisService &analysis)
        : m_analysis(analysis)
    {
    }
    void registerRoutes(http::Router &router);

private:
    JobAnalysisService &m_analysis;
};

} // namespace adp::server::ai
