#include "PageQuery.h"

namespace adp::server::http {

PageQuery PageQuery::read(const QUrlQuery &url, int maxLimit, shared::FieldErrors &errors, int defaultLimit)
{
    PageQuery page;
    page.limit = defaultLimit;
    bool ok = true;
    if (url.hasQueryItem(QStringLiteral("limit"))) {
        page.limit = url.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || page.limit < 1 || page.limit > maxLimit)
            errors.append({QStringLiteral("limit"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                           QStringLiteral("must be from 1 to %1").arg(maxLimit)});
    }
    if (url.hasQueryItem(QStringLiteral("cursor"))) {
        page.beforeId = url.queryItemValue(QStringLiteral("cursor")).toLongLong(&ok);
        if (!ok || page.beforeId < 1)
            errors.append({QStringLiteral("cursor"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                           QStringLiteral("is not a cursor of this list")});
    }
    return page;
}

} // namespace adp::server::http
