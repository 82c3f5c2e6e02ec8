#include "PipelineService.h"

#include "ProtectedRefRepository.h"
#include "shared/pipeline/DefinitionParser.h"
#include "shared/pipeline/YamlLoader.h"
#include "storage/Transaction.h"

#include <QJsonArray>

namespace adp::server::pipelines {

namespace {

// Each problem of the definition as a field error of "definition", placed in its file.
ServiceError definitionError(const pipeline::DefinitionErrors &errors, const QString &definitionPath)
{
    shared::FieldErrors fields;
    for (pipeline::DefinitionError error : errors) {
        if (error.file.isEmpty())
            error.file = definitionPath;
        fields.append(
            {QStringLiteral("definition"), QString::fromLatin1(shared::fieldcodes::InvalidValue), error.toString()});
    }
    return ServiceError::validation(fields);
}

} // namespace

Outcome<shared::Pipeline> PipelineService::run(const MutationContext &context, const QString &projectKey,
                                               const shared::PipelineRunRequest &request, const QString &source,
                                               const shared::FieldErrors &invalid)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("pipeline.create"));
    if (!found.ok())
        return found.error();
    if (!invalid.isEmpty())
        return ServiceError::validation(invalid);
    const shared::Project &project = found.value().project;
    const auto commit = m.mirror.resolve(project.id, project.repositoryUrl, request.ref);
    if (!commit.ok())
        return commit.error();
    const auto prepared = prepare(project, commit.value(), {source, request.variables, {}});
    if (!prepared.ok())
        return prepared.error();
    shared::Pipeline created;
    {
        storage::Transaction tx(m.database);
        created = store(tx, context, prepared.value());
        tx.commit();
    }
    announce(created, project.id);
    return created;
}

Outcome<PipelineService::Prepared> PipelineService::prepare(const shared::Project &project,
                                                            const git::RepositoryMirror::Commit &commit,
                                                            const Trigger &trigger)
{
    const auto text = m.mirror.readFile(project.id, commit.sha, project.ciConfigPath, pipeline::YamlLoader::kMaxBytes);
    const auto size = text ? std::optional<qint64>() : m.mirror.sizeOf(project.id, commit.sha, project.ciConfigPath);
    if (size && *size > pipeline::YamlLoader::kMaxBytes)
        return ServiceError::invalidField(
            QStringLiteral("ref"), shared::fieldcodes::InvalidValue,
            QStringLiteral("%1 at %2 is %3 bytes; a pipeline definition may be at most %4 bytes")
                .arg(project.ciConfigPath, commit.sha.left(8))
                .arg(*size)
                .arg(pipeline::YamlLoader::kMaxBytes));
    if (!text)
        return ServiceError::invalidField(
            QStringLiteral("ref"), shared::fieldcodes::InvalidValue,
            QStringLiteral("has no %1 at %2").arg(project.ciConfigPath, commit.sha.left(8)));
    return plan(project, commit, trigger, *text, project.ciConfigPath);
}

Outcome<PipelineService::Prepared> PipelineService::prepareChild(const shared::Project &project,
                                                                 const git::RepositoryMirror::Commit &commit,
                                                                 const QStringList &includes, const Trigger &trigger)
{
    // The child's definition is exactly its includes, read as `include: local` from the same commit.
    QString definition = QStringLiteral("include:\n");
    for (QString file : includes)
        definition += QStringLiteral("  - local: '%1'\n").arg(file.replace(u'\'', QStringLiteral("''")));
    return plan(project, commit, trigger, definition.toUtf8(), includes.join(QStringLiteral(", ")));
}

