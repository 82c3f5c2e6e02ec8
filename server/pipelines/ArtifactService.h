#pragma once

#include "PipelineRepository.h"
#include "access/ProjectGuard.h"
#include "audit/AuditRecorder.h"
#include "ports/ArtifactStore.h"

namespace adp::server::pipelines {

// What people do with the files jobs keep: download a job's artifacts
// (reporters and up), delete them, or clear a project's caches
// (maintainers, each with an audit event). A job of a project the caller
// cannot see is not found.
class ArtifactService
{
public:
    struct Dependencies
    {
        const access::ProjectGuard &projects;
        PipelineRepository &pipelines;
        ports::ArtifactStore &files;
        storage::Database &database;
        const audit::AuditRecorder &audit;
    };
    explicit ArtifactService(Dependencies dependencies)
        : m(dependencies)
    {
    }

    struct Download
    {
        QString filename;
        qint64 size = 0;
        QString sha256;
        qint64 fileId = 0;
    };
    // What to send; the bytes come from read(), a chunk at a time.
    Outcome<Download> artifacts(const MutationContext &context, qint64 jobId);
    bool read(const Download &download, const std::function<void(const QByteArray &)> &chunk);
    Outcome<Unit> deleteArtifacts(const MutationContext &context, qint64 jobId);
    // Answers how many caches went.
    Outcome<int> clearCaches(const MutationContext &context, const QString &projectKey);

private:
    Outcome<qint64> authorizeJob(const MutationContext &context, qint64 jobId, const QString &action);

    Dependencies m;
};

} // namespace adp::server::pipelines
