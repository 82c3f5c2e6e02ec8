#include "JobFiles.h"

#include <spdlog/spdlog.h>

namespace adp::server::runner {

namespace {
const QString kArtifactColumns =
    QStringLiteral("SELECT a.job_id, j.name, a.file_id, a.filename, f.size FROM job_artifacts a "
                   "JOIN jobs j ON j.id = a.job_id JOIN stored_files f ON f.id = a.file_id ");

JobFiles::Artifact artifactFrom(const storage::ResultSet &rows, int row)
{
    return {rows.value(row, 0).toLongLong(), rows.value(row, 1).toString(), rows.value(row, 2).toLongLong(),
            rows.value(row, 3).toString(), rows.value(row, 4).toLongLong()};
}
} // namespace

void JobFiles::keepArtifact(qint64 jobId, const FileStore::StoredFile &file, const QString &filename,
                            std::optional<qint64> expireAtMs)
{
    storage::Transaction tx(m_database);
    const auto earlier = tx.exec(QStringLiteral("SELECT file_id FROM job_artifacts WHERE job_id = ?"), {jobId});
    tx.exec(QStringLiteral("INSERT INTO job_artifacts (job_id, file_id, filename, expire_at) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (job_id) DO UPDATE SET file_id = excluded.file_id, "
                           "filename = excluded.filename, expire_at = excluded.expire_at"),
            {jobId, file.id, filename, expireAtMs ? QVariant(*expireAtMs) : QVariant()});
    if (!earlier.isEmpty())
        FileStore::remove(tx, earlier.value(0, 0).toLongLong());
    tx.commit();
}

bool JobFiles::removeArtifacts(storage::Transaction &tx, qint64 jobId)
{
    const auto deleted =
        tx.exec(QStringLiteral("DELETE FROM job_artifacts WHERE job_id = ? RETURNING file_id"), {jobId});
    for (int row = 0; row < deleted.size(); ++row)
        FileStore::remove(tx, deleted.value(row, 0).toLongLong());
    return !deleted.isEmpty();
}

int JobFiles::clearCaches(storage::Transaction &tx, qint64 projectId)
{
    const auto deleted =
        tx.exec(QStringLiteral("DELETE FROM project_caches WHERE project_id = ? RETURNING file_id"), {projectId});
    for (int row = 0; row < deleted.size(); ++row)
        FileStore::remove(tx, deleted.value(row, 0).toLongLong());
    return deleted.size();
}

std::optional<JobFiles::Artifact> JobFiles::artifactOf(qint64 jobId)
{
    const auto rows = m_database.query(
        kArtifactColumns + QStringLiteral("WHERE a.job_id = ? AND (a.expire_at IS NULL OR a.expire_at > ?)"),
        {jobId, m_clock.nowMs()});
    if (rows.isEmpty())
        return std::nullopt;
    return artifactFrom(rows, 0);
}

QList<JobFiles::Artifact> JobFiles::artifactsOf(qint64 pipelineId, const QStringList &jobNames)
{
    const auto rows = m_database.query(
        kArtifactColumns + QStringLiteral("WHERE j.pipeline_id = ? AND (a.expire_at IS NULL OR a.expire_at > ?)"),
        {pipelineId, m_clock.nowMs()});
    QList<Artifact> found;
    for (const QString &name : jobNames) {
        for (int row = 0; row < rows.size(); ++row) {
            if (rows.value(row, 1).toString() == name)
                found.append(artifactFrom(rows, row));
        }
    }
    return found;
}

void JobFiles::keepCache(qint64 projectId, const QString &key, const FileStore::StoredFile &file)
{
    storage::Transaction tx(m_database);
    const auto earlier = tx.exec(
        QStringLiteral("SELECT file_id FROM project_caches WHERE project_id = ? AND cache_key = ?"), {projectId, key});
    tx.exec(
        QStringLiteral("INSERT INTO project_caches (project_id, cache_key, file_id, updated_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (project_id, cache_key) DO UPDATE SET file_id = excluded.file_id, "
                       "updated_at = excluded.updated_at"),
        {projectId, key, file.id, m_clock.nowMs()});
    if (!earlier.isEmpty())
        FileStore::remove(tx, earlier.value(0, 0).toLongLong());
    tx.commit();
}

std::optional<qint64> JobFiles::cacheOf(qint64 projectId, const QString &key)
{
    const auto rows = m_database.query(
        QStringLiteral("SELECT file_id FROM project_caches WHERE project_id = ? AND cache_key = ?"), {projectId, key});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.value(0, 0).toLongLong();
}

void JobFiles::tidy()
{
    if (const int deleted = sweep())
        spdlog::info("deleted {} expired or unused stored files", deleted);
}

int JobFiles::sweep()
{
    storage::Transaction tx(m_database);
    const auto expired = tx.exec(
        QStringLiteral("DELETE FROM job_artifacts WHERE expire_at IS NOT NULL AND expire_at <= ? RETURNING file_id"),
        {m_clock.nowMs()});
    for (int row = 0; row < expired.size(); ++row)
        FileStore::remove(tx, expired.value(row, 0).toLongLong());
    tx.commit();
    return expired.size() + m_files.sweepUnnamed(kUnnamedGraceMs);
}

} // namespace adp::server::runner
