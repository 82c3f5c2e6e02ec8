#include "ComplianceController.h"

#include "http/JsonBody.h"
#include "shared/core/ErrorCodes.h"

namespace adp::server::compliance {

using http::HttpResponse;

void ComplianceController::registerRoutes(http::Router &router)
{
    router.add(http::Method::Get, QStringLiteral("/api/v1/compliance/report"), QStringLiteral("compliance.read"),
               [this](http::Request &request) {
                   shared::FieldErrors errors;
                   const auto query = shared::ComplianceQuery::fromUrlQuery(request.raw.query(), errors);
                   if (!errors.isEmpty())
                       return HttpResponse::fieldErrors(400, shared::errorcodes::BadRequest,
                                                        QStringLiteral("Invalid query parameters"), errors);
                   return http::respond(m_service.report(request.mutation(), query),
                                        http::ok<shared::ComplianceReport>);
               });
}

} // namespace adp::server::compliance
