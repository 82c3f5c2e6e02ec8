#include "UsersController.h"

#include "http/JsonBody.h"
#include "shared/core/ErrorCodes.h"
#include "shared/core/Organisation.h"

#include <QUrlQuery>

namespace adp::server::auth {

using http::HttpResponse;

namespace {
constexpr int kDefaultLimit = 20;
constexpr int kMaxLimit = 100;
constexpr int kMaxSearch = 100;
} // namespace

void UsersController::registerRoutes(http::Router &router)
{
    router.add(http::Method::Get, QStringLiteral("/api/v1/users"), QStringLiteral("user.list"),
               [this](http::Request &request) {
                   const QUrlQuery query(request.raw.query());
                   const QString search = query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
                   int limit = kDefaultLimit;
                   shared::FieldErrors errors;
                   if (query.hasQueryItem(QStringLiteral("limit"))) {
                       bool ok = false;
                       limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
                       if (!ok || limit < 1 || limit > kMaxLimit)
                           errors.append({QStringLiteral("limit"),
                                          QString::fromLatin1(shared::fieldcodes::InvalidValue),
                                          QStringLiteral("must be a whole number from 1 to %1").arg(kMaxLimit)});
                   }
                   if (search.size() > kMaxSearch)
                       errors.append({QStringLiteral("search"), QString::fromLatin1(shared::fieldcodes::TooLong),
                                      QStringLiteral("must be at most %1 characters").arg(kMaxSearch)});
                   if (!errors.isEmpty())
                       return HttpResponse::fieldErrors(400, shared::errorcodes::BadRequest,
                                                        QStringLiteral("Invalid query parameters"), errors);
                   QList<shared::UserSummary> found;
                   for (const User &user : m_users.search(search, limit))
                       found.append({user.id, user.username});
                   return http::itemsResponse(found);
               });
}

} // namespace adp::server::auth
