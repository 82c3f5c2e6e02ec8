#pragma once

#include "KubernetesTargetService.h"
#include "http/Router.h"

namespace adp::server::kubernetes {

// /api/v1/projects/{project}/kubernetes-targets and /kubernetes-rollouts.
class KubernetesTargetsController
{
public:
    explicit KubernetesTargetsController(KubernetesTargetService &targets)
        : m_targets(targets)
    {
    }
    void registerRoutes(http::Router &router);

private:
    KubernetesTargetService &m_targets;
};

} // namespace adp::server::kubernetes
