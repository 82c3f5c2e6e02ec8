#pragma once

#include "ClusterService.h"
#include "http/Router.h"

namespace adp::server::kubernetes {

// /api/v1/projects/{project}/clusters and /api/v1/organisations/{organisation}/clusters: list, add,
// remove, test a stored one (/{cluster}/test) and a draft (/test).
class ClustersController
{
public:
    explicit ClustersController(ClusterService &clusters)
        : m_clusters(clusters)
    {
    }
    void registerRoutes(http::Router &router);

private:
    using TestStored = Outcome<shared::ClusterConnection> (ClusterService::*)(const MutationContext &, const QString &,
                                                                              qint64);
    using TestDraft = Outcome<shared::ClusterConnection> (ClusterService::*)(const MutationContext &, const QString &,
                                                                             const shared::ClusterFields &);
    void addTestRoutes(http::Router &router, const QString &path, const QString &owner, const QString &testAction,
                       const QString &draftAction, TestStored testStored, TestDraft testDraft);

    ClusterService &m_clusters;
};

} // namespace adp::server::kubernetes
