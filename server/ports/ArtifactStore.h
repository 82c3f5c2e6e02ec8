#pragma once

#include "storage/Executor.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace adp::server::ports {

// A job's kept artifacts as stored.
struct StoredArtifact
{
    qint64 jobId = 0;
    QString jobName;
    qint64 fileId = 0;
    QString filename;
    qint64 size = 0;
};

// The files jobs keep, for the features that hand them to people (downloads, deletion, clearing
// caches); implemented by runner/ (JobFiles), which stores them.
class ArtifactStore
{
public:
    virtual ~ArtifactStore() = default;
    // The job's artifacts unless they expired.
    virtual std::optional<StoredArtifact> artifactOf(qint64 jobId) = 0;
    virtual QString sha256Of(qint64 fileId) = 0;
    // Hands the file's bytes to `chunk` a piece at a time; false when it cannot be read.
    virtual bool read(qint64 fileId, const std::function<void(const QByteArray &chunk)> &chunk) = 0;
    // Deletes the job's artifacts (row and file); false when it kept none.
    virtual bool removeArtifacts(storage::Transaction &tx, qint64 jobId) = 0;
    // Deletes every cache of the project; answers how many.
    virtual int clearCaches(storage::Transaction &tx, qint64 projectId) = 0;
};

} // namespace adp::server::ports
