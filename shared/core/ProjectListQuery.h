#pragma once

#include "FieldError.h"

#include <QString>
#include <QUrlQuery>

namespace adp::shared {

// Parameters of GET /api/v1/projects: search, sort and a cursor page.
struct ProjectListQuery
{
    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 100;

    QString search;
    QString sort = QStringLiteral("name"); // name | slug | created_at | updated_at
    bool descending = false;
    int limit = kDefaultLimit;
    QString cursor;

    QUrlQuery toUrlQuery() const;
    // Rejects unknown sort keys, bad limits and overlong searches.
    static ProjectListQuery fromUrlQuery(const QUrlQuery &query, FieldErrors &errors);
    static QStringList sortKeys();
};

} // namespace adp::shared
