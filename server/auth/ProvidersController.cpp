#include "ProvidersController.h"

#include "http/JsonBody.h"
#include "shared/core/ProviderRequest.h"

namespace adp::server::auth {

using http::HttpResponse;
using http::Method;
using http::Request;

void ProvidersController::registerRoutes(http::Router &router)
{
    const QString all = QStringLiteral("/api/v1/auth/providers");
    router.add(Method::Get, all, QStringLiteral("auth.providers"), [this](Request &) {
        QJsonArray items;
        for (const OAuthProvider &provider : m_service.list())
            items.append(provider.toPublicJson());
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
    });
    router.add(Method::Post, all, QStringLiteral("provider.create"),
               [this](Request &request) {
                   auto body = http::readFields<shared::ProviderRequest>(request.raw);
                   if (auto *response = std::get_if<HttpResponse>(&body))
                       return *response;
                   const shared::ProviderRequest &input = std::get<shared::ProviderRequest>(body);
                   return http::respond(
                       m_service.add(request.mutation(), {input.name, input.type, input.clientId, input.clientSecret,
                                                          input.issuer, input.linkByEmail}),
                       [](const OAuthProvider &provider) { return HttpResponse::json(201, provider.toPublicJson()); });
               },
               {16 * 1024, false});
    router.add(Method::Delete, all + QStringLiteral("/{provider}"), QStringLiteral("provider.delete"),
               [this](Request &request) {
                   return http::respond(m_service.remove(request.mutation(), request.param(QStringLiteral("provider"))),
                                        http::noContent);
               });
}

} // namespace adp::server::auth
