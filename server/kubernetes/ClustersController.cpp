#include "ClustersController.h"

#include "http/CollectionRoutes.h"
#include "kube/KubeConfig.h"

namespace adp::server::kubernetes {

using kube::KubeConfig;

void ClustersController::registerRoutes(http::Router &router)
{
    const QString path = QStringLiteral("/api/v1/projects/{project}/clusters");
    const qint64 maxBody = KubeConfig::kMaxBytes + 4096;
    http::addCollectionRoutes(
        router, path, QStringLiteral("cluster"),
        {QStringLiteral("cluster.list"), QStringLiteral("cluster.create"), QStringLiteral("cluster.delete")},
        m_clusters, &ClusterService::list, &ClusterService::create, &ClusterService::remove, maxBody);
    router.add(http::Method::Post, path + QStringLiteral("/{cluster}/test"), QStringLiteral("cluster.test"),
               [this](http::Request &request) {
                   return http::respond(m_clusters.test(request.mutation(), request.param(QStringLiteral("project")),
                                                        request.idParam(QStringLiteral("cluster"))),
                                        http::ok<shared::ClusterConnection>);
               });
    // "Test connection" before adding: the kubeconfig is used once and kept nowhere.
    router.add(http::Method::Post, path + QStringLiteral("/test"), QStringLiteral("cluster.create"),
               [this](http::Request &request) {
                   auto fields = http::readFields<shared::ClusterFields>(request.raw);
                   if (auto *response = std::get_if<http::HttpResponse>(&fields))
                       return *response;
                   return http::respond(m_clusters.testDraft(request.mutation(),
                                                             request.param(QStringLiteral("project")),
                                                             std::get<shared::ClusterFields>(fields)),
                                        http::ok<shared::ClusterConnection>);
               },
               {maxBody, false});
}

} // namespace adp::server::kubernetes
