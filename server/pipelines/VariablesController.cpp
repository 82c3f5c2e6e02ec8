#include "VariablesController.h"

#include "http/JsonBody.h"

#include <QUrlQuery>

namespace adp::server::pipelines {

using http::HttpResponse;
using http::Method;
using http::Request;

namespace {
const QString kProject = QStringLiteral("project");
const QString kKey = QStringLiteral("key");
constexpr qint64 kMaxBody = 128 * 1024; // a value may be 64 Ki characters
} // namespace

void VariablesController::registerRoutes(http::Router &router)
{
    const QString variables = QStringLiteral("/api/v1/projects/{project}/variables");
    router.add(Method::Get, variables, QStringLiteral("project.variable.list"), [this](Request &request) {
        return http::respond(m_variables.list(request.mutation(), request.param(kProject)),
                             http::itemsResponse<shared::ProjectVariable>);
    });
    router.add(Method::Put, variables + QStringLiteral("/{key}"), QStringLiteral("project.variable.set"),
               [this](Request &request) {
                   auto parsed = http::parseJsonObject(request.raw);
                   if (auto *response = std::get_if<HttpResponse>(&parsed))
                       return *response;
                   shared::FieldErrors invalid;
                   const auto fields = shared::ProjectVariableFields::fromJson(std::get<QJsonObject>(parsed), invalid);
                   return http::respond(m_variables.set(request.mutation(), request.param(kProject),
                                                        request.param(kKey), fields, invalid),
                                        http::ok<shared::ProjectVariable>);
               },
               {kMaxBody, false});
    router.add(Method::Delete, variables + QStringLiteral("/{key}"), QStringLiteral("project.variable.delete"),
               [this](Request &request) {
                   // GitLab's way to name one scope of a key: ?environment_scope= (default `*`).
                   const QUrlQuery query(request.raw.url());
                   const QString scope =
                       query.hasQueryItem(QStringLiteral("environment_scope"))
                           ? query.queryItemValue(QStringLiteral("environment_scope"), QUrl::FullyDecoded)
                           : shared::ProjectVariable::kAnyEnvironment;
                   return http::respond(
                       m_variables.remove(request.mutation(), request.param(kProject), request.param(kKey), scope),
                       http::noContent);
               });
}

} // namespace adp::server::pipelines
