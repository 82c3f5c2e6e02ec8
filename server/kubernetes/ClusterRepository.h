#pragma once

#include "shared/core/Cluster.h"
#include "storage/Executor.h"

namespace adp::server::kubernetes {

// The `clusters` table: a project's clusters with their kubeconfig sealed.
class ClusterRepository
{
public:
    static QList<shared::Cluster> list(const storage::Executor &run, qint64 projectId);
    static std::optional<shared::Cluster> find(const storage::Executor &run, qint64 projectId, qint64 id);
    static shared::Cluster insert(storage::Transaction &tx, qint64 projectId, shared::Cluster cluster,
                                  const QString &sealedKubeconfig, qint64 createdBy);
    static void remove(storage::Transaction &tx, qint64 id);
    static void recordCheck(storage::Transaction &tx, qint64 id, const shared::Cluster::LastCheck &check);
    // The sealed kubeconfig of a cluster; empty when there is no such cluster.
    static QString sealedKubeconfig(const storage::Executor &run, qint64 id);
};

} // namespace adp::server::kubernetes
