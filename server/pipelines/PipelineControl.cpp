#include "PipelineControl.h"

#include "storage/Transaction.h"

namespace adp::server::pipelines {

namespace {
const QString kUnfinished = QStringLiteral("('created', 'pending', 'running', 'manual', 'scheduled')");
} // namespace

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
        changes = m.progress.advance(tx, pipelineId);
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
    auto canceled = apply(
        context, pipelineId, QStringLiteral("pipeline.canceled"), QStringLiteral("pipeline"), pipelineId,
        [&](storage::Transaction &tx) -> std::optional<ServiceError> {
            const auto canceled =
                tx.exec(QStringLiteral("UPDATE jobs SET status = 'canceled', finished_at = ?, lease_until = NULL "
                                       "WHERE pipeline_id = ? AND status IN ") +
                            kUnfinished + QStringLiteral(" RETURNING id"),
                        {m.clock.nowMs(), pipelineId});
            if (canceled.isEmpty())
                return ServiceError::conflict(QStringLiteral("The pipeline has finished; there is nothing to cancel"));
            return std::nullopt;
        });
    if (!canceled.ok())
        return canceled;
    // Its child pipelines go too, each in its own transaction after the parent's (never holding both locks).
    const auto children =
        m.database.query(QStringLiteral("SELECT c.id FROM jobs j JOIN pipelines c ON c.id = j.downstream_pipeline_id "
                                        "WHERE j.pipeline_id = ? AND c.status IN ") +
                             kUnfinished,
                         {pipelineId});
    for (int row = 0; row < children.size(); ++row)
        cancelWithChildren(context,
                           children.value(row, 0).toLongLong()); // one that ended meanwhile has nothing to cancel
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
            if (!tx.exec(QStringLiteral("SELECT 1 FROM jobs WHERE pipeline_id = ? AND status IN ") + kUnfinished,
                         {pipelineId})
                     .isEmpty())
                return ServiceError::conflict(QStringLiteral("The pipeline is still running; cancel it or wait"));
            const auto again = tx.exec(
                QStringLiteral("UPDATE jobs SET status = 'created', attempt = attempt + 1, started_at = NULL, "
                               "finished_at = NULL, exit_code = NULL, failure_reason = '', worker = '' "
                               "WHERE pipeline_id = ? AND status IN ('failed', 'canceled', 'skipped') RETURNING id"),
                {pipelineId});
            if (again.isEmpty())
                return ServiceError::conflict(QStringLiteral("Every job succeeded; there is nothing to retry"));
            for (int row = 0; row < again.size(); ++row)
                tx.exec(QStringLiteral("DELETE FROM job_logs WHERE job_id = ?"), {again.value(row, 0)});
            tx.exec(QStringLiteral("UPDATE pipelines SET finished_at = NULL WHERE id = ?"), {pipelineId});
            return std::nullopt;
        });
}

Outcome<shared::Pipeline> PipelineControl::retryJob(const MutationContext &context, qint64 jobId)
{
    const auto project = m.projects.authorizeWithin(context, m.pipelines.projectOfJob(jobId),
                                                    QStringLiteral("job.retry"), QStringLiteral("Job"));
    if (!project.ok())
        return project.error();
    const auto rows = m.database.query(QStringLiteral("SELECT pipeline_id FROM jobs WHERE id = ?"), {jobId});
    const qint64 pipelineId = rows.value(0, 0).toLongLong();
    return apply(
        context, pipelineId, QStringLiteral("job.retried"), QStringLiteral("job"), jobId,
        [&](storage::Transaction &tx) -> std::optional<ServiceError> {
            const auto again =
                tx.exec(QStringLiteral("UPDATE jobs SET status = 'created', attempt = attempt + 1, started_at = NULL, "
                                       "finished_at = NULL, exit_code = NULL, failure_reason = '', worker = '' "
                                       "WHERE id = ? AND status IN ('success', 'failed', 'canceled') RETURNING id"),
                        {jobId});
            if (again.isEmpty())
                return ServiceError::conflict(QStringLiteral("Only a finished job can be retried"));
            tx.exec(QStringLiteral("DELETE FROM job_logs WHERE job_id = ?"), {jobId});
            // What was skipped because this job failed gets its chance again.
            tx.exec(
                QStringLiteral(
                    "UPDATE jobs SET status = 'created', finished_at = NULL WHERE pipeline_id = ? AND status = 'skipped'"),
                {pipelineId});
            tx.exec(QStringLiteral("UPDATE pipelines SET finished_at = NULL WHERE id = ?"), {pipelineId});
            return std::nullopt;
        });
}

Outcome<shared::Pipeline> PipelineControl::play(const MutationContext &context, qint64 jobId)
{
    const auto project = m.projects.authorizeWithin(context, m.pipelines.projectOfJob(jobId),
                                                    QStringLiteral("job.play"), QStringLiteral("Job"));
    if (!project.ok())
        return project.error();
    const auto rows = m.database.query(QStringLiteral("SELECT pipeline_id FROM jobs WHERE id = ?"), {jobId});
    const qint64 pipelineId = rows.value(0, 0).toLongLong();
    return apply(context, pipelineId, QStringLiteral("job.played"), QStringLiteral("job"), jobId,
                 [&](storage::Transaction &tx) -> std::optional<ServiceError> {
                     const auto played =
                         tx.exec(QStringLiteral("UPDATE jobs SET status = 'pending', queued_at = ? "
                                                "WHERE id = ? AND status IN ('manual', 'scheduled') RETURNING id"),
                                 {m.clock.nowMs(), jobId});
                     if (played.isEmpty())
                         return ServiceError::conflict(
                             QStringLiteral("Only a manual or delayed job waiting to start can be played"));
                     return std::nullopt;
                 });
}

} // namespace adp::server::pipelines
