#include "KubernetesExecutorRepository.h"

#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QJsonDocument>

namespace adp::server::kubernetes {

using shared::KubernetesExecutor;

std::optional<KubernetesExecutor> KubernetesExecutorRepository::find(const storage::Executor &run, qint64 projectId)
{
    const auto rows = run(
        QStringLiteral("SELECT e.cluster_id, c.name, e.namespace, e.service_account, e.node_selector, e.tolerations, "
                       "e.image, e.helper_image, e.cpu_request, e.cpu_limit, e.memory_request, e.memory_limit, "
                       "e.max_cpu, e.max_memory, COALESCE(u.username, ''), e.updated_at FROM kubernetes_executors e "
                       "JOIN clusters c ON c.id = e.cluster_id LEFT JOIN users u ON u.id = e.updated_by "
                       "WHERE e.project_id = ?"),
        {projectId});
    if (rows.isEmpty())
        return std::nullopt;
    KubernetesExecutor executor;
    executor.clusterId = rows.value(0, 0).toLongLong();
    executor.clusterName = rows.value(0, 1).toString();
    executor.namespaceName = rows.value(0, 2).toString();
    executor.serviceAccount = rows.value(0, 3).toString();
    const QJsonObject selector = QJsonDocument::fromJson(rows.value(0, 4).toString().toUtf8()).object();
    for (auto it = selector.constBegin(); it != selector.constEnd(); ++it)
        executor.nodeSelector.insert(it.key(), it.value().toString());
    executor.tolerations = QJsonDocument::fromJson(rows.value(0, 5).toString().toUtf8()).array();
    executor.image = rows.value(0, 6).toString();
    executor.helperImage = rows.value(0, 7).toString();
    executor.cpuRequest = rows.value(0, 8).toString();
    executor.cpuLimit = rows.value(0, 9).toString();
    executor.memoryRequest = rows.value(0, 10).toString();
    executor.memoryLimit = rows.value(0, 11).toString();
    executor.maxCpu = rows.value(0, 12).toString();
    executor.maxMemory = rows.value(0, 13).toString();
    executor.updatedBy = rows.value(0, 14).toString();
    executor.updatedAt = storage::timeFromMs(rows.value(0, 15));
    return executor;
}

KubernetesExecutor KubernetesExecutorRepository::put(storage::Transaction &tx, qint64 projectId,
                                                     const KubernetesExecutor &executor, qint64 updatedBy)
{
    QJsonObject selector;
    for (auto it = executor.nodeSelector.constBegin(); it != executor.nodeSelector.constEnd(); ++it)
        selector.insert(it.key(), it.value());
    tx.exec(QStringLiteral("DELETE FROM kubernetes_executors WHERE project_id = ?"), {projectId});
    tx.exec(QStringLiteral("INSERT INTO kubernetes_executors (project_id, cluster_id, namespace, service_account, "
                           "node_selector, tolerations, image, helper_image, cpu_request, cpu_limit, memory_request, "
                           "memory_limit, max_cpu, max_memory, updated_by, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {projectId, executor.clusterId, executor.namespaceName, executor.serviceAccount,
             QString::fromUtf8(QJsonDocument(selector).toJson(QJsonDocument::Compact)),
             QString::fromUtf8(QJsonDocument(executor.tolerations).toJson(QJsonDocument::Compact)), executor.image,
             executor.helperImage, executor.cpuRequest, executor.cpuLimit, executor.memoryRequest, executor.memoryLimit,
             executor.maxCpu, executor.maxMemory, storage::idOrNull(updatedBy),
             executor.updatedAt.toMSecsSinceEpoch()});
    return *find(storage::executorOf(tx), projectId);
}

void KubernetesExecutorRepository::remove(storage::Transaction &tx, qint64 projectId)
{
    tx.exec(QStringLiteral("DELETE FROM kubernetes_executors WHERE project_id = ?"), {projectId});
}

} // namespace adp::server::kubernetes
