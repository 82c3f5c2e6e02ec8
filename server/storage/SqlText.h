#pragma once

#include <QString>

namespace adp::server::storage {

// Escapes LIKE wildcards so user text matches literally; pair the pattern
// with `ESCAPE '\'` in the statement.
inline QString escapeLike(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return escaped;
}

} // namespace adp::server::storage
