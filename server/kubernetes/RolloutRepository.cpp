#include "RolloutRepository.h"

#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace adp::server::kubernetes {

using shared::KubernetesRollout;

namespace {

QString inventoryText(const QList<kube::AppliedObject> &inventory)
{
    QJsonArray list;
    for (const kube::AppliedObject &object : inventory)
        list.append(object.toJson());
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QString healthText(const QList<shared::RolloutObject> &health)
{
    QJsonArray list;
    for (const shared::RolloutObject &object : health)
        list.append(QJsonObject{{QStringLiteral("apiVersion"), object.apiVersion},
                                {QStringLiteral("kind"), object.kind},
                                {QStringLiteral("namespace"), object.namespaceName},
                                {QStringLiteral("name"), object.name},
                                {QStringLiteral("health"), object.health},
                                {QStringLiteral("message"), object.message}});
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

} // namespace

qint64 RolloutRepository::start(storage::Transaction &tx, qint64 projectId, const KubernetesRollout &rollout)
{
    const auto rows =
        tx.exec(QStringLiteral(
                    "INSERT INTO kubernetes_rollouts (project_id, environment, job_id, job_attempt, sha, cluster_name, "
                    "namespace, status, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {projectId, rollout.environment, rollout.jobId, rollout.jobAttempt, rollout.sha, rollout.clusterName,
                 rollout.namespaceName, rollout.status, rollout.startedAt.toMSecsSinceEpoch()});
    return rows.value(0, 0).toLongLong();
}

void RolloutRepository::record(storage::Transaction &tx, qint64 id, const QString &status, const QString &reason,
                               const QList<kube::AppliedObject> &inventory, const QList<shared::RolloutObject> &health,
                               std::optional<qint64> finishedAtMs)
{
    tx.exec(QStringLiteral("UPDATE kubernetes_rollouts SET status = ?, reason = ?, inventory = ?, health = ?, "
                           "finished_at = ? WHERE id = ?"),
            {status, reason, inventoryText(inventory), healthText(health),
             finishedAtMs ? QVariant(*finishedAtMs) : QVariant(), id});
}

QList<kube::AppliedObject> RolloutRepository::lastInventory(const storage::Executor &run, qint64 projectId,
                                                            const QString &environment, qint64 beforeId)
{
    const auto rows = run(QStringLiteral("SELECT inventory FROM kubernetes_rollouts WHERE project_id = ? AND "
                                         "environment = ? AND id < ? ORDER BY id DESC LIMIT 1"),
                          {projectId, environment, beforeId});
    QList<kube::AppliedObject> inventory;
    if (rows.isEmpty())
        return inventory;
    for (const QJsonValue &value : QJsonDocument::fromJson(rows.value(0, 0).toString().toUtf8()).array())
        inventory.append(kube::AppliedObject::fromJson(value.toObject()));
    return inventory;
}

QList<RolloutRepository::Failed> RolloutRepository::awaitingRollback(const storage::Executor &run, int limit)
{
    const auto rows =
        run(QStringLiteral("SELECT r.id, r.project_id, r.job_id, r.job_attempt, r.reason FROM kubernetes_rollouts r "
                           "JOIN kubernetes_targets t ON t.project_id = r.project_id AND t.environment = r.environment "
                           "WHERE r.status = 'failed' AND r.rollback = '' AND t.auto_rollback ORDER BY r.id LIMIT ?"),
            {limit});
    return rows.map([&rows](int row) {
        return Failed{rows.value(row, 0).toLongLong(), rows.value(row, 1).toLongLong(), rows.value(row, 2).toLongLong(),
                      rows.value(row, 3).toInt(), rows.value(row, 4).toString()};
    });
}

void RolloutRepository::setRollback(storage::Transaction &tx, qint64 id, const QString &note)
{
    tx.exec(QStringLiteral("UPDATE kubernetes_rollouts SET rollback = ? WHERE id = ?"), {note, id});
}

void RolloutRepository::setDrift(storage::Transaction &tx, qint64 id, const shared::KubernetesDrift &drift)
{
    tx.exec(QStringLiteral("UPDATE kubernetes_rollouts SET drift = ? WHERE id = ?"),
            {QString::fromUtf8(QJsonDocument(drift.toJson()).toJson(QJsonDocument::Compact)), id});
}

namespace {

RolloutRepository::Healthy healthyAt(const storage::ResultSet &rows, int row)
{
    RolloutRepository::Healthy healthy{
        rows.value(row, 0).toLongLong(), rows.value(row, 1).toLongLong(), rows.value(row, 2).toString(), {}};
    for (const QJsonValue &value : QJsonDocument::fromJson(rows.value(row, 3).toString().toUtf8()).array())
        healthy.inventory.append(kube::AppliedObject::fromJson(value.toObject()));
    return healthy;
}

const QString kNewestPerEnvironment = QStringLiteral(
    "SELECT r.id, r.project_id, r.environment, r.inventory FROM kubernetes_rollouts r WHERE r.status = 'healthy' AND "
    "r.id = (SELECT MAX(n.id) FROM kubernetes_rollouts n WHERE n.project_id = r.project_id AND "
    "n.environment = r.environment) ");

} // namespace

std::optional<RolloutRepository::Healthy> RolloutRepository::latestHealthy(const storage::Executor &run,
                                                                           qint64 projectId, const QString &environment)
{
    const auto rows = run(kNewestPerEnvironment + QStringLiteral("AND r.project_id = ? AND r.environment = ?"),
                          {projectId, environment});
    if (rows.isEmpty())
        return std::nullopt;
    return healthyAt(rows, 0);
}

QList<RolloutRepository::Healthy> RolloutRepository::healthyToCheck(const storage::Executor &run, int limit)
{
    // Never-checked first (drift ''), then by id: each round moves on through them.
    const auto rows =
        run(kNewestPerEnvironment + QStringLiteral("ORDER BY CASE WHEN r.drift = '' THEN 0 ELSE 1 END, r.id LIMIT ?"),
            {limit});
    return rows.map([&rows](int row) { return healthyAt(rows, row); });
}

QList<KubernetesRollout> RolloutRepository::latest(const storage::Executor &run, qint64 projectId,
                                                   const QString &environment, int limit)
{
    const auto rows =
        run(QStringLiteral("SELECT id, environment, job_id, job_attempt, sha, cluster_name, namespace, "
                           "status, reason, health, started_at, finished_at, rollback, drift FROM kubernetes_rollouts "
                           "WHERE project_id = ? AND environment = ? ORDER BY id DESC LIMIT ?"),
            {projectId, environment, limit});
    return rows.map([&rows](int row) {
        QJsonObject object{
            {QStringLiteral("id"), rows.value(row, 0).toLongLong()},
            {QStringLiteral("objects"), QJsonDocument::fromJson(rows.value(row, 9).toString().toUtf8()).array()}};
        KubernetesRollout rollout = *KubernetesRollout::fromJson(object);
        rollout.environment = rows.value(row, 1).toString();
        rollout.jobId = rows.value(row, 2).toLongLong();
        rollout.jobAttempt = rows.value(row, 3).toInt();
        rollout.sha = rows.value(row, 4).toString();
        rollout.clusterName = rows.value(row, 5).toString();
        rollout.namespaceName = rows.value(row, 6).toString();
        rollout.status = rows.value(row, 7).toString();
        rollout.reason = rows.value(row, 8).toString();
        rollout.startedAt = storage::timeFromMs(rows.value(row, 10));
        if (!rows.value(row, 11).isNull())
            rollout.finishedAt = storage::timeFromMs(rows.value(row, 11));
        rollout.rollback = rows.value(row, 12).toString();
        rollout.drift = shared::KubernetesDrift::fromJson(
            QJsonDocument::fromJson(rows.value(row, 13).toString().toUtf8()).object());
        return rollout;
    });
}

} // namespace adp::server::kubernetes
