#pragma once

#include <QDateTime>
#include <QString>
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

// One element of a PostgreSQL array literal ('{"a","b"}', bound as text and cast to text[]):
// quoted, with its quotes and backslashes escaped, so any text stays one element.
inline QString textArrayElement(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + text + u'"';
}

} // namespace adp::server::storage
