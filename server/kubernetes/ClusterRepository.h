#pragma once

#include "shared/core/Cluster.h"
#include "storage/Executor.h"

namespace adp::server::kubernetes {

// Who a cluster belongs to: a project, or an organisation (for all its projects).
struct ClusterOwner
{
    qint64 projectId = 0;
    qint64 organisationId = 0;

    QString auditType() const { return projectId ? QStringLiteral("project") : QStringLiteral("organisation"); }
    QString auditId() const { return QString::number(projectId ? projectId : organisationId); }
};

// The `clusters` table: projects' and organisations' clusters with their kubeconfig sealed.
class ClusterRepository
{
public:
    // The clusters a project may use: its own, then its organisation's.
    static QList<shared::Cluster> list(const storage::Executor &run, qint64 projectId);
    // One of those, or nullopt.
    static std::optional<shared::Cluster> find(const storage::Executor &run, qint64 projectId, qint64 id);
    // Every cluster of every owner (what the usage sampler visits).
    static QList<shared::Cluster> listEvery(const storage::Executor &run);
    // The owner's own clusters, and one of them.
    static QList<shared::Cluster> listOwn(const storage::Executor &run, const ClusterOwner &owner);
    static std::optional<shared::Cluster> findOwn(const storage::Executor &run, const ClusterOwner &owner, qint64 id);
    static shared::Cluster insert(storage::Transaction &tx, const ClusterOwner &owner, shared::Cluster cluster,
                                  const QString &sealedKubeconfig, qint64 createdBy);
    static void remove(storage::Transaction &tx, qint64 id);
    static void recordCheck(storage::Transaction &tx, qint64 id, const shared::Cluster::LastCheck &check);
    // The sealed kubeconfig of a cluster; empty when there is no such cluster.
    static QString sealedKubeconfig(const storage::Executor &run, qint64 id);
};

} // namespace adp::server::kubernetes