Outcome<PipelineService::Prepared> PipelineService::plan(const shared::Project &project,
                                                         const git::RepositoryMirror::Commit &commit,
                                                         const Trigger &trigger, const QByteArray &definition,
                                                         const QString &definitionPath)
{
    const QString sha = commit.sha;
    const auto reader = [this, &project, &sha](const QString &path) {
        return m.mirror.readFile(project.id, sha, path, pipeline::YamlLoader::kMaxBytes);
    };
    const auto parsed = pipeline::DefinitionParser::parse(definition, reader);
    if (!parsed.ok())
        return definitionError(parsed.errors, definitionPath);
    // Refused before the graph and the plan: their cost grows with the number of jobs.
    if (parsed.definition->jobs.size() > m.maxJobs)
        return ServiceError::invalidField(
            QStringLiteral("ref"), shared::fieldcodes::InvalidValue,
            QStringLiteral("%1 defines %2 jobs; a pipeline may have at most %3 (max_pipeline_jobs)")
                .arg(definitionPath)
                .arg(parsed.definition->jobs.size())
                .arg(m.maxJobs));
    pipeline::DefinitionErrors graphErrors;
    const pipeline::JobGraph graph = pipeline::JobGraph::build(*parsed.definition, graphErrors);
    if (!graphErrors.isEmpty())
        return definitionError(graphErrors, definitionPath);

    // Whether the ref is protected is decided now and kept with the pipeline, as GitLab does.
    Trigger decided = trigger;
    decided.predefined.removeIf([](const auto &variable) { return variable.first == ci::kRefProtected; });
    decided.predefined.append(
        {ci::kRefProtected,
         ProtectedRefRepository::isProtected(storage::executorOf(m.database), project.id, commit.ref, commit.isTag)
             ? QStringLiteral("true")
             : QStringLiteral("false")});
    // So is whether a deploy freeze holds (GitLab's CI_DEPLOY_FREEZE, set only then).
    decided.predefined.removeIf([](const auto &variable) { return variable.first == ci::kDeployFreeze; });
    if (ports::DeploymentGate *gate = m.progress.deploymentGate();
        gate && gate->inDeployFreeze(storage::executorOf(m.database), project.id, m.clock.nowMs()))
        decided.predefined.append({ci::kDeployFreeze, QStringLiteral("true")});
    pipeline::PlanContext planContext;
    planContext.source = trigger.source;
    planContext.ref = commit.ref;
    planContext.isTag = commit.isTag;
    const ci::PipelineFacts facts{0,
                                  project.id,
                                  project.slug,
                                  project.organisation,
                                  project.defaultBranch,
                                  commit.ref,
                                  commit.isTag,
                                  commit.sha,
                                  commit.message,
                                  trigger.source,
                                  m.serverUrl ? m.serverUrl() : QString(),
                                  decided.predefined};
    for (const auto &[key, value] : ci::predefinedVariables(facts))
        planContext.variables.insert(key, value);
    for (const auto &[key, value] : trigger.variables)
        planContext.variables.insert(key, value);
    planContext.exists = [this, &project, &sha](const QString &glob) { return m.mirror.exists(project.id, sha, glob); };
    planContext.changedSince = [this, &project, &sha](const QString &base) {
        return m.mirror.changedFiles(project.id, base, sha);
    };
    if (!trigger.changesSince.isEmpty())
        planContext.changedFiles = planContext.changedSince(trigger.changesSince);
    const pipeline::PipelinePlan made = pipeline::PipelinePlan::make(*parsed.definition, graph, planContext);
    if (!made.errors.isEmpty())
        return definitionError(made.errors, definitionPath);
    if (!made.created)
        return ServiceError::invalidField(QStringLiteral("ref"), shared::fieldcodes::InvalidValue,
                                          QStringLiteral("makes no pipeline: %1").arg(made.skippedBecause));
    return Prepared{project, commit, decided, made.jobs};
}

