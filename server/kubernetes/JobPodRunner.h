#pragma once

#include "WorkerPoolExecutor.h"
#include "core/Clock.h"
#include "crypto/SecretBox.h"
#include "ports/Housekeeping.h"
#include "ports/PodExecutor.h"
#include "storage/Database.h"

namespace adp::server::kubernetes {

// Runs a job as a pod on its project's cluster (see JobPodSpec for the pod): makes its Secret and
// pod, says in the job's log where it runs and what it waits for, streams the log of each step as
// it runs (fetching the workspace, the script, sending files back), and ends as the script did.
// Cancel and timeout delete the pod; an evicted pod or one on a node that stopped answering ends
// as a lost worker; an image that cannot be pulled ends the job with the cluster's words. The pod
// and its Secret are deleted whatever happened; what could not be deleted is left to the clean-up.
class JobPodRunner : public ports::PodExecutor
{
public:
    struct Dependencies
    {
        storage::Database &database;
        const crypto::SecretBox &secrets;
        const Clock &clock;
        const WorkerPoolExecutor *pool = nullptr; // this process's workers run every job as a pod
        int pollMs = 100;
    };
    explicit JobPodRunner(Dependencies dependencies)
        : m(dependencies)
    {
    }

    bool runsJobsOf(qint64 projectId) override;
    ports::PodJobOutcome run(const ports::PodJob &job, const Log &log, const KeepGoing &keepGoing) override;

private:
    Dependencies m;
};

// Deletes the pods (and Secrets) of job attempts that no longer run, once a minute: those whose
// worker died or whose deletion failed at the time. A worker pool's pods are deleted by the pool's
// own processes (the leader may not reach its cluster).
class JobPodCleanup : public ports::Housekeeping
{
public:
    // `pool`: this process's worker pool, whose pods (and only those) it can reach besides the projects' clusters.
    JobPodCleanup(storage::Database &database, const crypto::SecretBox &secrets, const WorkerPoolExecutor *pool)
        : m_database(database)
        , m_secrets(secrets)
        , m_pool(pool)
    {
    }
    void tidy() override;

private:
    storage::Database &m_database;
    const crypto::SecretBox &m_secrets;
    const WorkerPoolExecutor *m_pool;
};

} // namespace adp::server::kubernetes
