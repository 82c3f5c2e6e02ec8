#pragma once

#include <QByteArray>
#include <QString>

namespace adp::server::pipelines {

// How one piece of a job's log is kept in `job_logs`: a long piece that compresses well as an
// LZ4 block in `packed` (content empty), anything else as text in `content`; `byte_size` is its
// UTF-8 length either way. Packing happens on the server, before the database sees the piece:
// PostgreSQL then receives, copies and writes a fraction of the bytes (its own TOAST compression
// came after it had copied the whole text twice), and SQLite keeps the log compressed too.
class LogPieceCodec
{
public:
    struct Stored
    {
        QString content;   // the text, or empty when packed
        QByteArray packed; // the LZ4 block, or null when kept as text
        qint64 byteSize = 0;
    };

    // Pieces shorter than this stay text: a slow job's few lines gain nothing from a block.
    static constexpr qsizetype kMinPackedBytes = 4096;

    static Stored store(const QString &piece);
    // The piece's UTF-8 bytes. Throws StorageError (Query) for a block that does not unpack to
    // `byteSize` bytes: a damaged row is reported, never returned as text.
    static QByteArray read(const QString &content, const QByteArray &packed, qint64 byteSize);
};

} // namespace adp::server::pipelines
