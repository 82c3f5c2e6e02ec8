#include "JobPodRepository.h"

namespace adp::server::kubernetes {

void JobPodRepository::put(storage::Database &database, const JobPod &pod, qint64 nowMs)
{
    database.query(QStringLiteral("INSERT INTO job_pods (job_id, attempt, project_id, cluster_id, namespace, pod_name, "
                                  "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (job_id) DO UPDATE SET "
                                  "attempt = excluded.attempt, cluster_id = excluded.cluster_id, "
                                  "namespace = excluded.namespace, pod_name = excluded.pod_name, "
                                  "created_at = excluded.created_at"),
                   {pod.jobId, pod.attempt, pod.projectId, pod.clusterId, pod.namespaceName, pod.podName, nowMs});
}

void JobPodRepository::remove(storage::Database &database, qint64 jobId)
{
    database.query(QStringLiteral("DELETE FROM job_pods WHERE job_id = ?"), {jobId});
}

QList<JobPodRepository::JobPod> JobPodRepository::ended(storage::Database &database)
{
    const auto rows = database.query(
        QStringLiteral("SELECT p.job_id, p.attempt, p.project_id, p.cluster_id, p.namespace, p.pod_name "
                       "FROM job_pods p LEFT JOIN jobs j ON j.id = p.job_id "
                       "WHERE j.id IS NULL OR j.status <> 'running' OR j.attempt <> p.attempt ORDER BY p.job_id"));
    return rows.map([&rows](int row) {
        return JobPod{rows.value(row, 0).toLongLong(), rows.value(row, 1).toInt(),    rows.value(row, 2).toLongLong(),
                      rows.value(row, 3).toLongLong(), rows.value(row, 4).toString(), rows.value(row, 5).toString()};
    });
}

} // namespace adp::server::kubernetes
