#include "FileStore.h"

#include <QCryptographicHash>
#include <QFile>

namespace adp::server::runner {

std::optional<FileStore::StoredFile> FileStore::put(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    StoredFile stored;
    stored.id =
        m_database
            .query(QStringLiteral("INSERT INTO stored_files (created_at) VALUES (?) RETURNING id"), {m_clock.nowMs()})
            .value(0, 0)
            .toLongLong();
    QCryptographicHash sha(QCryptographicHash::Sha256);
    try {
        for (int seq = 0; !file.atEnd(); ++seq) {
            const QByteArray chunk = file.read(kChunkBytes);
            if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
                throw std::runtime_error("read failed");
            sha.addData(chunk);
            stored.size += chunk.size();
            // Each chunk on its own: a long upload holds no transaction (SQLite has one writer).
            m_database.query(QStringLiteral("INSERT INTO stored_file_chunks (file_id, seq, data) VALUES (?, ?, ?)"),
                             {stored.id, seq, chunk});
        }
    } catch (const std::exception &) {
        m_database.query(QStringLiteral("DELETE FROM stored_files WHERE id = ?"), {stored.id});
        return std::nullopt;
    }
    stored.sha256 = QString::fromLatin1(sha.result().toHex());
    m_database.query(QStringLiteral("UPDATE stored_files SET size = ?, sha256 = ? WHERE id = ?"),
                     {stored.size, stored.sha256, stored.id});
    return stored;
}

bool FileStore::read(qint64 fileId, const std::function<void(const QByteArray &)> &chunk)
{
    const auto chunks =
        m_database.query(QStringLiteral("SELECT COUNT(*) FROM stored_file_chunks WHERE file_id = ?"), {fileId});
    const int count = chunks.value(0, 0).toInt();
    if (count == 0 && m_database.query(QStringLiteral("SELECT id FROM stored_files WHERE id = ?"), {fileId}).isEmpty())
        return false;
    // One chunk per query: memory stays at a chunk.
    for (int seq = 0; seq < count; ++seq) {
        const auto row = m_database.query(
            QStringLiteral("SELECT data FROM stored_file_chunks WHERE file_id = ? AND seq = ?"), {fileId, seq});
        if (row.isEmpty())
            return false; // deleted while being read (expired)
        chunk(row.value(0, 0).toByteArray());
    }
    return true;
}

bool FileStore::get(qint64 fileId, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    bool written = true;
    const bool found =
        read(fileId, [&](const QByteArray &chunk) { written = written && file.write(chunk) == chunk.size(); });
    file.close();
    if (!found || !written) {
        QFile::remove(path);
        return false;
    }
    return true;
}

int FileStore::sweepUnnamed(qint64 graceMs)
{
    return int(
        m_database
            .query(QStringLiteral("DELETE FROM stored_files WHERE created_at < ? "
                                  "AND NOT EXISTS (SELECT 1 FROM job_artifacts a WHERE a.file_id = stored_files.id) "
                                  "AND NOT EXISTS (SELECT 1 FROM project_caches c WHERE c.file_id = stored_files.id) "
                                  "AND NOT EXISTS (SELECT 1 FROM job_pod_files p WHERE p.workspace_file_id = "
                                  "stored_files.id OR p.result_file_id = stored_files.id)"),
                   {m_clock.nowMs() - graceMs})
            .rowsAffected());
}

QString FileStore::sha256Of(qint64 fileId)
{
    return m_database.query(QStringLiteral("SELECT sha256 FROM stored_files WHERE id = ?"), {fileId})
        .value(0, 0)
        .toString();
}

void FileStore::remove(storage::Transaction &tx, qint64 fileId)
{
    tx.exec(QStringLiteral("DELETE FROM stored_files WHERE id = ?"), {fileId});
}

} // namespace adp::server::runner
