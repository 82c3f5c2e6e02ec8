#pragma once

#include "shared/core/KubernetesExecutor.h"
#include "storage/Executor.h"

namespace adp::server::kubernetes {

// The `kubernetes_executors` table: which projects run their jobs as pods, where and how.
class KubernetesExecutorRepository
{
public:
    static std::optional<shared::KubernetesExecutor> find(const storage::Executor &run, qint64 projectId);
    // Creates or replaces the project's; answers it as stored.
    static shared::KubernetesExecutor put(storage::Transaction &tx, qint64 projectId,
                                          const shared::KubernetesExecutor &executor, qint64 updatedBy);
    static void remove(storage::Transaction &tx, qint64 projectId);
};

} // namespace adp::server::kubernetes
