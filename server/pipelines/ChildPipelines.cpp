#include "ChildPipelines.h"

#include "storage/Transaction.h"

#include <QJsonArray>

namespace adp::server::pipelines {

int ChildPipelines::depthOf(qint64 pipelineId)
{
    int depth = 0;
    for (qint64 id = pipelineId; depth <= kMaxDepth; ++depth) {
        const std::optional<qint64> parent = m.jobs.parentOf(id);
        if (!parent)
            break;
        id = *parent;
    }
    return depth;
}

ChildPipelines::Result ChildPipelines::start(const ports::ClaimedJob &job, const ci::VariableList &pipelineVariables,
                                             const QString &worker, const LogSink &log)
{
    const QJsonObject trigger = job.spec.value(QStringLiteral("trigger")).toObject();
    QStringList includes;
    for (const QJsonValue &file : trigger.value(QStringLiteral("include")).toArray())
        includes.append(file.toString());
    const bool depend = trigger.value(QStringLiteral("strategy")).toString() == u"depend";
    log(QStringLiteral("Triggering a child pipeline from %1%2\n")
            .arg(includes.join(QStringLiteral(", ")), depend ? QStringLiteral(" (strategy: depend)") : QString()));
    if (depthOf(job.pipeline.pipelineId) >= kMaxDepth) {
        log(QStringLiteral("ERROR: child pipelines nest at most %1 levels deep\n").arg(kMaxDepth));
        return {QStringLiteral("failed"), QStringLiteral("downstream_pipeline_creation_failed")};
    }
    // Made as whoever triggered the parent; the server itself checks nothing more (the parent was allowed).
    MutationContext context = MutationContext::system(QStringLiteral("pipeline %1").arg(job.pipeline.pipelineId), {});
    context.actor.userId = m.jobs.triggeredBy(job.pipeline.pipelineId);
    const auto project = m.projects.read(context, QString::number(job.pipeline.projectId));
    if (!project.ok())
        return {QStringLiteral("failed"), QStringLiteral("downstream_pipeline_creation_failed")};
    const auto commit = m.mirror.commitAt(project.value().id, project.value().repositoryUrl, job.pipeline.sha,
                                          job.pipeline.ref, job.pipeline.isTag);
    if (!commit.ok()) {
        log(QStringLiteral("ERROR: %1\n").arg(commit.error().message));
        return {QStringLiteral("failed"), QStringLiteral("downstream_pipeline_creation_failed")};
    }
    // As `forward` says: the trigger job's variables (its own and the global ones), then the parent's own.
    ci::VariableList variables;
    if (trigger.value(QStringLiteral("forward_yaml_variables")).toBool(true)) {
        for (const QJsonValue &variable : job.spec.value(QStringLiteral("variables")).toArray())
            variables.append({variable.toObject().value(QStringLiteral("key")).toString(),
                              variable.toObject().value(QStringLiteral("value")).toString()});
    }
    if (trigger.value(QStringLiteral("forward_pipeline_variables")).toBool(false))
        variables += pipelineVariables;
    auto prepared = m.pipelines.prepareChild(project.value(), commit.value(), includes,
                                             {QStringLiteral("parent_pipeline"), variables, {}});
    if (!prepared.ok()) {
        log(QStringLiteral("ERROR: the child pipeline cannot be made:\n") +
            prepared.error().reason(QStringLiteral("\n")) + u'\n');
        return {QStringLiteral("failed"), QStringLiteral("downstream_pipeline_creation_failed")};
    }
    PipelineService::Prepared child = prepared.value();
    child.parentPipelineId = job.pipeline.pipelineId;
    child.parentJobId = job.id;
    std::optional<shared::Pipeline> created;
    PipelineProgress::Changes parentChanges;
    {
        storage::Transaction tx(m.database);
        created = m.pipelines.store(tx, context, child);
        // Still this worker's (not canceled meanwhile)? Then it waits for the child, or is done.
        if (!m.jobs.linkChild(tx, job.id, worker, created->id, depend, m.clock.nowMs())) {
            log(QStringLiteral("The job was canceled; no child pipeline is made\n"));
            return {QStringLiteral("canceled"), QStringLiteral("canceled")};
        }
        if (!depend) {
            parentChanges = m.progress.advance(tx, job.pipeline.pipelineId);
            parentChanges.jobs.prepend({job.id, QStringLiteral("success")});
        }
        tx.commit();
    }
    m.pipelines.announce(*created, job.pipeline.projectId);
    m.progress.publish(parentChanges);
    log(QStringLiteral("Created child pipeline %1 (%2 jobs)%3\n")
            .arg(created->id)
            .arg(created->jobs.size())
            .arg(depend ? QStringLiteral("; this job ends as it ends") : QString()));
    return {QStringLiteral("downstream"), {}};
}

} // namespace adp::server::pipelines
