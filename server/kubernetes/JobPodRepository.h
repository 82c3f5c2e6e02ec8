#pragma once

#include "storage/Database.h"

namespace adp::server::kubernetes {

// The `job_pods` table: every job pod, written down before it is made and forgotten only once it
// is deleted, so a pod whose worker died is still found and deleted.
class JobPodRepository
{
public:
    struct JobPod
    {
        qint64 jobId = 0;
        int attempt = 1;
        qint64 projectId = 0;
        qint64 clusterId = 0;
        QString namespaceName;
        QString podName;
    };
    static void put(storage::Database &database, const JobPod &pod, qint64 nowMs);
    static void remove(storage::Database &database, qint64 jobId);
    // Pods of attempts that no longer run: their job ended, was retried, or is gone.
    static QList<JobPod> ended(storage::Database &database);
};

} // namespace adp::server::kubernetes
