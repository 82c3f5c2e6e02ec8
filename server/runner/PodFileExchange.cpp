#include "PodFileExchange.h"

#include "crypto/PasswordHasher.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>
#include <openssl/crypto.h>
#include <spdlog/spdlog.h>

namespace adp::server::runner {

namespace {

void removeFiles(storage::Transaction &tx, const storage::ResultSet &rows)
{
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows.columns().size(); ++column) {
            if (!rows.value(row, column).isNull())
                FileStore::remove(tx, rows.value(row, column).toLongLong());
        }
    }
}

} // namespace

std::optional<QString> PodFileExchange::open(qint64 jobId, int attempt, const QString &workspaceArchive,
                                             qint64 lifetimeMs)
{
    const auto stored = m_files.put(workspaceArchive);
    if (!stored)
        return std::nullopt;
    const QString token = crypto::Secrets::randomToken();
    storage::Transaction tx(m_database);
    removeFiles(tx, tx.exec(QStringLiteral("DELETE FROM job_pod_files WHERE job_id = ? "
                                           "RETURNING workspace_file_id, result_file_id"),
                            {jobId}));
    tx.exec(QStringLiteral("INSERT INTO job_pod_files (job_id, attempt, token_sha256, workspace_file_id, expires_at) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {jobId, attempt, crypto::Secrets::tokenHash(token), stored->id, m_clock.nowMs() + lifetimeMs});
    tx.commit();
    return token;
}

std::optional<PodFileExchange::Row> PodFileExchange::admitted(qint64 jobId, const QByteArray &token)
{
    if (token.isEmpty() || token.size() > 256)
        return std::nullopt;
    const auto rows =
        m_database.query(QStringLiteral("SELECT token_sha256, workspace_file_id, result_file_id FROM job_pod_files "
                                        "WHERE job_id = ? AND expires_at > ?"),
                         {jobId, m_clock.nowMs()});
    if (rows.isEmpty())
        return std::nullopt;
    const QByteArray expected = rows.value(0, 0).toString().toLatin1();
    const QByteArray actual = crypto::Secrets::tokenHash(QString::fromLatin1(token)).toLatin1();
    if (expected.size() != actual.size() ||
        CRYPTO_memcmp(expected.constData(), actual.constData(), size_t(expected.size())) != 0)
        return std::nullopt;
    return Row{rows.value(0, 0).toString(), rows.value(0, 1).toLongLong(), rows.value(0, 2).toLongLong()};
}

bool PodFileExchange::admits(qint64 jobId, const QByteArray &token)
{
    return admitted(jobId, token).has_value();
}

bool PodFileExchange::sendWorkspace(qint64 jobId, const QByteArray &token,
                                    const std::function<void(const QByteArray &)> &chunk)
{
    const auto row = admitted(jobId, token);
    return row && row->workspaceFileId != 0 && m_files.read(row->workspaceFileId, chunk);
}

std::optional<QString> PodFileExchange::receiveResult(qint64 jobId, const QByteArray &token, const QByteArray &archive)
{
    if (!admitted(jobId, token))
        return QStringLiteral("the job token does not open this job's files");
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/adp-pod-result-XXXXXX"));
    if (!file.open() || file.write(archive) != archive.size() || !file.flush())
        return QStringLiteral("the files cannot be kept");
    const auto stored = m_files.put(file.fileName());
    if (!stored)
        return QStringLiteral("the files cannot be kept");
    storage::Transaction tx(m_database);
    const auto earlier = tx.exec(QStringLiteral("SELECT result_file_id FROM job_pod_files WHERE job_id = ?"), {jobId});
    tx.exec(QStringLiteral("UPDATE job_pod_files SET result_file_id = ? WHERE job_id = ?"), {stored->id, jobId});
    removeFiles(tx, earlier);
    tx.commit();
    return std::nullopt;
}

bool PodFileExchange::takeResult(qint64 jobId, const QString &path)
{
    const auto rows =
        m_database.query(QStringLiteral("SELECT result_file_id FROM job_pod_files WHERE job_id = ?"), {jobId});
    if (rows.isEmpty() || rows.value(0, 0).isNull())
        return false;
    return m_files.get(rows.value(0, 0).toLongLong(), path);
}

void PodFileExchange::close(qint64 jobId)
{
    storage::Transaction tx(m_database);
    removeFiles(tx, tx.exec(QStringLiteral("DELETE FROM job_pod_files WHERE job_id = ? "
                                           "RETURNING workspace_file_id, result_file_id"),
                            {jobId}));
    tx.commit();
}

void PodFileExchange::tidy()
{
    storage::Transaction tx(m_database);
    const auto expired = tx.exec(QStringLiteral("DELETE FROM job_pod_files WHERE expires_at <= ? "
                                                "RETURNING workspace_file_id, result_file_id"),
                                 {m_clock.nowMs()});
    removeFiles(tx, expired);
    tx.commit();
    if (!expired.isEmpty())
        spdlog::info("jobs: {} expired job pod file exchange(s) closed", expired.size());
}

} // namespace adp::server::runner
