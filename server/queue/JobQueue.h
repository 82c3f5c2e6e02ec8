#pragma once

namespace adp::server::crypto {
class SecretBox;
}

#include "core/Clock.h"
#include "ports/JobLedger.h"
#include "shared/core/ProjectVariable.h"

#include <QJsonArray>
#include <functional>
#include <optional>

namespace adp::server::queue {

// What a worker may take.
struct WorkerProfile
{
    QStringList tags;     // a job's tags must all be among these; untagged jobs go to anyone
    int projectLimit = 0; // running jobs per project across all workers; 0: no limit
};

// The durable queue: the `jobs` table is the truth (kept by pipelines/, reached through
// ports::JobLedger); the queue holds the policy. A worker claims the
// oldest pending job it may run (its tags, the project's concurrency limit,
// one job per resource group) with a lease and renews it while the job runs;
// a job whose lease runs out lost its worker and is retried where its retry
// allows ("worker lost"), else failed, never left running. A failed job is
// retried as its `retry` says, after a backoff. Every change is committed
// with the pipeline's progress, then announced.
class JobQueue
{
public:
    // Opens the pipelines' sealed variables for the jobs that need them (none: only plain rows are read).
    void setSecrets(const crypto::SecretBox *secrets) { m_secrets = secrets; }
    explicit JobQueue(ports::JobLedger &ledger)
        : m_ledger(ledger)
    {
    }

    // What a worker needs to run a claimed job.
    struct Claimed : ports::ClaimedJob
    {
        ci::VariableList pipelineVariables;
        QList<shared::ProjectVariable> projectVariables; // opened by the worker, not by the queue
    };
    // Tries `hint` first (a job just announced), then the oldest eligible pending job.
    std::optional<Claimed> claim(const QString &worker, qint64 leaseMs, const WorkerProfile &profile = {},
                                 std::optional<qint64> hint = std::nullopt);
    // Renews the lease; false when the job is no longer this worker's (canceled, recovered).
    bool heartbeat(qint64 jobId, const QString &worker, qint64 leaseMs);
    // Is the job still running on this worker? A cheap read, asked often so a cancel lands at once.
    bool stillOurs(qint64 jobId, const QString &worker);
    // Ends the job (success, failed, canceled) or, for a failure its `retry` covers, queues it
    // again after a backoff; moves the pipeline on. False when it was no longer this worker's.
    // `usage`: what the run used, kept for the costs (none for a job that ran nothing here).
    bool finish(const Claimed &job, const QString &worker, const QString &status, std::optional<int> exitCode,
                const QString &reason, const ports::JobUsage &usage = {});
    // finish(), then the worker's next job as claim() finds it without a hint (none: nothing was
    // free). Where the ledger claims in one statement and the worker has no tags or limits, a plain
    // end and the claim of the oldest free job share one commit; else they are two steps.
    std::optional<Claimed> finishAndClaim(const Claimed &job, const QString &worker, const QString &status,
                                          std::optional<int> exitCode, const QString &reason,
                                          const ports::JobUsage &usage, qint64 leaseMs,
                                          const WorkerProfile &profile = {});
    // A claimed job the worker will not start (it is stopping) goes back to the queue at once, as it
    // was, instead of waiting for its lease to run out and being counted a lost run.
    bool giveBack(const Claimed &job, const QString &worker);
    // What a lost run used, as the recovering worker can tell (its executor class, the time from
    // the run's start to its last renewal); none: nothing is kept.
    using LostRunUsage = std::function<ports::JobUsage(const ports::LapsedJob &lost)>;
    // Jobs whose lease ran out: retried or failed with "worker lost", what they used kept. Answers how many.
    int recoverLost(const LostRunUsage &usageOf = {});
    // Delayed jobs whose start_in has passed become pending. Answers how many.
    int startDue();
    using LogEnd = ports::LogEnd;
    LogEnd logEnd(qint64 jobId);
    // Appends one chunk of a job's log, which starts at byte `offset` of it.
    void appendLog(qint64 jobId, int seq, qint64 offset, const QString &chunk);

    // The wait before attempt `attempt + 1` after a failure: 1 s, 2 s, 4 s ... at most a minute.
    static qint64 backoffMs(int attempt);

private:
    // A worker that may take any untagged job, the oldest first, in one statement (PostgreSQL).
    bool claimsOldestInOneStatement(const WorkerProfile &profile) const;
    const crypto::SecretBox *m_secrets = nullptr;
    // The oldest pending jobs; `spread`: started at one of the first few (see the .cpp).
    QList<ports::QueuedJob> oldestCandidates(bool spread);
    // The candidate, when the worker's tags allow it and the ledger gives it.
    std::optional<Claimed> claimIfFits(const ports::QueuedJob &candidate, const QString &worker, qint64 leaseMs,
                                       const WorkerProfile &profile);
    Claimed opened(const ports::ClaimedJob &job) const;

    ports::JobLedger &m_ledger;
};

} // namespace adp::server::queue
