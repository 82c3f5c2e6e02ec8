#pragma once

#include "shared/core/FieldError.h"

#include <QUrlQuery>

namespace adp::server::http {

// The paging half of a list's query string, `?limit=&cursor=` (the cursor: the id of the last
// item seen, the list going newest first); each wrong one appended to `errors` naming it.
struct PageQuery
{
    int limit = 20;
    qint64 beforeId = 0; // 0: the first page

    static PageQuery read(const QUrlQuery &url, int maxLimit, shared::FieldErrors &errors, int defaultLimit = 20);
};

} // namespace adp::server::http
