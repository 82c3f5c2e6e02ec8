#include "ApiTokensController.h"

#include "http/JsonBody.h"
#include "http/ServiceErrorMapping.h"

#include <QJsonArray>

namespace adp::server::auth {

using http::HttpResponse;
using http::Method;
using http::Request;

HttpResponse createdTokenResponse(const ApiTokenService::Created &created)
{
    return HttpResponse::json(201, created.toJson()); // the only time the secret is shown
}

namespace {
// An ApiTokenRequest from a request body, or the 400/422 to answer instead.
std::variant<shared::ApiTokenRequest, HttpResponse> readTokenRequest(const http::HttpRequest &request)
{
    auto parsed = http::parseJsonObject(request);
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    shared::FieldErrors errors;
    auto fields = shared::ApiTokenRequest::fromJson(std::get<QJsonObject>(parsed), errors);
    if (!errors.isEmpty())
        return http::toHttpResponse(ServiceError::validation(errors));
    return fields;
}
} // namespace

void ApiTokensController::registerRoutes(http::Router &router)
{
    router.add(Method::Get, QStringLiteral("/api/v1/tokens"), QStringLiteral("token.list"), [this](Request &request) {
        return http::respond(m_service.list(request.mutation()), http::itemsResponse<shared::ApiToken>);
    });
    router.add(Method::Post, QStringLiteral("/api/v1/tokens"), QStringLiteral("token.create"),
               [this](Request &request) {
                   auto body = readTokenRequest(request.raw);
                   if (auto *response = std::get_if<HttpResponse>(&body))
                       return *response;
                   return http::respond(m_service.create(request.mutation(), std::get<shared::ApiTokenRequest>(body)),
                                        createdTokenResponse);
               },
               {16 * 1024, false});
    router.add(Method::Delete, QStringLiteral("/api/v1/tokens/{token}"), QStringLiteral("token.revoke"),
               [this](Request &request) {
                   bool ok = false;
                   const qint64 id = request.param(QStringLiteral("token")).toLongLong(&ok);
                   if (!ok)
                       return http::toHttpResponse(ServiceError::notFound(QStringLiteral("Token")));
                   return http::respond(m_service.revoke(request.mutation(), id), http::noContent);
               });
}

} // namespace adp::server::auth
