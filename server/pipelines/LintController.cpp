#include "LintController.h"

#include "http/JsonBody.h"
#include "shared/core/JsonFields.h"
#include "shared/pipeline/Lint.h"
#include "shared/pipeline/YamlLoader.h"

namespace adp::server::pipelines {

using http::HttpResponse;

namespace {
// The body carries the file as a JSON string: room for escaping on top of the file's own limit.
constexpr qint64 kMaxBody = 3 * pipeline::YamlLoader::kMaxBytes;
} // namespace

void LintController::registerRoutes(http::Router &router)
{
    router.add(http::Method::Post, QStringLiteral("/api/v1/lint"), QStringLiteral("pipeline.lint"),
               [](http::Request &request) {
                   auto parsed = http::parseJsonObject(request.raw);
                   if (auto *response = std::get_if<HttpResponse>(&parsed))
                       return *response;
                   shared::JsonFieldReader reader(std::get<QJsonObject>(parsed));
                   const auto content = reader.string(QStringLiteral("content"));
                   reader.rejectUnknownFields();
                   shared::FieldErrors errors = reader.errors();
                   if (!content && errors.isEmpty())
                       errors.append({QStringLiteral("content"), QString::fromLatin1(shared::fieldcodes::Required),
                                      QStringLiteral("is required: the .gitlab-ci.yml text")});
                   if (!errors.isEmpty())
                       return http::toHttpResponse(ServiceError::validation(errors));
                   const auto report =
                       pipeline::LintReport::of(content->toUtf8(), [](const QString &) { return std::nullopt; });
                   return HttpResponse::json(200, report.toJson());
               },
               {.maxBodyBytes = kMaxBody, .slow = true});
}

} // namespace adp::server::pipelines
