#pragma once

#include "ports/JobLedger.h"
#include "shared/pipeline/PipelinePlan.h"
#include "storage/Executor.h"

#include <QHash>
#include <optional>
#include <utility>

namespace adp::server::pipelines {

// The one writer of `pipelines`, `jobs` and `job_logs` (tst_layout keeps it so): every change of a
// pipeline or a job is a named operation here, so the queue, progress, control and child pipelines
// share one vocabulary and no SQL. PipelineRepository reads them. Operations that take a
// Transaction run inside the caller's; the others are one statement each.
class JobStore
{
public:
    explicit JobStore(storage::Database &database)
        : m_database(database)
    {
    }

    // --- Making a pipeline
    struct NewPipeline
    {
        qint64 projectId = 0;
        QString projectSlug;
        QString source;
        QString ref;
        bool isTag = false;
        QString sha;
        QString commitMessage;
        QString variables;  // JSON, variablesToJson()
        QString predefined; // JSON: CI_* variables the trigger brought
        qint64 triggeredBy = 0;
        qint64 nowMs = 0;
        qint64 parentPipelineId = 0; // a child pipeline's parent and trigger job
        qint64 parentJobId = 0;
    };
    // Stores the pipeline and its planned jobs (status `created`); answers the pipeline id.
    // `jobIds`, when given, learns each job's id by name.
    qint64 insertPipeline(storage::Transaction &tx, const NewPipeline &pipeline,
                          const QList<pipeline::PlannedJob> &jobs, QHash<QString, qint64> *jobIds = nullptr);

    // --- Moving a pipeline on (PipelineProgress)
    struct StoredJob
    {
        qint64 id = 0;
        QString name;
        int stageIndex = 0;
        QString when;
        std::optional<QStringList> needs; // nullopt: waits for the earlier stages
        QString status;
        bool allowFailure = false;
        QString startIn; // a delayed job's `start_in`
        int attempt = 1;
        QJsonObject environment; // the spec's, when the job names one
        qint64 requestedBy = 0;  // the person who retried this attempt; 0: it runs as its pipeline goes
        qint64 rollbackOf = 0;   // the deployment this attempt redeploys (a rollback)
    };
    // A pipeline's row, locked on PostgreSQL until the transaction ends, so that two jobs ending at
    // once are decided one after the other, the second seeing the first (otherwise each sees the
    // other still running, and the pipeline stays so).
    struct LockedPipeline
    {
        qint64 id = 0;
        qint64 projectId = 0;
        QString status;
        qint64 parentPipelineId = 0; // 0 unless a child pipeline
        qint64 parentJobId = 0;
        QString ref;
        qint64 triggeredBy = 0;
        std::optional<QList<StoredJob>> jobs; // its jobs, when read with the lock
    };
    std::optional<LockedPipeline> lockPipeline(storage::Transaction &tx, qint64 pipelineId);
    QList<StoredJob> jobsOf(storage::Transaction &tx, qint64 pipelineId);
    // The writes that move a pipeline on are read by nobody: they go with the transaction's next
    // statement or its COMMIT (execLater), so a pipeline's lock is not held through a round trip each.
    // A job's status as JobStates decided it: queued or finished now.
    void setJobStatus(storage::Transaction &tx, qint64 jobId, const QString &status, qint64 nowMs);
    // A job that may not start (a deploy job the environment refuses): skipped or failed, with why.
    void endUnstarted(storage::Transaction &tx, qint64 jobId, const QString &status, const QString &reason,
                      qint64 nowMs);
    // What a job that could start waits for instead (an approval...); empty: nothing.
    void setWaitingFor(storage::Transaction &tx, qint64 jobId, const QString &reason);
    // A delayed job's due time (kept in queued_at until it is queued).
    void scheduleJob(storage::Transaction &tx, qint64 jobId, qint64 dueMs);
    void setPipelineStatus(storage::Transaction &tx, qint64 pipelineId, const QString &status, qint64 nowMs);
    // Ends a trigger job as its child ended, only while it still waits for that very child (not
    // canceled meanwhile, not retried into another). Answers whether it did.
    bool endTriggerJob(storage::Transaction &tx, qint64 triggerJobId, qint64 childPipelineId, const QString &status,
                       const QString &reason, qint64 nowMs);

    // --- One job's change by the queue, applied with its pipeline locked
    class JobChange
    {
        friend class JobStore;
        QString m_sql; // an UPDATE of one job ... RETURNING pipeline_id
        storage::SqlParams m_params;
        JobChange(QString sql, storage::SqlParams params)
            : m_sql(std::move(sql))
            , m_params(std::move(params))
        {
        }
    };
    static JobChange finishing(qint64 jobId, const QString &worker, const ports::JobEnd &end, qint64 nowMs);
    static JobChange retryingLater(qint64 jobId, const QString &worker, const ports::JobEnd &end, qint64 notBeforeMs,
                                   qint64 nowMs);
    static JobChange requeueingLost(qint64 jobId, qint64 nowMs);
    // A claimed job that never started goes back as it was: pending, the same attempt, its place kept.
    static JobChange givingBack(qint64 jobId, const QString &worker);
    static JobChange failingLost(qint64 jobId, qint64 nowMs);
    static JobChange queueingDelayed(qint64 jobId, qint64 nowMs);
    // Applies `change` and locks the pipeline of the job it changed; nothing when it changed none.
    // With `pipelineId` known, the change, the lock and the jobs' read go in one round trip.
    std::optional<LockedPipeline> changeJob(storage::Transaction &tx, const JobChange &change,
                                            std::optional<qint64> pipelineId = std::nullopt);
    // Several jobs' changes (each with the pipeline of its job), then each of those pipelines
    // locked and its jobs read, in one round trip. The statements still run one after another
    // with a fresh snapshot each: the jobs are read after every change and after the lock was
    // granted. Pipelines are locked in the order of their ids, so that servers lock alike.
    struct ChangedJobs
    {
        QList<bool> applied;                     // per change: did it change its job?
        QHash<qint64, LockedPipeline> pipelines; // by id, with their jobs
    };
    ChangedJobs changeJobs(storage::Transaction &tx, const QList<std::pair<const JobChange *, qint64>> &changes);

