#include "ClustersController.h"

#include "KubeConfig.h"
#include "http/CollectionRoutes.h"

namespace adp::server::kubernetes {

void ClustersController::registerRoutes(http::Router &router)
{
    http::addCollectionRoutes(
        router, QStringLiteral("/api/v1/projects/{project}/clusters"), QStringLiteral("cluster"),
        {QStringLiteral("cluster.list"), QStringLiteral("cluster.create"), QStringLiteral("cluster.delete")},
        m_clusters, &ClusterService::list, &ClusterService::create, &ClusterService::remove,
        KubeConfig::kMaxBytes + 4096);
}

} // namespace adp::server::kubernetes
