#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace adp::shared {

// GET /api/v1/projects/{p}/repository/files?ref=R&path=P: one text file of the project's
// repository at a branch, tag or commit, as the mirror holds it.
struct RepositoryFile
{
    static constexpr qint64 kMaxBytes = 1024 * 1024;

    QString ref;
    QString sha;
    QString path;
    qint64 size = 0;
    QString content;

    QJsonObject toJson() const;
    static std::optional<RepositoryFile> fromJson(const QJsonObject &object);
};

} // namespace adp::shared
