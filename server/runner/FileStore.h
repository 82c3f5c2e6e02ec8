#pragma once

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QString>
#include <functional>
#include <optional>

namespace adp::server::runner {

// Files kept in the database in chunks (artifacts, caches), so every
// replica and worker sees the same bytes with no shared disk. A file is
// copied in chunk by chunk and named by its owner only when complete; memory
// stays at one chunk however large the file.
class FileStore
{
public:
    static constexpr qint64 kChunkBytes = 1024 * 1024;

    struct StoredFile
    {
        qint64 id = 0;
        qint64 size = 0;
        QString sha256;
    };

    FileStore(storage::Database &database, const Clock &clock)
        : m_database(database)
        , m_clock(clock)
    {
    }

    // Copies a local file in; nullopt when it cannot be read (nothing is left behind).
    std::optional<StoredFile> put(const QString &path);
    // Copies a stored file out to `path`; false when it is gone or cannot be written.
    bool get(qint64 fileId, const QString &path);
    // Hands the file's chunks over in order; false when it is gone.
    bool read(qint64 fileId, const std::function<void(const QByteArray &chunk)> &chunk);
    // Its SHA-256 (hex), empty when it is gone.
    QString sha256Of(qint64 fileId);
    // Deletes files that nothing names and that are older than `graceMs` (a writer may still be at work).
    int sweepUnnamed(qint64 graceMs);
    // Deletes a file that its owner row no longer names, inside the owner's transaction.
    static void remove(storage::Transaction &tx, qint64 fileId);

private:
    storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace adp::server::runner