    // --- The queue's reads and claims
    QList<ports::QueuedJob> pending(qint64 nowMs, std::optional<qint64> onlyId, int limit);
    // Serialises claims in one project (PostgreSQL; SQLite's writes take turns already).
    void lockProjectForClaims(storage::Transaction &tx, qint64 projectId);
    int runningIn(storage::Transaction &tx, qint64 projectId);
    bool resourceGroupBusy(storage::Transaction &tx, qint64 projectId, const QString &group);
    // The job becomes this worker's if still pending; answers its pipeline.
    std::optional<qint64> startJob(storage::Transaction &tx, qint64 jobId, const QString &worker, qint64 leaseUntilMs,
                                   qint64 nowMs);
    struct StartedPipeline
    {
        QString ref;
        bool isChild = false;
    };
    // Marks the pipeline running unless it is; answers it when it changed.
    std::optional<StartedPipeline> startPipeline(storage::Transaction &tx, qint64 pipelineId, qint64 nowMs);
    // PostgreSQL: the claim, the pipeline's start and what the worker needs in one statement.
    struct ClaimedAtOnce
    {
        ports::ClaimedJob job;
        bool pipelineStarted = false;
        bool isChild = false;
    };
    std::optional<ClaimedAtOnce> claimAtOnce(qint64 jobId, const QString &worker, qint64 leaseUntilMs, qint64 nowMs);
    // PostgreSQL: the oldest due job without tags or a resource group, skipping rows other claims hold.
    std::optional<ClaimedAtOnce> claimOldestFree(const QString &worker, qint64 leaseUntilMs, qint64 nowMs);
    struct WorkerClaim
    {
        QString worker;
        qint64 leaseUntilMs = 0;
    };
    // PostgreSQL: the same for several workers in one statement; answers by position (none where
    // fewer jobs were free than workers asked).
    QList<std::optional<ClaimedAtOnce>> claimOldestFreeFor(const QList<WorkerClaim> &claims, qint64 nowMs);
    // The same inside `tx`, with the ends of the workers' last jobs (EndGroup).
    QList<std::optional<ClaimedAtOnce>> claimOldestFreeFor(storage::Transaction &tx, const QList<WorkerClaim> &claims,
                                                           qint64 nowMs);
    ports::ClaimedJob claimed(qint64 jobId);
    bool renewLease(qint64 jobId, const QString &worker, qint64 leaseUntilMs);
    bool isRunningOn(qint64 jobId, const QString &worker);
    QList<ports::LapsedJob> lapsedLeases(qint64 nowMs);
    QList<qint64> dueDelayed(qint64 nowMs);

    // --- Logs
    ports::LogEnd logEnd(qint64 jobId);
    void appendLog(qint64 jobId, int seq, qint64 offset, const QString &chunk);

    // --- What people do (PipelineControl)
    std::optional<qint64> pipelineOfJob(qint64 jobId);
    // Cancels every unfinished job; answers whether there was one.
    bool cancelUnfinished(storage::Transaction &tx, qint64 pipelineId, qint64 nowMs);
    // Unfinished child pipelines the pipeline's trigger jobs made.
    QList<qint64> unfinishedChildren(qint64 pipelineId);
    bool hasUnfinished(storage::Transaction &tx, qint64 pipelineId);
    // Failed, canceled and skipped jobs start over (their logs go); answers whether there was one.
    bool retryEnded(storage::Transaction &tx, qint64 pipelineId);
    // Who asks for a job to run again, and why: a person's retry runs even a manual or delayed job
    // (they asked for it); a rollback names the deployment it redeploys.
    struct RetryRequest
    {
        qint64 requestedBy = 0;
        qint64 rollbackOf = 0;
    };
    // One finished job starts over with what its failure skipped; answers whether it was finished.
    bool retryJob(storage::Transaction &tx, qint64 pipelineId, qint64 jobId, const RetryRequest &request);
    // A manual or delayed job waiting to start becomes pending; answers whether it was waiting.
    bool play(storage::Transaction &tx, qint64 jobId, qint64 nowMs);

    // --- Child pipelines
    std::optional<qint64> parentOf(qint64 pipelineId);
    qint64 triggeredBy(qint64 pipelineId);
    // Links the trigger job, still this worker's, to its child: it waits for it (`depend`) or has
    // succeeded. Answers whether the job was still this worker's.
    bool linkChild(storage::Transaction &tx, qint64 jobId, const QString &worker, qint64 childPipelineId, bool depend,
                   qint64 nowMs);

private:
    std::optional<ClaimedAtOnce> claimWhere(const QString &jobIdSql, const storage::SqlParams &jobParams,
                                            const QString &worker, qint64 leaseUntilMs, qint64 nowMs);
    static QString lockSql(storage::Dialect dialect);
    static storage::Connection::Statement claimingOldestFreeFor(const QList<WorkerClaim> &claims, qint64 nowMs);
    static QList<std::optional<ClaimedAtOnce>> claimsAnswered(const storage::ResultSet &taken, qsizetype claims);
    // One statement in a transaction of its own whose commit does not wait for the WAL flush
    // (Transaction::allowLossOnDatabaseCrash); each caller says why losing it is recovered.
    storage::ResultSet recoverableWrite(const QString &sql, const storage::SqlParams &params);

    storage::Database &m_database;
};

} // namespace adp::server::pipelines
