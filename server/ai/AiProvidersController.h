#pragma once

#include "AiProviders.h"
#include "http/Router.h"

namespace adp::server::ai {

// /api/v1/organisations/{organisation}/ai-providers[/{ai_provider}]
class AiProvidersController
{
public:
    explicit AiProvidersController(AiProviders &providers)
        : m_providers(providers)
    {
    }
    void registerRoutes(http::Router &router);

private:
    AiProviders &m_providers;
};

} // namespace adp::server::ai
