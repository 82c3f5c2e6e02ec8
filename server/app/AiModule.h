#pragma once

#include "ai/AiController.h"
#include "ai/JobAnalysisService.h"

namespace adp::server {

// The assistants' server side: the built-in analyzers' answers over the API.
struct AiModule
{
    AiModule(const access::ProjectGuard &guard, ports::JobHistory &jobs)
        : analysis({guard, jobs})
        , advice({guard, jobs})
        , controller(analysis, advice)
    {
    }
    void registerRoutes(http::Router &router) { controller.registerRoutes(router); }

    ai::JobAnalysisService analysis;
    ai::AdviceService advice;
    ai::AiController controller;
};

} // namespace adp::server
