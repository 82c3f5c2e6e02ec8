#pragma once

#include <QDateTime>
#include <QVariant>

namespace adp::server::storage {

// How times and optional references are stored: milliseconds since the epoch (NULL: none), and
// ids where 0 means "no row" (stored as NULL so foreign keys hold).
inline QDateTime timeFromMs(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace adp::server::storage
