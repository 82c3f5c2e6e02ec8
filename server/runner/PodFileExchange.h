#pragma once

#include "FileStore.h"
#include "core/Clock.h"
#include "ports/Housekeeping.h"

#include <QByteArray>
#include <optional>

namespace adp::server::runner {

// What a job pod fetches and sends back, through whichever replica it reaches: the worker puts the
// prepared workspace here and gets a token for this attempt of the job; the pod, showing that
// token, fetches the workspace and returns its artifacts' and caches' files; the worker takes them
// and closes the exchange. Tokens are kept as hashes, compared in constant time, and die with the
// exchange or when it expires (a worker that died leaves nothing usable behind).
class PodFileExchange : public ports::Housekeeping
{
public:
    PodFileExchange(storage::Database &database, FileStore &files, const Clock &clock)
        : m_database(database)
        , m_files(files)
        , m_clock(clock)
    {
    }

    // Stores `workspaceArchive` for the job's attempt; answers the pod's token, or nullopt when it cannot be stored.
    std::optional<QString> open(qint64 jobId, int attempt, const QString &workspaceArchive, qint64 lifetimeMs);
    // Whether `token` opens the job's exchange now.
    bool admits(qint64 jobId, const QByteArray &token);
    // Hands the workspace to `chunk`; false when the token does not open it.
    bool sendWorkspace(qint64 jobId, const QByteArray &token, const std::function<void(const QByteArray &)> &chunk);
    // Keeps what the pod sent back (a tar.gz it made); an error in words when refused.
    std::optional<QString> receiveResult(qint64 jobId, const QByteArray &token, const QByteArray &archive);
    // Copies what came back to `path`; false when nothing did.
    bool takeResult(qint64 jobId, const QString &path);
    // Ends the exchange: its token stops working and its files go.
    void close(qint64 jobId);

    void tidy() override; // expired exchanges closed

private:
    struct Row
    {
        QString tokenHash;
        qint64 workspaceFileId = 0;
        qint64 resultFileId = 0;
    };
    std::optional<Row> admitted(qint64 jobId, const QByteArray &token);

    storage::Database &m_database;
    FileStore &m_files;
    const Clock &m_clock;
};

} // namespace adp::server::runner
