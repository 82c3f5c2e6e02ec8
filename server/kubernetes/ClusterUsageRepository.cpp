#include "ClusterUsageRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace adp::server::kubernetes {

namespace {
constexpr qint64 kDayMs = 86'400'000;

QString labelsText(const QMap<QString, QString> &labels)
{
    QJsonObject object;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void addDay(storage::Transaction &tx, qint64 clusterId, qint64 day, qint64 ms, const kube::ClusterSnapshot &snapshot)
{
    tx.exec(QStringLiteral("INSERT INTO cluster_capacity (cluster_id, day, observed_ms, cpu_mcore_ms, memory_mib_ms) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (cluster_id, day) DO UPDATE SET "
                           "observed_ms = cluster_capacity.observed_ms + excluded.observed_ms, "
                           "cpu_mcore_ms = cluster_capacity.cpu_mcore_ms + excluded.cpu_mcore_ms, "
                           "memory_mib_ms = cluster_capacity.memory_mib_ms + excluded.memory_mib_ms"),
            {clusterId, day, ms, snapshot.cpuCapacityMcores * ms, snapshot.memoryCapacityMib * ms});
    for (const kube::ClusterSnapshot::Workload &workload : snapshot.workloads) {
        tx.execLater(
            QStringLiteral(
                "INSERT INTO cluster_usage (cluster_id, day, namespace, controller_kind, controller, labels, "
                "observed_ms, cpu_request_mcore_ms, cpu_usage_mcore_ms, cpu_allocated_mcore_ms, memory_request_mib_ms, "
                "memory_usage_mib_ms, memory_allocated_mib_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (cluster_id, day, namespace, controller_kind, controller) DO UPDATE SET "
                "labels = excluded.labels, observed_ms = cluster_usage.observed_ms + excluded.observed_ms, "
                "cpu_request_mcore_ms = cluster_usage.cpu_request_mcore_ms + excluded.cpu_request_mcore_ms, "
                "cpu_usage_mcore_ms = cluster_usage.cpu_usage_mcore_ms + excluded.cpu_usage_mcore_ms, "
                "cpu_allocated_mcore_ms = cluster_usage.cpu_allocated_mcore_ms + excluded.cpu_allocated_mcore_ms, "
                "memory_request_mib_ms = cluster_usage.memory_request_mib_ms + excluded.memory_request_mib_ms, "
                "memory_usage_mib_ms = cluster_usage.memory_usage_mib_ms + excluded.memory_usage_mib_ms, "
                "memory_allocated_mib_ms = cluster_usage.memory_allocated_mib_ms + excluded.memory_allocated_mib_ms"),
            {clusterId, day, workload.namespaceName, workload.controllerKind, workload.controller,
             labelsText(workload.labels), ms, workload.cpuRequestMcores * ms, workload.cpuUsageMcores * ms,
             workload.cpuAllocatedMcores * ms, workload.memoryRequestMib * ms, workload.memoryUsageMib * ms,
             workload.memoryAllocatedMib * ms});
    }
}

void keepSample(storage::Transaction &tx, qint64 clusterId, qint64 atMs, const kube::ClusterSnapshot &snapshot)
{
    for (const kube::ClusterSnapshot::Workload &workload : snapshot.workloads) {
        tx.execLater(
            QStringLiteral("INSERT INTO cluster_usage_samples (cluster_id, sampled_at, namespace, "
                           "controller_kind, controller, pods, measured_pods, cpu_request_mcores, cpu_usage_mcores, "
                           "memory_request_mib, memory_usage_mib) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {clusterId, atMs, workload.namespaceName, workload.controllerKind, workload.controller, workload.pods,
             workload.podsMeasured, workload.cpuRequestMcores, workload.cpuUsageMcores, workload.memoryRequestMib,
             workload.memoryUsageMib});
    }
}
} // namespace

std::optional<ClusterUsageRepository::State> ClusterUsageRepository::state(const storage::Executor &run,
                                                                           qint64 clusterId)
{
    const auto rows = run(
        QStringLiteral("SELECT sampled_at, kept_sample_at FROM cluster_usage_state WHERE cluster_id = ?"), {clusterId});
    if (rows.isEmpty())
        return std::nullopt;
    return State{rows.value(0, 0).toLongLong(), rows.value(0, 1).toLongLong()};
}

bool ClusterUsageRepository::record(storage::Transaction &tx, qint64 clusterId, const kube::ClusterSnapshot &snapshot,
                                    qint64 fromMs, qint64 toMs, const std::optional<State> &before, bool keep)
{
    const qint64 keptAt = keep ? toMs : (before ? before->keptSampleAt : 0);
    if (!before) {
        const auto started = tx.exec(
            QStringLiteral("INSERT INTO cluster_usage_state (cluster_id, sampled_at, kept_sample_at, usage_measured, "
                           "error) VALUES (?, ?, ?, ?, '') ON CONFLICT (cluster_id) DO NOTHING"),
            {clusterId, toMs, keptAt, snapshot.usageMeasured});
        if (started.rowsAffected() != 1)
            return false;
    } else {
        // Moved on only from where this pass found it: a second leader's pass changes nothing.
        const auto moved = tx.exec(
            QStringLiteral("UPDATE cluster_usage_state SET sampled_at = ?, kept_sample_at = ?, usage_measured = ?, "
                           "error = '' WHERE cluster_id = ? AND sampled_at = ?"),
            {toMs, keptAt, snapshot.usageMeasured, clusterId, before->sampledAt});
        if (moved.rowsAffected() != 1)
            return false;
        for (qint64 day = fromMs / kDayMs; day * kDayMs < toMs; ++day) {
            const qint64 ms = std::min(toMs, (day + 1) * kDayMs) - std::max(fromMs, day * kDayMs);
            if (ms > 0)
                addDay(tx, clusterId, day, ms, snapshot);
        }
    }
    if (keep)
        keepSample(tx, clusterId, toMs, snapshot);
    return true;
}

void ClusterUsageRepository::recordFailure(storage::Transaction &tx, qint64 clusterId, const QString &error)
{
    tx.exec(QStringLiteral("UPDATE cluster_usage_state SET error = ? WHERE cluster_id = ?"), {error, clusterId});
}

void ClusterUsageRepository::forgetSamplesBefore(storage::Transaction &tx, qint64 clusterId, qint64 beforeMs)
{
    tx.exec(QStringLiteral("DELETE FROM cluster_usage_samples WHERE cluster_id = ? AND sampled_at < ?"),
            {clusterId, beforeMs});
}

} // namespace adp::server::kubernetes
