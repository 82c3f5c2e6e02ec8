#include "QueueLedger.h"

#include "storage/Transaction.h"

namespace adp::server::pipelines {

QList<ports::QueuedJob> QueueLedger::pending(std::optional<qint64> onlyId, int limit)
{
    return m_jobs.pending(m_clock.nowMs(), onlyId, limit);
}

bool QueueLedger::claimsInOneStatement() const
{
    return m_database.dialect() == storage::Dialect::Postgres;
}

std::optional<ports::ClaimedJob> QueueLedger::claimOldestFree(const QString &worker, qint64 leaseMs)
{
    const qint64 now = m_clock.nowMs();
    const auto claimed = m_claims.claim(worker, now + leaseMs, now);
    return claimed ? std::optional<ports::ClaimedJob>(started(*claimed)) : std::nullopt;
}

std::optional<ports::ClaimedJob> QueueLedger::claim(const ports::QueuedJob &job, const QString &worker, qint64 leaseMs,
                                                    int projectLimit)
{
    if (limitsApply(job, projectLimit) || !claimsInOneStatement())
        return claimChecked(job, worker, leaseMs, projectLimit);
    const qint64 now = m_clock.nowMs();
    const auto claimed = m_jobs.claimAtOnce(job.id, worker, now + leaseMs, now);
    return claimed ? std::optional<ports::ClaimedJob>(started(*claimed)) : std::nullopt;
}

ports::ClaimedJob QueueLedger::started(const JobStore::ClaimedAtOnce &claimed)
{
    const ports::ClaimedJob &job = claimed.job;
    const qint64 pipelineId = job.pipeline.pipelineId;
    PipelineProgress::Changes changes =
        PipelineProgress::jobChanged(pipelineId, job.pipeline.projectId, job.id, QStringLiteral("running"));
    changes.pipelineStatus = QStringLiteral("running");
    changes.pipelineChanged = claimed.pipelineStarted;
    // After the claim rather than in it: a running status lost to a crash right here is a
    // transient one; the pipeline's end is stored with the job that ends it.
    if (changes.pipelineChanged && m_progress.statusListener())
        m_progress.statusListener()->pipelineStatusChanged(
            storage::executorOf(m_database), m_database.dialect(),
            {pipelineId, job.pipeline.projectId, changes.pipelineStatus, job.pipeline.ref, claimed.isChild});
    m_progress.publish(changes);
    return job;
}

std::optional<ports::ClaimedJob> QueueLedger::claimChecked(const ports::QueuedJob &job, const QString &worker,
                                                           qint64 leaseMs, int projectLimit)
{
    PipelineProgress::Changes changes;
    {
        storage::Transaction tx(m_database);
        if (limitsApply(job, projectLimit)) // claims in one project take turns
            m_jobs.lockProjectForClaims(tx, job.projectId);
        if (projectLimit > 0 && m_jobs.runningIn(tx, job.projectId) >= projectLimit)
            return std::nullopt;
        if (!job.resourceGroup.isEmpty() && m_jobs.resourceGroupBusy(tx, job.projectId, job.resourceGroup))
            return std::nullopt;
        // The time read after the checks (and the locks they waited for): a job of the group that
        // ended just before was stamped before its end committed, so the two never seem to overlap.
        const qint64 now = m_clock.nowMs();
        const std::optional<qint64> pipelineId = m_jobs.startJob(tx, job.id, worker, now + leaseMs, now);
        if (!pipelineId)
            return std::nullopt; // another worker was first
        changes = PipelineProgress::jobChanged(*pipelineId, job.projectId, job.id, QStringLiteral("running"));
        changes.pipelineStatus = QStringLiteral("running");
        const std::optional<JobStore::StartedPipeline> pipeline = m_jobs.startPipeline(tx, *pipelineId, now);
        changes.pipelineChanged = pipeline.has_value();
        if (pipeline && m_progress.statusListener())
            m_progress.statusListener()->pipelineStatusChanged(
                storage::executorOf(tx), tx.dialect(),
                {*pipelineId, job.projectId, changes.pipelineStatus, pipeline->ref, pipeline->isChild});
        tx.commit();
    }
    m_progress.publish(changes);
    return m_jobs.claimed(job.id);
}

bool QueueLedger::renewLease(qint64 jobId, const QString &worker, qint64 leaseMs)
{
    return m_jobs.renewLease(jobId, worker, m_clock.nowMs() + leaseMs);
}

bool QueueLedger::isRunningOn(qint64 jobId, const QString &worker)
{
    return m_jobs.isRunningOn(jobId, worker);
}

EndGroup::Outcome QueueLedger::transition(qint64 jobId, const QString &newStatus, const JobStore::JobChange &change,
                                          std::optional<qint64> pipelineId,
                                          std::optional<std::pair<int, ports::JobUsage>> ended,
                                          std::optional<JobStore::WorkerClaim> next)
{
    // A lost lease or a delayed job comes without its pipeline: a job never changes pipelines.
    if (!pipelineId)
        pipelineId = m_jobs.pipelineOfJob(jobId);
    if (!pipelineId)
        return {};
    const EndGroup::Outcome outcome =
        m_ends.run({jobId, newStatus, &change, *pipelineId, std::move(ended), std::move(next)});
    if (outcome.changed)
        m_progress.publish(outcome.changes);
    return outcome;
}

bool QueueLedger::finish(const ports::ClaimedJob &job, const QString &worker, const ports::JobEnd &end)
{
    return transition(job.id, end.status, JobStore::finishing(job.id, worker, end, m_clock.nowMs()),
                      job.pipeline.pipelineId, std::pair{job.attempt, end.usage})
        .changed;
}

ports::JobLedger::FinishedAndNext QueueLedger::finishAndClaimOldestFree(const ports::ClaimedJob &job,
                                                                        const QString &worker, const ports::JobEnd &end,
                                                                        qint64 leaseMs)
{
    const qint64 now = m_clock.nowMs();
    const EndGroup::Outcome outcome =
        transition(job.id, end.status, JobStore::finishing(job.id, worker, end, now), job.pipeline.pipelineId,
                   std::pair{job.attempt, end.usage}, JobStore::WorkerClaim{worker, now + leaseMs});
    // Announced after the end it came with, as a claim of its own would have been.
    return {outcome.changed, outcome.next ? std::optional(started(*outcome.next)) : std::nullopt};
}

bool QueueLedger::retryLater(const ports::ClaimedJob &job, const QString &worker, const ports::JobEnd &end,
                             qint64 delayMs)
{
    const qint64 now = m_clock.nowMs();
    return transition(job.id, QStringLiteral("pending"),
                      JobStore::retryingLater(job.id, worker, end, now + delayMs, now), job.pipeline.pipelineId,
                      std::pair{job.attempt, end.usage})
        .changed;
}

bool QueueLedger::giveBack(const ports::ClaimedJob &job, const QString &worker)
{
    return transition(job.id, QStringLiteral("pending"), JobStore::givingBack(job.id, worker), job.pipeline.pipelineId)
        .changed;
}

QList<ports::LapsedJob> QueueLedger::lapsedLeases()
{
    return m_jobs.lapsedLeases(m_clock.nowMs());
}

bool QueueLedger::requeueLost(const ports::LapsedJob &lost, const ports::JobUsage &usage)
{
    return transition(lost.id, QStringLiteral("pending"), JobStore::requeueingLost(lost.id, m_clock.nowMs()), {},
                      std::pair{lost.attempt, usage})
        .changed;
}

bool QueueLedger::failLost(const ports::LapsedJob &lost, const ports::JobUsage &usage)
{
    return transition(lost.id, QStringLiteral("failed"), JobStore::failingLost(lost.id, m_clock.nowMs()), {},
                      std::pair{lost.attempt, usage})
        .changed;
}

QList<qint64> QueueLedger::dueDelayed()
{
    return m_jobs.dueDelayed(m_clock.nowMs());
}

bool QueueLedger::queueDelayed(qint64 jobId)
{
    return transition(jobId, QStringLiteral("pending"), JobStore::queueingDelayed(jobId, m_clock.nowMs())).changed;
}

ports::LogEnd QueueLedger::logEnd(qint64 jobId)
{
    return m_jobs.logEnd(jobId);
}

void QueueLedger::appendLog(qint64 jobId, int seq, qint64 offset, const QString &chunk)
{
    m_jobs.appendLog(jobId, seq, offset, chunk);
}

} // namespace adp::server::pipelines
