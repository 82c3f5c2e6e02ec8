#pragma once

#include "kube/ManifestApplier.h"
#include "shared/core/KubernetesTarget.h"
#include "storage/Executor.h"

namespace adp::server::kubernetes {

// The `kubernetes_rollouts` table: each deploy job's apply and rollout, what it applied (the
// inventory the next revision prunes by) and the last health of each object.
class RolloutRepository
{
public:
    static qint64 start(storage::Transaction &tx, qint64 projectId, const shared::KubernetesRollout &rollout);
    static void record(storage::Transaction &tx, qint64 id, const QString &status, const QString &reason,
                       const QList<kube::AppliedObject> &inventory, const QList<shared::RolloutObject> &health,
                       std::optional<qint64> finishedAtMs);
    // What the latest rollout before `beforeId` left in the cluster from ADP: the objects it applied.
    static QList<kube::AppliedObject> lastInventory(const storage::Executor &run, qint64 projectId,
                                                    const QString &environment, qint64 beforeId);
    // Failed rollouts whose target rolls back on its own and whose rollback was not yet decided.
    struct Failed
    {
        qint64 id = 0;
        qint64 projectId = 0;
        qint64 jobId = 0;
        int jobAttempt = 1;
        QString reason;
    };
    static QList<Failed> awaitingRollback(const storage::Executor &run, int limit);
    static void setRollback(storage::Transaction &tx, qint64 id, const QString &note);
    static void setDrift(storage::Transaction &tx, qint64 id, const shared::KubernetesDrift &drift);
    // The environment's latest rollout that ended healthy: what drift is measured against.
    struct Healthy
    {
        qint64 id = 0;
        qint64 projectId = 0;
        QString environment;
        QList<kube::AppliedObject> inventory;
    };
    static std::optional<Healthy> latestHealthy(const storage::Executor &run, qint64 projectId,
                                                const QString &environment);
    // Every environment's latest rollout when it is healthy, oldest checked first (the drift chore's round).
    static QList<Healthy> healthyToCheck(const storage::Executor &run, int limit);
    static QList<shared::KubernetesRollout> latest(const storage::Executor &run, qint64 projectId,
                                                   const QString &environment, int limit);
};

} // namespace adp::server::kubernetes
