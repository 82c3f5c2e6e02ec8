#pragma once

#include <QString>
#include <QVariant>
#include <optional>

namespace adp::server::projects {

// Opaque keyset cursor: the sort key and id of the last row of a page, bound
// to the sort it was made for. Base64url JSON; clients must not parse it.
struct ProjectCursor
{
    QString sort;
    bool descending = false;
    QVariant key; // QString for name/slug, qint64 for timestamps
    qint64 id = 0;

    QString encode() const;
    // nullopt for anything that is not a cursor this server made for this sort.
    static std::optional<ProjectCursor> decode(const QString &text, const QString &sort, bool descending);
};

} // namespace adp::server::projects
