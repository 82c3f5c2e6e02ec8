#pragma once

#include "KubernetesExecutorService.h"
#include "http/Router.h"

namespace adp::server::kubernetes {

// GET, PUT and DELETE /api/v1/projects/{project}/kubernetes-executor.
class KubernetesExecutorController
{
public:
    explicit KubernetesExecutorController(KubernetesExecutorService &executors)
        : m_executors(executors)
    {
    }
    void registerRoutes(http::Router &router);

private:
    KubernetesExecutorService &m_executors;
};

} // namespace adp::server::kubernetes
