#include "ProjectListQuery.h"

namespace adp::shared {

QStringList ProjectListQuery::sortKeys()
{
    return {QStringLiteral("name"), QStringLiteral("slug"), QStringLiteral("created_at"), QStringLiteral("updated_at")};
}

QUrlQuery ProjectListQuery::toUrlQuery() const
{
    QUrlQuery query;
    if (!search.isEmpty())
        query.addQueryItem(QStringLiteral("q"), search);
    query.addQueryItem(QStringLiteral("sort"), descending ? u'-' + sort : sort);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    return query;
}

ProjectListQuery ProjectListQuery::fromUrlQuery(const QUrlQuery &query, FieldErrors &errors)
{
    ProjectListQuery result;
    const auto item = [&](const char *key) {
        return query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
    };
    result.search = item("q").trimmed();
    if (result.search.size() > 200)
        errors.append({QStringLiteral("q"), QString::fromLatin1(fieldcodes::TooLong),
                       QStringLiteral("must be at most 200 characters")});

    QString sort = item("sort");
    if (sort.startsWith(u'-')) {
        result.descending = true;
        sort.remove(0, 1);
    }
    if (!sort.isEmpty()) {
        if (sortKeys().contains(sort))
            result.sort = sort;
        else
            errors.append({QStringLiteral("sort"), QString::fromLatin1(fieldcodes::InvalidValue),
                           QStringLiteral("must be one of %1, optionally prefixed with '-'")
                               .arg(sortKeys().join(QStringLiteral(", ")))});
    }

    const QString limitText = item("limit");
    if (!limitText.isEmpty()) {
        bool ok = false;
        const int limit = limitText.toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit)
            errors.append({QStringLiteral("limit"), QString::fromLatin1(fieldcodes::InvalidValue),
                           QStringLiteral("must be an integer from 1 to %1").arg(kMaxLimit)});
        else
            result.limit = limit;
    }
    result.cursor = item("cursor");
    return result;
}

} // namespace adp::shared
