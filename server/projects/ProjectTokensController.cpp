#include "ProjectTokensController.h"

#include "http/JsonBody.h"

namespace adp::server::projects {

using http::HttpResponse;
using http::Method;
using http::Request;

namespace {
const QString kProject = QStringLiteral("project");
}

void ProjectTokensController::registerRoutes(http::Router &router)
{
    const QString tokens = QStringLiteral("/api/v1/projects/{project}/tokens");
    router.add(Method::Get, tokens, QStringLiteral("project.token.list"), [this](Request &request) {
        return http::respond(m_tokens.list(request.mutation(), request.param(kProject)),
                             http::itemsResponse<shared::ApiToken>);
    });
    router.add(Method::Post, tokens, QStringLiteral("project.token.create"),
               [this](Request &request) {
                   auto parsed = http::parseJsonObject(request.raw);
                   if (auto *response = std::get_if<HttpResponse>(&parsed))
                       return *response;
                   shared::FieldErrors invalid;
                   const auto fields = shared::ApiTokenRequest::fromJson(std::get<QJsonObject>(parsed), invalid);
                   return http::respond(
                       m_tokens.create(request.mutation(), request.param(kProject), fields, invalid),
                       [](const ports::IssuedToken &created) { return HttpResponse::json(201, created.toJson()); });
               },
               {16 * 1024, false});
    router.add(Method::Delete, tokens + QStringLiteral("/{token}"), QStringLiteral("project.token.revoke"),
               [this](Request &request) {
                   const qint64 id = request.idParam(QStringLiteral("token"));
                   return http::respond(m_tokens.revoke(request.mutation(), request.param(kProject), id),
                                        http::noContent);
               });
}

} // namespace adp::server::projects
