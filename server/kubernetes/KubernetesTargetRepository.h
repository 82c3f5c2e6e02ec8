#pragma once

#include "shared/core/KubernetesTarget.h"
#include "storage/Executor.h"

namespace adp::server::kubernetes {

// The `kubernetes_targets` table: which environments of a project deploy to which cluster.
class KubernetesTargetRepository
{
public:
    static QList<shared::KubernetesTarget> list(const storage::Executor &run, qint64 projectId);
    static std::optional<shared::KubernetesTarget> find(const storage::Executor &run, qint64 projectId,
                                                        const QString &environment);
    static std::optional<shared::KubernetesTarget> findById(const storage::Executor &run, qint64 projectId, qint64 id);
    // Creates or replaces the environment's target; answers it as stored.
    static shared::KubernetesTarget put(storage::Transaction &tx, qint64 projectId,
                                        const shared::KubernetesTarget &target, qint64 updatedBy);
    static void remove(storage::Transaction &tx, qint64 id);
};

} // namespace adp::server::kubernetes
