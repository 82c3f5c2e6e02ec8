#include "KubernetesTargetRepository.h"

#include "storage/SqlValues.h"
#include "storage/Transaction.h"

namespace adp::server::kubernetes {

using shared::KubernetesTarget;

namespace {

const QString kColumns = QStringLiteral(
    "SELECT t.id, t.environment, t.cluster_id, c.name, t.namespace, t.manifest_path, t.auto_rollback, "
    "t.force_conflicts, COALESCE(u.username, ''), t.updated_at, t.service_account FROM kubernetes_targets t "
    "JOIN clusters c ON c.id = t.cluster_id LEFT JOIN users u ON u.id = t.updated_by ");

KubernetesTarget targetAt(const storage::ResultSet &rows, int row)
{
    KubernetesTarget target;
    target.id = rows.value(row, 0).toLongLong();
    target.environment = rows.value(row, 1).toString();
    target.clusterId = rows.value(row, 2).toLongLong();
    target.clusterName = rows.value(row, 3).toString();
    target.namespaceName = rows.value(row, 4).toString();
    target.manifestPath = rows.value(row, 5).toString();
    target.autoRollback = rows.value(row, 6).toBool();
    target.forceConflicts = rows.value(row, 7).toBool();
    target.updatedBy = rows.value(row, 8).toString();
    target.updatedAt = storage::timeFromMs(rows.value(row, 9));
    target.serviceAccount = rows.value(row, 10).toString();
    return target;
}

} // namespace

QList<KubernetesTarget> KubernetesTargetRepository::list(const storage::Executor &run, qint64 projectId)
{
    const auto rows = run(kColumns + QStringLiteral("WHERE t.project_id = ? ORDER BY t.environment"), {projectId});
    return rows.map([&rows](int row) { return targetAt(rows, row); });
}

std::optional<KubernetesTarget> KubernetesTargetRepository::find(const storage::Executor &run, qint64 projectId,
                                                                 const QString &environment)
{
    const auto rows =
        run(kColumns + QStringLiteral("WHERE t.project_id = ? AND t.environment = ?"), {projectId, environment});
    if (rows.isEmpty())
        return std::nullopt;
    return targetAt(rows, 0);
}

std::optional<KubernetesTarget> KubernetesTargetRepository::findById(const storage::Executor &run, qint64 projectId,
                                                                     qint64 id)
{
    const auto rows = run(kColumns + QStringLiteral("WHERE t.project_id = ? AND t.id = ?"), {projectId, id});
    if (rows.isEmpty())
        return std::nullopt;
    return targetAt(rows, 0);
}

KubernetesTarget KubernetesTargetRepository::put(storage::Transaction &tx, qint64 projectId,
                                                 const KubernetesTarget &target, qint64 updatedBy)
{
    tx.exec(QStringLiteral("DELETE FROM kubernetes_targets WHERE project_id = ? AND environment = ?"),
            {projectId, target.environment});
    tx.exec(QStringLiteral("INSERT INTO kubernetes_targets (project_id, environment, cluster_id, namespace, "
                           "manifest_path, auto_rollback, force_conflicts, updated_by, updated_at, service_account) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {projectId, target.environment, target.clusterId, target.namespaceName, target.manifestPath,
             target.autoRollback, target.forceConflicts, storage::idOrNull(updatedBy),
             target.updatedAt.toMSecsSinceEpoch(), target.serviceAccount});
    return *find(storage::executorOf(tx), projectId, target.environment);
}

void KubernetesTargetRepository::remove(storage::Transaction &tx, qint64 id)
{
    tx.exec(QStringLiteral("DELETE FROM kubernetes_targets WHERE id = ?"), {id});
}

} // namespace adp::server::kubernetes
