#include "ClustersController.h"

#include "http/CollectionRoutes.h"
#include "kube/KubeConfig.h"

namespace adp::server::kubernetes {

using kube::KubeConfig;

void ClustersController::registerRoutes(http::Router &router)
{
    const qint64 maxBody = KubeConfig::kMaxBytes + 4096;
    const QString project = QStringLiteral("/api/v1/projects/{project}/clusters");
    http::addCollectionRoutes(
        router, project, QStringLiteral("cluster"),
        {QStringLiteral("cluster.list"), QStringLiteral("cluster.create"), QStringLiteral("cluster.delete")},
        m_clusters, &ClusterService::list, &ClusterService::create, &ClusterService::remove, maxBody);
    addTestRoutes(router, project, QStringLiteral("project"), QStringLiteral("cluster.test"),
                  QStringLiteral("cluster.create"), &ClusterService::test, &ClusterService::testDraft);
    const QString organisation = QStringLiteral("/api/v1/organisations/{organisation}/clusters");
    http::addCollectionRoutes(router, organisation, QStringLiteral("cluster"),
                              {QStringLiteral("org.cluster.list"), QStringLiteral("org.cluster.create"),
                               QStringLiteral("org.cluster.delete")},
                              m_clusters, &ClusterService::listOfOrganisation, &ClusterService::createInOrganisation,
                              &ClusterService::removeFromOrganisation, maxBody, QStringLiteral("organisation"));
    addTestRoutes(router, organisation, QStringLiteral("organisation"), QStringLiteral("org.cluster.test"),
                  QStringLiteral("org.cluster.create"), &ClusterService::testOfOrganisation,
                  &ClusterService::testDraftInOrganisation);
}

void ClustersController::addTestRoutes(http::Router &router, const QString &path, const QString &owner,
                                       const QString &testAction, const QString &draftAction, TestStored testStored,
                                       TestDraft testDraft)
{
    router.add(http::Method::Post, path + QStringLiteral("/{cluster}/test"), testAction,
               [this, owner, testStored](http::Request &request) {
                   return http::respond((m_clusters.*testStored)(request.mutation(), request.param(owner),
                                                                 request.idParam(QStringLiteral("cluster"))),
                                        http::ok<shared::ClusterConnection>);
               });
    // "Test connection" before adding: the kubeconfig is used once and kept nowhere.
    router.add(http::Method::Post, path + QStringLiteral("/test"), draftAction,
               [this, owner, testDraft](http::Request &request) {
                   auto fields = http::readFields<shared::ClusterFields>(request.raw);
                   if (auto *response = std::get_if<http::HttpResponse>(&fields))
                       return *response;
                   return http::respond((m_clusters.*testDraft)(request.mutation(), request.param(owner),
                                                                std::get<shared::ClusterFields>(fields)),
                                        http::ok<shared::ClusterConnection>);
               },
               {KubeConfig::kMaxBytes + 4096, false});
}

} // namespace adp::server::kubernetes
