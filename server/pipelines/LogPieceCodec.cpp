#include "LogPieceCodec.h"

#include "storage/StorageError.h"

#include <lz4.h>

namespace adp::server::pipelines {

LogPieceCodec::Stored LogPieceCodec::store(const QString &piece)
{
    QByteArray utf8 = piece.toUtf8();
    const qint64 size = utf8.size();
    if (size < kMinPackedBytes || size > LZ4_MAX_INPUT_SIZE)
        return {piece, {}, size};
    QByteArray block(LZ4_compressBound(int(size)), Qt::Uninitialized);
    const int packedSize = LZ4_compress_default(utf8.constData(), block.data(), int(size), int(block.size()));
    // Kept as text unless the block saves a quarter: output that barely compresses (binary noise,
    // already compressed data) would cost a decode on every read for nothing.
    if (packedSize <= 0 || packedSize > size - size / 4)
        return {piece, {}, size};
    block.truncate(packedSize);
    return {QString(), block, size};
}

QByteArray LogPieceCodec::read(const QString &content, const QByteArray &packed, qint64 byteSize)
{
    if (packed.isNull())
        return content.toUtf8();
    if (byteSize < 0 || byteSize > LZ4_MAX_INPUT_SIZE)
        throw storage::StorageError(storage::StorageError::Kind::Query,
                                    QStringLiteral("a packed log piece claims %1 bytes").arg(byteSize));
    QByteArray text(qsizetype(byteSize), Qt::Uninitialized);
    const int unpacked = LZ4_decompress_safe(packed.constData(), text.data(), int(packed.size()), int(byteSize));
    if (unpacked != byteSize)
        throw storage::StorageError(storage::StorageError::Kind::Query,
                                    QStringLiteral("a packed log piece does not unpack to its %1 bytes").arg(byteSize));
    return text;
}

} // namespace adp::server::pipelines
