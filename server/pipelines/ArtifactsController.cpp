#include "ArtifactsController.h"

#include "http/JsonBody.h"

namespace adp::server::pipelines {

using http::HttpResponse;
using http::Method;
using http::Request;

void ArtifactsController::registerRoutes(http::Router &router)
{
    const QString artifacts = QStringLiteral("/api/v1/jobs/{job}/artifacts");
    router.add(Method::Get, artifacts, QStringLiteral("job.artifacts.read"), [this](Request &request) {
        const auto download = m_artifacts.artifacts(request.mutation(), request.idParam(QStringLiteral("job")));
        if (!download.ok())
            return http::toHttpResponse(download.error());
        QByteArray body;
        body.reserve(download.value().size);
        if (!m_artifacts.read(download.value(), [&body](const QByteArray &chunk) { body += chunk; }))
            return http::toHttpResponse(ServiceError::notFound(QStringLiteral("Artifacts"))); // expired meanwhile
        HttpResponse response = HttpResponse::text(200, body, QByteArrayLiteral("application/gzip"));
        QByteArray filename = download.value().filename.toUtf8();
        filename.replace('"', "");
        response.headers.append({QByteArrayLiteral("Content-Disposition"), "attachment; filename=\"" + filename + '"'});
        response.headers.append({QByteArrayLiteral("X-Checksum-Sha256"), download.value().sha256.toLatin1()});
        return response;
    });
    router.add(Method::Delete, artifacts, QStringLiteral("job.artifacts.delete"), [this](Request &request) {
        return http::respond(m_artifacts.deleteArtifacts(request.mutation(), request.idParam(QStringLiteral("job"))),
                             http::noContent);
    });
    router.add(Method::Delete, QStringLiteral("/api/v1/projects/{project}/caches"),
               QStringLiteral("project.cache.clear"), [this](Request &request) {
                   return http::respond(
                       m_artifacts.clearCaches(request.mutation(), request.param(QStringLiteral("project"))),
                       [](int cleared) {
                           return HttpResponse::json(200, QJsonObject{{QStringLiteral("cleared"), cleared}});
                       });
               });
}

} // namespace adp::server::pipelines
