#include "PipelineProgress.h"

#include "access/AccessResolver.h"
#include "shared/pipeline/DefinitionParser.h"
#include "shared/pipeline/JobStates.h"
#include "storage/Transaction.h"

namespace adp::server::pipelines {

ports::DeployJob PipelineProgress::deployJobOf(const JobStore::StoredJob &job)
{
    return {job.id, job.name, job.attempt, job.environment, job.rollbackOf};
}

QString PipelineProgress::statusFor(const ports::DeployVerdict &verdict)
{
    switch (verdict.kind) {
    case ports::DeployVerdict::Kind::Start:
        return QStringLiteral("pending");
    case ports::DeployVerdict::Kind::Wait:
        return QStringLiteral("created");
    case ports::DeployVerdict::Kind::Skip:
        return QStringLiteral("skipped");
    case ports::DeployVerdict::Kind::Fail:
        break;
    }
    return QStringLiteral("failed");
}

PipelineProgress::Changes PipelineProgress::advance(storage::Transaction &tx, qint64 pipelineId, qint64 startedBy)
{
    const std::optional<LockedPipeline> pipeline = m_jobs.lockPipeline(tx, pipelineId);
    if (!pipeline) {
        Changes nothing;
        nothing.pipelineId = pipelineId;
        return nothing;
    }
    return advance(tx, *pipeline, startedBy);
}

PipelineProgress::Changes PipelineProgress::advance(storage::Transaction &tx, const LockedPipeline &locked,
                                                    qint64 startedBy)
{
    const qint64 pipelineId = locked.id;
    Changes changes;
    changes.pipelineId = pipelineId;
    changes.projectId = locked.projectId;
    const QString &before = locked.status;
    const QList<JobStore::StoredJob> stored = locked.jobs ? *locked.jobs : m_jobs.jobsOf(tx, pipelineId);
    QList<pipeline::JobStates::Job> jobs;
    for (const JobStore::StoredJob &row : stored) {
        pipeline::JobStates::Job job;
        job.name = row.name;
        job.stageIndex = row.stageIndex;
        job.when = row.when;
        job.needs = row.needs;
        job.status = row.status;
        job.allowFailure = row.allowFailure;
        job.requested = row.requestedBy > 0;
        jobs.append(job);
    }
    const qint64 now = m_clock.nowMs();
    // A deploy job starts only as its environment allows; what it answers instead is applied here.
    QHash<int, ports::DeployVerdict> verdicts;
    const auto starting = [&](int index) {
        const JobStore::StoredJob &job = stored.at(index);
        if (!m_gate || job.environment.isEmpty())
            return QStringLiteral("pending");
        // A job a person retried deploys for them, whenever it comes to start.
        const qint64 deployer = job.requestedBy > 0 ? job.requestedBy : startedBy > 0 ? startedBy : locked.triggeredBy;
        const ports::DeployVerdict verdict =
            m_gate->admit(tx, {pipelineId, locked.projectId, deployer, now, deployJobOf(job), job.requestedBy > 0});
        verdicts.insert(index, verdict);
        return statusFor(verdict);
    };
    const QHash<int, QString> changed = pipeline::JobStates::advance(jobs, starting);
    for (auto it = verdicts.constBegin(); it != verdicts.constEnd(); ++it) {
        if (it->kind == ports::DeployVerdict::Kind::Wait) {
            m_jobs.setWaitingFor(tx, stored.at(it.key()).id, it->reason);
            jobs[it.key()].waiting = true;
        }
    }
    for (auto it = changed.constBegin(); it != changed.constEnd(); ++it) {
        const qint64 jobId = stored.at(it.key()).id;
        const auto verdict = verdicts.constFind(it.key());
        if (verdict != verdicts.constEnd() && verdict->kind != ports::DeployVerdict::Kind::Start)
            m_jobs.endUnstarted(tx, jobId, it.value(), verdict->reason, now);
        else
            m_jobs.setJobStatus(tx, jobId, it.value(), now);
        if (it.value() == u"scheduled") // a delayed job: due after its start_in
            m_jobs.scheduleJob(
                tx, jobId,
                now + pipeline::DefinitionParser::durationSeconds(stored.at(it.key()).startIn).value_or(0) * 1000);
        jobs[it.key()].status = it.value();
        changes.jobs.append({jobId, it.value()});
    }
    changes.pipelineStatus = pipeline::JobStates::pipelineStatus(jobs);
    changes.pipelineChanged = changes.pipelineStatus != before;
    if (changes.pipelineChanged) {
        m_jobs.setPipelineStatus(tx, pipelineId, changes.pipelineStatus, now);
        if (m_listener)
            m_listener->pipelineStatusChanged(
                storage::executorOf(tx), tx.dialect(),
                {pipelineId, changes.projectId, changes.pipelineStatus, locked.ref, locked.parentPipelineId != 0});
    }
    if (changes.pipelineChanged && pipeline::JobStates::isFinished(changes.pipelineStatus) && locked.parentJobId != 0)
        endTriggerJob(tx, changes, locked.parentPipelineId, locked.parentJobId);
    return changes;
}

void PipelineProgress::endTriggerJob(storage::Transaction &tx, Changes &child, qint64 parentPipelineId,
                                     qint64 triggerJobId)
{
    // The trigger job ends as its child did; a skipped child counts as passed.
    const QString &ended = child.pipelineStatus;
    const QString status = ended == u"failed" || ended == u"canceled" ? ended : QStringLiteral("success");
    const QString reason = status == u"failed" ? QStringLiteral("downstream_pipeline_failed") : QString();
    const bool waiting = m_jobs.endTriggerJob(tx, triggerJobId, child.pipelineId, status, reason, m_clock.nowMs());
    if (!waiting)
        return;
    Changes parent = advance(tx, parentPipelineId);
    parent.jobs.prepend({triggerJobId, status});
    child.upstream.push_back(std::move(parent));
}

PipelineProgress::Changes PipelineProgress::jobChanged(qint64 pipelineId, qint64 projectId, qint64 jobId,
                                                       const QString &status)
{
    Changes changes;
    changes.pipelineId = pipelineId;
    changes.projectId = projectId;
    changes.jobs.append({jobId, status});
    return changes;
}

events::Audience PipelineProgress::audienceOf(qint64 projectId)
{
    constexpr qint64 kTtlMs = 1000; // as long as memberships are cached
    const quint64 generation = m_generation ? m_generation() : 0;
    const qint64 now = m_clock.nowMs();
    {
        QMutexLocker lock(&m_audienceMutex);
        const auto cached = m_audiences.constFind(projectId);
        if (cached != m_audiences.constEnd() && cached->expiresAt > now && cached->generation == generation)
            return cached->audience;
    }
    const events::Audience audience =
        access::AccessResolver::projectAudience(storage::executorOf(m_database), projectId);
    QMutexLocker lock(&m_audienceMutex);
    if (m_audiences.size() > 10000)
        m_audiences.clear();
    m_audiences.insert(projectId, {audience, now + kTtlMs, generation});
    return audience;
}

void PipelineProgress::publish(const Changes &changes)
{
    for (const Changes &parent : changes.upstream)
        publish(parent);
    if (changes.jobs.isEmpty() && !changes.pipelineChanged)
        return;
    if (m_dispatch) {
        QList<qint64> pending;
        for (const auto &[jobId, status] : changes.jobs) {
            if (status == u"pending")
                pending.append(jobId);
        }
        m_dispatch->announce(pending);
    }
    const events::Audience audience = audienceOf(changes.projectId);
    const QString topic = QStringLiteral("pipelines");
    for (const auto &[jobId, status] : changes.jobs)
        m_events.publish(topic, QStringLiteral("job.updated"),
                         {{QStringLiteral("id"), jobId},
                          {QStringLiteral("pipeline_id"), changes.pipelineId},
                          {QStringLiteral("project_id"), changes.projectId},
                          {QStringLiteral("status"), status}},
                         audience);
    if (changes.pipelineChanged)
        m_events.publish(topic, QStringLiteral("pipeline.updated"),
                         {{QStringLiteral("id"), changes.pipelineId},
                          {QStringLiteral("project_id"), changes.projectId},
                          {QStringLiteral("status"), changes.pipelineStatus}},
                         audience);
}

} // namespace adp::server::pipelines
