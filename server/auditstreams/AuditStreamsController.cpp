#include "AuditStreamsController.h"

#include "http/JsonBody.h"

namespace adp::server::auditstreams {

using http::Method;
using http::Request;

namespace {
const QString kStream = QStringLiteral("audit_stream");
const QString kPermission = QStringLiteral("audit.streams");
constexpr qint64 kMaxBody = 16 * 1024;

using Fields = shared::AuditStreamFields;
} // namespace

void AuditStreamsController::registerRoutes(http::Router &router)
{
    const QString all = QStringLiteral("/api/v1/audit/streams");
    const QString one = QStringLiteral("/api/v1/audit/streams/{audit_stream}");
    router.add(Method::Get, all, kPermission, [this](Request &request) {
        return http::respond(m_streams.list(request.mutation()), http::itemsResponse<shared::AuditStream>);
    });
    router.add(Method::Post, all, kPermission,
               [this](Request &request) {
                   return http::withFieldsDeferringErrors<Fields>(
                       request.raw, [&](const Fields &fields, const shared::FieldErrors &invalid) {
                           return http::respond(m_streams.create(request.mutation(), fields, invalid),
                                                http::created<shared::AuditStream>);
                       });
               },
               {kMaxBody, false});
    router.add(Method::Get, one, kPermission, [this](Request &request) {
        return http::respond(m_streams.get(request.mutation(), request.idParam(kStream)),
                             http::ok<shared::AuditStream>);
    });
    router.add(Method::Patch, one, kPermission,
               [this](Request &request) {
                   return http::withFieldsDeferringErrors<Fields>(
                       request.raw, [&](const Fields &fields, const shared::FieldErrors &invalid) {
                           return http::respond(
                               m_streams.update(request.mutation(), request.idParam(kStream), fields, invalid),
                               http::ok<shared::AuditStream>);
                       });
               },
               {kMaxBody, false});
    router.add(Method::Delete, one, kPermission, [this](Request &request) {
        return http::respond(m_streams.remove(request.mutation(), request.idParam(kStream)), http::noContent);
    });
}

} // namespace adp::server::auditstreams
