#include "PipelineControl.h"

#include "storage/Transaction.h"

namespace adp::server::pipelines {

Outcome<shared::Pipeline>
PipelineControl::apply(const MutationContext &context, qint64 pipelineId, const QString &auditAction,
                       const QString &targetType, qint64 targetId,
                       const std::function<std::optional<ServiceError>(storage::Transaction &)> &change)
{
    PipelineProgress::Changes changes;
    shared::Pipeline pipeline;
    {
        storage::Transaction tx(m.database);
        if (const auto refused = change(tx))
            return *refused;
        changes = m.progress.advance(tx, pipelineId, context.actor.userId);
        pipeline = *m.pipelines.find(storage::executorOf(tx), pipelineId, true);
        m.audit.record(
            tx, context,
            {auditAction,
             targetType,
             QString::number(targetId),
             {},
             QJsonObject{{QStringLiteral("pipeline"), pipelineId}, {QStringLiteral("status"), pipeline.status}}});
        tx.commit();
    }
    changes.pipelineChanged = true;
    changes.pipelineStatus = pipeline.status;
    for (const shared::PipelineJob &job : pipeline.jobs)
        changes.jobs.append({job.id, job.status});
    m.progress.publish(changes);
    return pipeline;
}

Outcome<shared::Pipeline> PipelineControl::cancel(const MutationContext &context, qint64 pipelineId)
{
    const auto project = m.projects.authorizeWithin(context, m.pipelines.projectOf(pipelineId),
                                                    QStringLiteral("pipeline.cancel"), QStringLiteral("Pipeline"));
    if (!project.ok())
        return project.error();
    return cancelWithChildren(context, pipelineId);
}

Outcome<shared::Pipeline> PipelineControl::cancelWithChildren(const MutationContext &context, qint64 pipelineId)
{
    auto canceled = apply(context, pipelineId, QStringLiteral("pipeline.canceled"), QStringLiteral("pipeline"),
                          pipelineId, [&](storage::Transaction &tx) -> std::optional<ServiceError> {
                              if (!m.jobs.cancelUnfinished(tx, pipelineId, m.clock.nowMs()))
                                  return ServiceError::conflict(
                                      QStringLiteral("The pipeline has finished; there is nothing to cancel"));
                              return std::nullopt;
                          });
    if (!canceled.ok())
        return canceled;
    // Its child pipelines go too, each in its own transaction after the parent's (never holding both locks).
    for (const qint64 child : m.jobs.unfinishedChildren(pipelineId))
        cancelWithChildren(context, child); // one that ended meanwhile has nothing to cancel
    return canceled;
}

Outcome<shared::Pipeline> PipelineControl::retry(const MutationContext &context, qint64 pipelineId)
{
    const auto project = m.projects.authorizeWithin(context, m.pipelines.projectOf(pipelineId),
                                                    QStringLiteral("pipeline.retry"), QStringLiteral("Pipeline"));
    if (!project.ok())
        return project.error();
    return apply(
        context, pipelineId, QStringLiteral("pipeline.retried"), QStringLiteral("pipeline"), pipelineId,
        [&](storage::Transaction &tx) -> std::optional<ServiceError> {
            if (m.jobs.hasUnfinished(tx, pipelineId))
                return ServiceError::conflict(QStringLiteral("The pipeline is still running; cancel it or wait"));
            if (!m.jobs.retryEnded(tx, pipelineId))
                return ServiceError::conflict(QStringLiteral("Every job succeeded; there is nothing to retry"));
            return std::nullopt;
        });
}

Outcome<shared::Pipeline> PipelineControl::retryJob(const MutationContext &context, qint64 jobId, qint64 rollbackOf)
{
    const auto project = m.projects.authorizeWithin(context, m.pipelines.projectOfJob(jobId),
                                                    QStringLiteral("job.retry"), QStringLiteral("Job"));
    if (!project.ok())
        return project.error();
    const qint64 pipelineId = m.jobs.pipelineOfJob(jobId).value_or(0);
    return apply(context, pipelineId, QStringLiteral("job.retried"), QStringLiteral("job"), jobId,
                 [&](storage::Transaction &tx) -> std::optional<ServiceError> {
                     if (!m.jobs.retryJob(tx, pipelineId, jobId, {context.actor.userId, rollbackOf}))
                         return ServiceError::conflict(QStringLiteral("Only a finished job can be retried"));
                     return std::nullopt;
                 });
}

Outcome<shared::Pipeline> PipelineControl::play(const MutationContext &context, qint64 jobId)
{
    const auto project = m.projects.authorizeWithin(context, m.pipelines.projectOfJob(jobId),
                                                    QStringLiteral("job.play"), QStringLiteral("Job"));
    if (!project.ok())
        return project.error();
    const qint64 pipelineId = m.jobs.pipelineOfJob(jobId).value_or(0);
    bool refusedByEnvironment = false;
    auto played = apply(context, pipelineId, QStringLiteral("job.played"), QStringLiteral("job"), jobId,
                        [&](storage::Transaction &tx) -> std::optional<ServiceError> {
                            const PlayAdmission admission = admitPlay(tx, context, pipelineId, jobId);
                            refusedByEnvironment = admission.refused.has_value() &&
                                                   admission.refused->kind == ServiceError::Kind::Forbidden;
                            if (admission.refused || admission.settled)
                                return admission.refused;
                            if (!m.jobs.play(tx, jobId, m.clock.nowMs()))
                                return ServiceError::conflict(
                                    QStringLiteral("Only a manual or delayed job waiting to start can be played"));
                            return std::nullopt;
                        });
    if (refusedByEnvironment) { // the refusal is kept though the play changed nothing
        storage::Transaction tx(m.database);
        m.audit.record(tx, context,
                       {QStringLiteral("job.play.refused"),
                        QStringLiteral("job"),
                        QString::number(jobId),
                        {},
                        QJsonObject{{QStringLiteral("pipeline"), pipelineId},
                                    {QStringLiteral("reason"), played.error().message}}});
        tx.commit();
    }
    return played;
}

void PipelineControl::resumeDeployJob(qint64 jobId, qint64 startedBy)
{
    ports::DeploymentGate *gate = m.progress.deploymentGate();
    const qint64 pipelineId = m.jobs.pipelineOfJob(jobId).value_or(0);
    if (!gate || pipelineId == 0)
        return;
    PipelineProgress::Changes changes;
    {
        storage::Transaction tx(m.database);
        const std::optional<DeployJobInPipeline> found = deployJobOf(tx, pipelineId, jobId);
        QString played; // the new status of a played job that waited in manual
        if (found && found->job.status == u"manual") {
            const qint64 now = m.clock.nowMs();
            // It waited in manual because a person played it: their deploy, on purpose.
            const ports::DeployVerdict verdict = gate->admit(tx, {pipelineId, found->pipeline.projectId, startedBy, now,
                                                                  PipelineProgress::deployJobOf(found->job), true});
            if (verdict.kind == ports::DeployVerdict::Kind::Start && m.jobs.play(tx, jobId, now))
                played = QStringLiteral("pending");
            else if (verdict.kind != ports::DeployVerdict::Kind::Start &&
                     verdict.kind != ports::DeployVerdict::Kind::Wait) {
                played = PipelineProgress::statusFor(verdict);
                m.jobs.endUnstarted(tx, jobId, played, verdict.reason, now);
            }
        }
        changes = m.progress.advance(tx, pipelineId, startedBy);
        if (!played.isEmpty())
            changes.jobs.prepend({jobId, played});
        tx.commit();
    }
    m.progress.publish(changes);
}

PipelineControl::PlayAdmission PipelineControl::admitPlay(storage::Transaction &tx, const MutationContext &context,
                                                          qint64 pipelineId, qint64 jobId)
{
    ports::DeploymentGate *gate = m.progress.deploymentGate();
    const std::optional<DeployJobInPipeline> found = gate ? deployJobOf(tx, pipelineId, jobId) : std::nullopt;
    if (!found)
        return {};
    if (found->job.status != u"manual" && found->job.status != u"scheduled")
        return {ServiceError::conflict(QStringLiteral("Only a manual or delayed job waiting to start can be played"))};
    const ports::DeployVerdict verdict =
        gate->admit(tx, {pipelineId, found->pipeline.projectId, context.actor.userId, m.clock.nowMs(),
                         PipelineProgress::deployJobOf(found->job), true});
    switch (verdict.kind) {
    case ports::DeployVerdict::Kind::Start:
        return {};
    case ports::DeployVerdict::Kind::Wait:
        m.jobs.setWaitingFor(tx, jobId, verdict.reason);
        return {std::nullopt, true};
    case ports::DeployVerdict::Kind::Skip:
        m.jobs.endUnstarted(tx, jobId, QStringLiteral("skipped"), verdict.reason, m.clock.nowMs());
        return {std::nullopt, true};
    case ports::DeployVerdict::Kind::Fail:
        break;
    }
    return {ServiceError::forbidden(verdict.reason)};
}

std::optional<PipelineControl::DeployJobInPipeline> PipelineControl::deployJobOf(storage::Transaction &tx,
                                                                                 qint64 pipelineId, qint64 jobId)
{
    const std::optional<LockedPipeline> locked = m.jobs.lockPipeline(tx, pipelineId);
    if (!locked)
        return std::nullopt;
    for (const JobStore::StoredJob &job : m.jobs.jobsOf(tx, pipelineId)) {
        if (job.id == jobId && !job.environment.isEmpty())
            return DeployJobInPipeline{*locked, job};
    }
    return std::nullopt;
}

} // namespace adp::server::pipelines
