#pragma once

#include "Plumbing.h"
#include "ai/AiController.h"
#include "ai/AiProvidersController.h"
#include "ai/JobAnalysisService.h"

namespace adp::server {

// The assistants' server side: the built-in analyzers' answers over the API.
struct AiModule
{
    AiModule(const Plumbing &p, const access::ProjectGuard &guard, const access::Authorizer &authorizer,
             ports::JobHistory &jobs)
        : analysis({guard, jobs})
        , advice({guard, jobs})
        , controller(analysis, advice)
        , providerRepository(p.database)
        , providers({p.database, providerRepository, authorizer, p.secrets, p.audit, p.clock})
        , providersController(providers)
    {
    }
    void registerRoutes(http::Router &router)
    {
        controller.registerRoutes(router);
        providersController.registerRoutes(router);
    }

    ai::JobAnalysisService analysis;
    ai::AdviceService advice;
    ai::AiController controller;
    ai::AiProviderRepository providerRepository;
    ai::AiProviders providers;
    ai::AiProvidersController providersController;
};

} // namespace adp::server
