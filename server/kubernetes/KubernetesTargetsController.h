#pragma once

#include "DriftService.h"
#include "KubernetesTargetService.h"
#include "http/Router.h"

namespace adp::server::kubernetes {

// /api/v1/projects/{project}/kubernetes-targets, /kubernetes-rollouts and /kubernetes-drift.
class KubernetesTargetsController
{
public:
    KubernetesTargetsController(KubernetesTargetService &targets, DriftService &drift)
        : m_targets(targets)
        , m_drift(drift)
    {
    }
    void registerRoutes(http::Router &router);

private:
    KubernetesTargetService &m_targets;
    DriftService &m_drift;
};

} // namespace adp::server::kubernetes
