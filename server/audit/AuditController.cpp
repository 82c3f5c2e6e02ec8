#include "AuditController.h"

#include "http/JsonBody.h"
#include "http/ServiceErrorMapping.h"
#include "shared/core/ErrorCodes.h"

#include <QJsonArray>

namespace adp::server::audit {

using http::HttpResponse;
using http::Method;
using http::Request;

void AuditController::registerRoutes(http::Router &router)
{
    router.add(Method::Get, QStringLiteral("/api/v1/audit"), QStringLiteral("audit.read"),
               [this](Request &r) { return list(r); });
    router.add(Method::Get, QStringLiteral("/api/v1/audit/verify"), QStringLiteral("audit.read"),
               [this](Request &r) { return verify(r); });
}

HttpResponse AuditController::list(Request &request)
{
    shared::FieldErrors errors;
    const auto query = shared::AuditQuery::fromUrlQuery(request.raw.query(), errors);
    if (!errors.isEmpty())
        return HttpResponse::fieldErrors(400, shared::errorcodes::BadRequest,
                                         QStringLiteral("Invalid query parameters"), errors);
    return http::respond(m_service.list(request.mutation(), query), http::pageResponse<AuditService::Page>);
}

HttpResponse AuditController::verify(Request &request)
{
    return http::respond(m_service.verify(request.mutation()), [](const shared::AuditVerification &result) {
        return HttpResponse::json(200, result.toJson());
    });
}

} // namespace adp::server::audit
