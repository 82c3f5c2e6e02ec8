#include "HealthController.h"

#include "shared/core/Version.h"

namespace adp::server::health {

using http::HttpResponse;
using http::Method;
using http::Request;

void HealthController::registerRoutes(http::Router &router)
{
    const http::RouteOptions open{0, false};
    const QString action = QStringLiteral("health.read");
    router.add(
        Method::Get, QStringLiteral("/healthz"), action,
        [](Request &) {
            return HttpResponse::json(200,
                                      QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                                  {QStringLiteral("version"), QString::fromLatin1(shared::kVersion)}});
        },
        open);
    router.add(
        Method::Get, QStringLiteral("/readyz"), action,
        [this](Request &) {
            const bool database = m_database();
            const bool redis = !m_redis || m_redis();
            const bool ready = database && redis && !m_draining;
            QJsonObject checks{
                {QStringLiteral("database"), database ? QStringLiteral("ok") : QStringLiteral("unreachable")}};
            if (m_redis)
                checks.insert(QStringLiteral("redis"), redis ? QStringLiteral("ok") : QStringLiteral("unreachable"));
            if (m_draining)
                checks.insert(QStringLiteral("server"), QStringLiteral("shutting down"));
            return HttpResponse::json(
                ready ? 200 : 503,
                QJsonObject{{QStringLiteral("status"), ready ? QStringLiteral("ready") : QStringLiteral("not ready")},
                            {QStringLiteral("checks"), checks}});
        },
        open);
    router.add(
        Method::Get, QStringLiteral("/metrics"), action,
        [this](Request &) {
            return HttpResponse::text(200, m_metrics.render(),
                                      QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"));
        },
        open);
}

} // namespace adp::server::health
