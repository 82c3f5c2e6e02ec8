#include "RepositoryTokensController.h"

#include "http/JsonBody.h"
#include "shared/core/JsonFields.h"

namespace adp::server::scm {

using http::HttpResponse;
using http::Method;
using http::Request;

namespace {
const QString kProject = QStringLiteral("project");
} // namespace

void RepositoryTokensController::registerRoutes(http::Router &router)
{
    const QString path = QStringLiteral("/api/v1/projects/{project}/repository-token");
    router.add(Method::Get, path, QStringLiteral("project.repository_token.read"), [this](Request &request) {
        return http::respond(m_tokens.status(request.mutation(), request.param(kProject)),
                             http::ok<RepositoryTokens::Status>);
    });
    router.add(Method::Put, path, QStringLiteral("project.repository_token.set"),
               [this](Request &request) {
                   auto parsed = http::parseJsonObject(request.raw);
                   if (auto *response = std::get_if<HttpResponse>(&parsed))
                       return *response;
                   shared::JsonFieldReader reader(std::get<QJsonObject>(parsed));
                   const auto provider = reader.string(QStringLiteral("provider"));
                   const auto token = reader.string(QStringLiteral("token"));
                   const auto apiUrl = reader.string(QStringLiteral("api_url"));
                   const auto repository = reader.string(QStringLiteral("repository"));
                   reader.rejectUnknownFields();
                   if (!reader.errors().isEmpty())
                       return http::toHttpResponse(ServiceError::validation(reader.errors()));
                   return http::respond(m_tokens.set(request.mutation(), request.param(kProject),
                                                     provider.value_or(QString()), token.value_or(QString()),
                                                     apiUrl.value_or(QString()), repository.value_or(QString())),
                                        http::ok<RepositoryTokens::Status>);
               },
               {16 * 1024, false});
    router.add(Method::Delete, path, QStringLiteral("project.repository_token.delete"), [this](Request &request) {
        return http::respond(m_tokens.remove(request.mutation(), request.param(kProject)), http::noContent);
    });
}

} // namespace adp::server::scm
