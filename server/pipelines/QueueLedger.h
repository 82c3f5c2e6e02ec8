#pragma once

#include "ClaimGroup.h"
#include "EndGroup.h"
#include "JobStore.h"
#include "PipelineProgress.h"
#include "ports/JobLedger.h"
#include "ports/UsageMeter.h"

namespace adp::server::pipelines {

// The queue's ledger (ports::JobLedger): each claim and each end of a job goes through the job
// store in a transaction with its pipeline's progress, and is announced once committed.
class QueueLedger : public ports::JobLedger
{
public:
    QueueLedger(storage::Database &database, JobStore &jobs, PipelineProgress &progress, ports::UsageMeter &usage,
                const Clock &clock)
        : m_database(database)
        , m_jobs(jobs)
        , m_progress(progress)
        , m_usage(usage)
        , m_clock(clock)
        , m_ends(database, jobs, progress, usage, clock)
        , m_claims(jobs)
    {
    }

    QList<ports::QueuedJob> pending(std::optional<qint64> onlyId, int limit) override;
    bool claimsInOneStatement() const override;
    std::optional<ports::ClaimedJob> claimOldestFree(const QString &worker, qint64 leaseMs) override;
    std::optional<ports::ClaimedJob> claim(const ports::QueuedJob &job, const QString &worker, qint64 leaseMs,
                                           int projectLimit) override;
    bool renewLease(qint64 jobId, const QString &worker, qint64 leaseMs) override;
    bool isRunningOn(qint64 jobId, const QString &worker) override;
    bool finish(const ports::ClaimedJob &job, const QString &worker, const ports::JobEnd &end) override;
    FinishedAndNext finishAndClaimOldestFree(const ports::ClaimedJob &job, const QString &worker,
                                             const ports::JobEnd &end, qint64 leaseMs) override;
    bool retryLater(const ports::ClaimedJob &job, const QString &worker, const ports::JobEnd &end,
                    qint64 delayMs) override;
    bool giveBack(const ports::ClaimedJob &job, const QString &worker) override;
    QList<ports::LapsedJob> lapsedLeases() override;
    bool requeueLost(const ports::LapsedJob &lost, const ports::JobUsage &usage) override;
    bool failLost(const ports::LapsedJob &lost, const ports::JobUsage &usage) override;
    QList<qint64> dueDelayed() override;
    bool queueDelayed(qint64 jobId) override;
    ports::LogEnd logEnd(qint64 jobId) override;
    void appendLog(qint64 jobId, int seq, qint64 offset, const QString &chunk) override;

private:
    // A project limit or a resource group: the claim must look at the project's running jobs first.
    static bool limitsApply(const ports::QueuedJob &job, int projectLimit)
    {
        return projectLimit > 0 || !job.resourceGroup.isEmpty();
    }
    // The claim with limits to check (or on SQLite): a transaction of a few statements.
    std::optional<ports::ClaimedJob> claimChecked(const ports::QueuedJob &job, const QString &worker, qint64 leaseMs,
                                                  int projectLimit);
    // Announces a claim made in one statement; tells the status listener when it started the pipeline.
    ports::ClaimedJob started(const JobStore::ClaimedAtOnce &claimed);
    // Applies `change`; when it changed the job, moves its pipeline on, commits and announces.
    // `ended`: the attempt whose run ends with the change (its usage is kept with it); `next`: the
    // worker's next job, claimed in the same commit.
    EndGroup::Outcome transition(qint64 jobId, const QString &newStatus, const JobStore::JobChange &change,
                                 std::optional<qint64> pipelineId = std::nullopt,
                                 std::optional<std::pair<int, ports::JobUsage>> ended = std::nullopt,
                                 std::optional<JobStore::WorkerClaim> next = std::nullopt);

    storage::Database &m_database;
    JobStore &m_jobs;
    PipelineProgress &m_progress;
    ports::UsageMeter &m_usage; // what each run used, kept with its end
    const Clock &m_clock;
    EndGroup m_ends;     // jobs' ends and requeues, committed in groups
    ClaimGroup m_claims; // claims of the oldest free job, taken together when they come together
};

} // namespace adp::server::pipelines
