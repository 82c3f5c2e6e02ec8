#pragma once

#include "ci/CiVariables.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace adp::server::ports {

// A pending job as the queue weighs it.
struct QueuedJob
{
    qint64 id = 0;
    qint64 projectId = 0;
    QStringList tags;
    QString resourceGroup;
};

// What a worker needs of a job it claimed.
struct ClaimedJob
{
    qint64 id = 0;
    QString name;
    QString stage;
    QJsonObject spec;
    int attempt = 1;
    ci::PipelineFacts pipeline; // its id, project, commit and trigger (serverUrl is the executor's)
    QString repositoryUrl;      // the project's, where its commit is fetched from
    QString sealedVariables;    // the pipeline's, as stored (ci::openVariables)
};

// What a job's run used, as its worker measured it: how long it held its executor and, on
// Kubernetes, what its pod requested (a scheduler reserves requests, so they are what it costs).
struct JobUsage
{
    QString executor; // shell, bubblewrap or kubernetes; empty: nothing ran here (a trigger job)
    qint64 runMs = 0;
    qint64 cpuMillicores = 0;
    qint64 memoryMiB = 0;
};

// How a job's run ended, as the worker tells it.
struct JobEnd
{
    QString status; // success, failed, canceled
    std::optional<int> exitCode;
    QString reason;
    bool allowedFailure = false; // allow_failure: exit_codes covers this failure
    JobUsage usage;              // written with the end, in its transaction
};

// A running job whose worker stopped renewing its lease.
struct LapsedJob
{
    qint64 id = 0;
    int attempt = 1;
    QJsonObject spec;
    qint64 projectId = 0;
    qint64 startedAtMs = 0;  // 0 when it never said
    qint64 leaseUntilMs = 0; // its last renewal plus the lease
};

// Where a job's log ends so far (a retried job's log goes on after its earlier attempts').
struct LogEnd
{
    int nextSeq = 0;
    qint64 bytes = 0;
};

// What the queue asks of the job store, implemented by pipelines/ (which owns the jobs): each
// change of a job is committed with its pipeline's progress, then announced; the queue keeps the
// policy (which job, which worker, when to retry).
class JobLedger
{
public:
    virtual ~JobLedger() = default;
    // Pending due jobs, oldest first; `onlyId` narrows to that one.
    virtual QList<QueuedJob> pending(std::optional<qint64> onlyId, int limit) = 0;
    // Whether claimOldestFree() can take a job in one statement (PostgreSQL).
    virtual bool claimsInOneStatement() const = 0;
    virtual std::optional<ClaimedJob> claimOldestFree(const QString &worker, qint64 leaseMs) = 0;
    // Takes `job` unless another worker was first, the project runs `projectLimit` jobs already
    // (0: no limit) or its resource group is busy.
    virtual std::optional<ClaimedJob> claim(const QueuedJob &job, const QString &worker, qint64 leaseMs,
                                            int projectLimit) = 0;
    virtual bool renewLease(qint64 jobId, const QString &worker, qint64 leaseMs) = 0;
    virtual bool isRunningOn(qint64 jobId, const QString &worker) = 0;
    // False when the job was no longer this worker's.
    virtual bool finish(const ClaimedJob &job, const QString &worker, const JobEnd &end) = 0;
    struct FinishedAndNext
    {
        bool finished = false;          // as finish() answers
        std::optional<ClaimedJob> next; // the worker's next job, none when nothing was free
    };
    // finish(), and the oldest free job for the same worker in the same commit, as claimOldestFree()
    // (only where claimsInOneStatement()): the worker's next job costs no commit of its own.
    virtual FinishedAndNext finishAndClaimOldestFree(const ClaimedJob &job, const QString &worker, const JobEnd &end,
                                                     qint64 leaseMs) = 0;
    virtual bool retryLater(const ClaimedJob &job, const QString &worker, const JobEnd &end, qint64 delayMs) = 0;
    // A job this worker claimed and did not start is pending again, for any worker; false when it
    // was no longer this worker's.
    virtual bool giveBack(const ClaimedJob &job, const QString &worker) = 0;
    virtual QList<LapsedJob> lapsedLeases() = 0;
    // The lost run's `usage` is kept with the change, as a finished run's is.
    virtual bool requeueLost(const LapsedJob &lost, const JobUsage &usage) = 0;
    virtual bool failLost(const LapsedJob &lost, const JobUsage &usage) = 0;
    virtual QList<qint64> dueDelayed() = 0;
    virtual bool queueDelayed(qint64 jobId) = 0;
    virtual LogEnd logEnd(qint64 jobId) = 0;
    virtual void appendLog(qint64 jobId, int seq, qint64 offset, const QString &chunk) = 0;
};

} // namespace adp::server::ports
