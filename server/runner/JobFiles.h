#pragma once

#include "FileStore.h"
#include "ports/ArtifactStore.h"
#include "ports/Housekeeping.h"
#include "storage/Transaction.h"

#include <QStringList>

namespace adp::server::runner {

// Which stored file is which: a job's artifacts (until they expire) and a
// project's caches by key. Naming a new file replaces the old one, which
// the sweep then deletes, so a retried job or a pushed cache never leaves
// two behind.
class JobFiles : public ports::Housekeeping, public ports::ArtifactStore
{
public:
    static constexpr qint64 kDefaultExpiryMs = 30LL * 24 * 3600 * 1000; // GitLab's default, 30 days
    static constexpr qint64 kUnnamedGraceMs = 60LL * 60 * 1000;         // an upload in progress is left alone this long

    using Artifact = ports::StoredArtifact;

    JobFiles(storage::Database &database, FileStore &files, const Clock &clock)
        : m_database(database)
        , m_files(files)
        , m_clock(clock)
    {
    }

    FileStore &store() { return m_files; }

    // Names `file` as the job's artifacts; `expireAtMs` nullopt: kept until deleted.
    void keepArtifact(qint64 jobId, const FileStore::StoredFile &file, const QString &filename,
                      std::optional<qint64> expireAtMs);
    // The job's artifacts unless they expired.
    std::optional<Artifact> artifactOf(qint64 jobId) override;
    QString sha256Of(qint64 fileId) override { return m_files.sha256Of(fileId); }
    bool read(qint64 fileId, const std::function<void(const QByteArray &chunk)> &chunk) override
    {
        return m_files.read(fileId, chunk);
    }
    // The unexpired artifacts of these jobs of one pipeline, in the order named.
    QList<Artifact> artifactsOf(qint64 pipelineId, const QStringList &jobNames);

    void keepCache(qint64 projectId, const QString &key, const FileStore::StoredFile &file);
    std::optional<qint64> cacheOf(qint64 projectId, const QString &key);

    // Expired artifacts and files nothing names any more; answers how many files went.
    int sweep();
    void tidy() override; // sweep(), logged
    // Deletes the job's artifacts (row and file); false when it kept none.
    bool removeArtifacts(storage::Transaction &tx, qint64 jobId) override;
    // Deletes every cache of the project; answers how many.
    int clearCaches(storage::Transaction &tx, qint64 projectId) override;

private:
    storage::Database &m_database;
    FileStore &m_files;
    const Clock &m_clock;
};

} // namespace adp::server::runner