shared::Pipeline PipelineService::store(storage::Transaction &tx, const MutationContext &context,
                                        const Prepared &prepared)
{
    const JobStore::NewPipeline row{prepared.project.id,
                                    prepared.project.slug,
                                    prepared.trigger.source,
                                    prepared.commit.ref,
                                    prepared.commit.isTag,
                                    prepared.commit.sha,
                                    prepared.commit.message,
                                    ci::sealVariables(m.secrets, prepared.trigger.variables),
                                    ci::variablesToJson(prepared.trigger.predefined),
                                    context.actor.userId,
                                    m.clock.nowMs(),
                                    prepared.parentPipelineId,
                                    prepared.parentJobId};
    QHash<QString, qint64> jobIds;
    const qint64 id = m.jobs.insertPipeline(tx, row, prepared.jobs, &jobIds);
    if (ports::DeploymentGate *gate = m.progress.deploymentGate()) {
        ports::PipelineWithDeployJobs deploying{
            id, row.projectId, row.ref, row.isTag, row.sha, row.triggeredBy, row.nowMs, {}, jobIds};
        for (const pipeline::PlannedJob &job : prepared.jobs) {
            const QJsonObject environment = job.spec.value(QStringLiteral("environment")).toObject();
            if (!environment.isEmpty())
                deploying.jobs.append({jobIds.value(job.name), job.name, 1, environment});
        }
        if (!deploying.jobs.isEmpty())
            gate->pipelineStored(tx, deploying);
    }
    m.progress.advance(tx, id); // the first statuses arrive with pipeline.created
    QJsonObject after{{QStringLiteral("ref"), row.ref},
                      {QStringLiteral("sha"), row.sha},
                      {QStringLiteral("source"), row.source},
                      {QStringLiteral("jobs"), int(prepared.jobs.size())}};
    QJsonArray variableNames; // names only: values may be secrets
    for (const auto &[key, value] : prepared.trigger.variables)
        variableNames.append(key);
    if (!variableNames.isEmpty())
        after.insert(QStringLiteral("variables"), variableNames);
    m.audit.record(tx, context,
                   {QStringLiteral("pipeline.created"), QStringLiteral("pipeline"), QString::number(id), {}, after});
    return *m.pipelines.find(storage::executorOf(tx), id, true);
}

void PipelineService::announce(const shared::Pipeline &pipeline, qint64 projectId)
{
    QJsonObject event = pipeline.toJson();
    event.insert(QStringLiteral("project_id"), projectId);
    QList<qint64> pending; // first: a waiting worker starts at once
    for (const shared::PipelineJob &job : pipeline.jobs) {
        if (job.status == u"pending")
            pending.append(job.id);
    }
    m.progress.announcePending(pending);
    // Through the progress's remembered audience, which the worker's first claim then finds there.
    m.events.publish(QString::fromLatin1(kTopic), QStringLiteral("pipeline.created"), event,
                     m.progress.audienceOf(projectId));
}

Outcome<PipelineService::Page> PipelineService::list(const MutationContext &context, const QString &projectKey,
                                                     PipelineRepository::Query query)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("pipeline.list"));
    if (!found.ok())
        return found.error();
    const int limit = query.limit;
    query.limit = limit + 1;
    Page page;
    page.items = m.pipelines.list(found.value().project.id, query);
    if (page.items.size() > limit) {
        page.items.resize(limit);
        page.nextCursor = QString::number(page.items.constLast().id);
    }
    return page;
}

Outcome<PipelineService::JobLog> PipelineService::jobLog(const MutationContext &context, qint64 jobId, qint64 from,
                                                         qint64 maxBytes)
{
    const auto projectId = m.projects.authorizeWithin(context, m.pipelines.projectOfJob(jobId),
                                                      QStringLiteral("job.log.read"), QStringLiteral("Job"));
    if (!projectId.ok())
        return projectId.error();
    return JobLog{m.pipelines.log(jobId, from, maxBytes), m.pipelines.statusOfJob(jobId), projectId.value()};
}

Outcome<shared::Pipeline> PipelineService::get(const MutationContext &context, qint64 id)
{
    const auto projectId = m.projects.authorizeWithin(context, m.pipelines.projectOf(id),
                                                      QStringLiteral("pipeline.read"), QStringLiteral("Pipeline"));
    if (!projectId.ok())
        return projectId.error();
    return *m.pipelines.find(storage::executorOf(m.database), id, true);
}

} // namespace adp::server::pipelines
