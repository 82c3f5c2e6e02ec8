#pragma once

#include "ClusterService.h"
#include "http/Router.h"

namespace adp::server::kubernetes {

// /api/v1/projects/{project}/clusters.
class ClustersController
{
public:
    explicit ClustersController(ClusterService &clusters)
        : m_clusters(clusters)
    {
    }
    void registerRoutes(http::Router &router);

private:
    ClusterService &m_clusters;
};

} // namespace adp::server::kubernetes
