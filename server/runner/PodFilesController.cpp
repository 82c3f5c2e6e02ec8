#include "PodFilesController.h"

namespace adp::server::runner {

using http::HttpResponse;
using http::Method;
using http::Request;

namespace {

HttpResponse refused()
{
    // The same answer for an unknown job, a finished one and a wrong token: nothing to learn from it.
    return HttpResponse::error(401, "unauthorized", QStringLiteral("a running job's token is needed"));
}

} // namespace

void PodFilesController::registerRoutes(http::Router &router)
{
    const QString pod = QStringLiteral("/api/v1/jobs/{job}/pod");
    router.add(Method::Get, pod + QStringLiteral("/workspace"), QStringLiteral("job_pod.workspace"),
               [this](Request &request) {
                   QByteArray body;
                   if (!m_exchange.sendWorkspace(request.idParam(QStringLiteral("job")), request.raw.value("job-token"),
                                                 [&body](const QByteArray &chunk) { body += chunk; }))
                       return refused();
                   return HttpResponse::text(200, body, QByteArrayLiteral("application/gzip"));
               },
               {.slow = true});
    router.add(Method::Post, pod + QStringLiteral("/result"), QStringLiteral("job_pod.result"),
               [this](Request &request) {
                   const qint64 job = request.idParam(QStringLiteral("job"));
                   const QByteArray token = request.raw.value("job-token");
                   if (!m_exchange.admits(job, token))
                       return refused();
                   if (!request.raw.body().startsWith("\x1f\x8b"))
                       return HttpResponse::error(400, "invalid", QStringLiteral("the body must be a tar.gz archive"));
                   if (const auto error = m_exchange.receiveResult(job, token, request.raw.body()))
                       return HttpResponse::error(500, "storage", *error);
                   return HttpResponse::noContent();
               },
               {.maxBodyBytes = m_maxResultBytes, .slow = true});
}

} // namespace adp::server::runner
