#include "ClusterCostRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace adp::server::costs {

namespace {
// The organisation's clusters: its projects' and its own.
const QString kClusters =
    QStringLiteral("JOIN clusters c ON c.id = u.cluster_id LEFT JOIN projects cp ON cp.id = c.project_id "
                   "WHERE COALESCE(c.organisation_id, cp.organisation_id) = ? ");
// A namespace's target: the first made, so two environments sharing a namespace never count it twice.
const QString kTargets =
    QStringLiteral("LEFT JOIN kubernetes_targets t ON t.id = (SELECT MIN(t2.id) FROM kubernetes_targets t2 "
                   "WHERE t2.cluster_id = u.cluster_id AND t2.namespace = u.namespace) "
                   "LEFT JOIN projects tp ON tp.id = t.project_id ");

QMap<QString, QString> labelsOf(QByteArrayView text)
{
    QMap<QString, QString> labels;
    const QJsonObject object = QJsonDocument::fromJson(text.toByteArray()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}
} // namespace

QString ClusterCostRepository::clusterSql()
{
    return QStringLiteral("COALESCE(cp.slug || '/', '') || c.name");
}

void ClusterCostRepository::forEachWorkloadDay(qint64 organisationId, qint64 fromDay, qint64 toDay,
                                               const std::function<void(const WorkloadDay &)> &visit)
{
    m_database.forEachRow(
        QStringLiteral("SELECT u.cluster_id, u.day, %1, u.namespace, u.controller_kind, u.controller, u.labels, "
                       "u.observed_ms, u.cpu_request_mcore_ms, u.cpu_usage_mcore_ms, u.cpu_allocated_mcore_ms, "
                       "u.memory_request_mib_ms, u.memory_usage_mib_ms, u.memory_allocated_mib_ms, "
                       "COALESCE(tp.slug, cp.slug, ''), COALESCE(tp.name, cp.name, ''), "
                       "COALESCE(tp.slug || '/' || t.environment, ''), COALESCE(t.environment, '') "
                       "FROM cluster_usage u JOIN clusters c ON c.id = u.cluster_id "
                       "LEFT JOIN projects cp ON cp.id = c.project_id ")
                .arg(clusterSql()) +
            kTargets +
            QStringLiteral("WHERE COALESCE(c.organisation_id, cp.organisation_id) = ? AND u.day >= ? AND u.day < ? "
                           "ORDER BY u.day"),
        {organisationId, fromDay, toDay}, [&](const storage::RowView &row) {
            WorkloadDay day;
            day.clusterId = row.text(0).toLongLong();
            day.day = row.text(1).toLongLong();
            shared::costs::WorkloadUsage &usage = day.usage;
            usage.cluster = QString::fromUtf8(row.text(2));
            usage.namespaceName = QString::fromUtf8(row.text(3));
            usage.controllerKind = QString::fromUtf8(row.text(4));
            usage.controller = QString::fromUtf8(row.text(5));
            usage.labels = labelsOf(row.text(6));
            usage.observedMs = row.text(7).toLongLong();
            usage.cpuRequestMcoreMs = row.text(8).toLongLong();
            usage.cpuUsageMcoreMs = row.text(9).toLongLong();
            usage.cpuAllocatedMcoreMs = row.text(10).toLongLong();
            usage.memoryRequestMibMs = row.text(11).toLongLong();
            usage.memoryUsageMibMs = row.text(12).toLongLong();
            usage.memoryAllocatedMibMs = row.text(13).toLongLong();
            day.projectSlug = QString::fromUtf8(row.text(14));
            day.projectName = QString::fromUtf8(row.text(15));
            day.environment = QString::fromUtf8(row.text(16));
            day.environmentName = QString::fromUtf8(row.text(17));
            visit(day);
        });
}

void ClusterCostRepository::forEachCapacityDay(qint64 organisationId, qint64 fromDay, qint64 toDay,
                                               const std::function<void(const CapacityDay &)> &visit)
{
    m_database.forEachRow(
        QStringLiteral("SELECT u.cluster_id, u.day, %1, COALESCE(cp.slug, ''), COALESCE(cp.name, ''), u.observed_ms, "
                       "u.cpu_mcore_ms, u.memory_mib_ms FROM cluster_capacity u ")
                .arg(clusterSql()) +
            kClusters + QStringLiteral("AND u.day >= ? AND u.day < ?"),
        {organisationId, fromDay, toDay}, [&](const storage::RowView &row) {
            CapacityDay day;
            day.clusterId = row.text(0).toLongLong();
            day.day = row.text(1).toLongLong();
            day.capacity.cluster = QString::fromUtf8(row.text(2));
            day.projectSlug = QString::fromUtf8(row.text(3));
            day.projectName = QString::fromUtf8(row.text(4));
            day.capacity.observedMs = row.text(5).toLongLong();
            day.capacity.cpuMcoreMs = row.text(6).toLongLong();
            day.capacity.memoryMibMs = row.text(7).toLongLong();
            visit(day);
        });
}

QList<ClusterCostRepository::ClusterState> ClusterCostRepository::states(qint64 organisationId)
{
    // A cluster never sampled has no state row: its columns read NULL (false, empty).
    const storage::ResultSet rows =
        m_database.query(QStringLiteral("SELECT %1, s.cluster_id IS NOT NULL, s.usage_measured, COALESCE(s.error, '') "
                                        "FROM clusters c LEFT JOIN projects cp ON cp.id = c.project_id "
                                        "LEFT JOIN cluster_usage_state s ON s.cluster_id = c.id "
                                        "WHERE COALESCE(c.organisation_id, cp.organisation_id) = ? ORDER BY 1")
                             .arg(clusterSql()),
                         {organisationId});
    return rows.map([&rows](int row) {
        return ClusterState{rows.value(row, 0).toString(), rows.value(row, 1).toBool(), rows.value(row, 2).toBool(),
                            rows.value(row, 3).toString()};
    });
}

QList<ClusterCostRepository::WorkloadSamples> ClusterCostRepository::samplesSince(qint64 organisationId, qint64 sinceMs)
{
    QList<WorkloadSamples> workloads;
    m_database.forEachRow(
        QStringLiteral("SELECT %1, COALESCE(tp.slug, cp.slug, ''), COALESCE(tp.name, cp.name, ''), u.namespace, "
                       "u.controller_kind, u.controller, u.sampled_at, u.pods, u.measured_pods, u.cpu_request_mcores, "
                       "u.cpu_usage_mcores, u.memory_request_mib, u.memory_usage_mib FROM cluster_usage_samples u "
                       "JOIN clusters c ON c.id = u.cluster_id LEFT JOIN projects cp ON cp.id = c.project_id ")
                .arg(clusterSql()) +
            kTargets +
            QStringLiteral(
                "WHERE COALESCE(c.organisation_id, cp.organisation_id) = ? AND u.sampled_at >= ? AND EXISTS (SELECT 1 "
                "FROM cluster_usage_state s WHERE s.cluster_id = u.cluster_id AND s.usage_measured = ?) "
                "ORDER BY u.cluster_id, u.namespace, u.controller_kind, u.controller, u.sampled_at"),
        {organisationId, sinceMs, true}, [&](const storage::RowView &row) {
            const QString cluster = QString::fromUtf8(row.text(0));
            const QString ns = QString::fromUtf8(row.text(3));
            const QString kind = QString::fromUtf8(row.text(4));
            const QString controller = QString::fromUtf8(row.text(5));
            if (workloads.isEmpty() || workloads.last().cluster != cluster || workloads.last().namespaceName != ns ||
                workloads.last().controllerKind != kind || workloads.last().controller != controller)
                workloads.append({cluster,
                                  QString::fromUtf8(row.text(1)),
                                  QString::fromUtf8(row.text(2)),
                                  ns,
                                  kind,
                                  controller,
                                  {}});
            workloads.last().samples.append({row.text(6).toLongLong(), row.text(7).toInt(), row.text(8).toInt(),
                                             row.text(9).toLongLong(), row.text(10).toLongLong(),
                                             row.text(11).toLongLong(), row.text(12).toLongLong()});
        });
    return workloads;
}

} // namespace adp::server::costs
