#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace adp::shared::costs {

// One cloud bill imported from a FOCUS export: its providers over its billing periods, its lines
// and totals. Importing the same providers and periods again replaces it (`replaced` is the id
// it took the place of).
struct CostImport
{
    // What the upload route takes in one body; a larger bill goes through `adp-server costs
    // import-focus FILE`, read from disk.
    static constexpr qint64 kMaxUploadBytes = 256LL * 1024 * 1024;

    qint64 id = 0;
    QString organisation; // slug
    QString source;       // the file's name as given
    QStringList providers;
    QString currency;
    QDateTime periodStart; // the first billing period's start
    QDateTime periodEnd;   // the last one's end
    qint64 lines = 0;
    qint64 billedNanos = 0;
    qint64 effectiveNanos = 0;
    QString sha256;
    QString importedBy;
    QDateTime importedAt;
    qint64 replaced = 0;

    QJsonObject toJson() const;
    static std::optional<CostImport> fromJson(const QJsonObject &object);
};

} // namespace adp::shared::costs
