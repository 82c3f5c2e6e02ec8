#include "ArtifactService.h"

#include "storage/Transaction.h"

namespace adp::server::pipelines {

Outcome<qint64> ArtifactService::authorizeJob(const MutationContext &context, qint64 jobId, const QString &action)
{
    return m.projects.authorizeWithin(context, m.pipelines.projectOfJob(jobId), action, QStringLiteral("Job"));
}

Outcome<ArtifactService::Download> ArtifactService::artifacts(const MutationContext &context, qint64 jobId)
{
    const auto projectId = authorizeJob(context, jobId, QStringLiteral("job.artifacts.read"));
    if (!projectId.ok())
        return projectId.error();
    const auto artifact = m.files.artifactOf(jobId);
    if (!artifact)
        return ServiceError::notFound(QStringLiteral("Artifacts")); // none kept, expired or deleted
    return Download{artifact->filename, artifact->size, m.files.sha256Of(artifact->fileId), artifact->fileId};
}

bool ArtifactService::read(const Download &download, const std::function<void(const QByteArray &)> &chunk)
{
    return m.files.read(download.fileId, chunk);
}

Outcome<Unit> ArtifactService::deleteArtifacts(const MutationContext &context, qint64 jobId)
{
    const auto projectId = authorizeJob(context, jobId, QStringLiteral("job.artifacts.delete"));
    if (!projectId.ok())
        return projectId.error();
    storage::Transaction tx(m.database);
    if (!m.files.removeArtifacts(tx, jobId))
        return ServiceError::notFound(QStringLiteral("Artifacts"));
    m.audit.record(tx, context,
                   {QStringLiteral("job.artifacts_deleted"),
                    QStringLiteral("job"),
                    QString::number(jobId),
                    QJsonObject{{QStringLiteral("project_id"), projectId.value()}},
                    {}});
    tx.commit();
    return Unit{};
}

Outcome<int> ArtifactService::clearCaches(const MutationContext &context, const QString &projectKey)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("project.cache.clear"));
    if (!found.ok())
        return found.error();
    const qint64 projectId = found.value().project.id;
    storage::Transaction tx(m.database);
    const int cleared = m.files.clearCaches(tx, projectId);
    m.audit.record(tx, context,
                   {QStringLiteral("project.caches_cleared"),
                    QStringLiteral("project"),
                    QString::number(projectId),
                    {},
                    QJsonObject{{QStringLiteral("caches"), cleared}}});
    tx.commit();
    return cleared;
}

} // namespace adp::server::pipelines
