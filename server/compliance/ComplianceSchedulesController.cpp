#include "ComplianceSchedulesController.h"

#include "http/JsonBody.h"

namespace adp::server::compliance {

using http::Method;
using http::Request;

namespace {
const QString kSchedule = QStringLiteral("compliance_schedule");
const QString kPermission = QStringLiteral("compliance.schedules");
constexpr qint64 kMaxBody = 16 * 1024;

using Fields = shared::ComplianceScheduleFields;
using shared::ComplianceSchedule;
} // namespace

void ComplianceSchedulesController::registerRoutes(http::Router &router)
{
    const QString all = QStringLiteral("/api/v1/compliance/schedules");
    const QString one = QStringLiteral("/api/v1/compliance/schedules/{compliance_schedule}");
    router.add(Method::Get, all, kPermission, [this](Request &request) {
        return http::respond(m_schedules.list(request.mutation()), http::itemsResponse<ComplianceSchedule>);
    });
    router.add(Method::Post, all, kPermission,
               [this](Request &request) {
                   return http::withFieldsDeferringErrors<Fields>(
                       request.raw, [&](const Fields &fields, const shared::FieldErrors &invalid) {
                           return http::respond(m_schedules.create(request.mutation(), fields, invalid),
                                                http::created<ComplianceSchedule>);
                       });
               },
               {kMaxBody, false});
    router.add(Method::Get, one, kPermission, [this](Request &request) {
        return http::respond(m_schedules.get(request.mutation(), request.idParam(kSchedule)),
                             http::ok<ComplianceSchedule>);
    });
    router.add(Method::Patch, one, kPermission,
               [this](Request &request) {
                   return http::withFieldsDeferringErrors<Fields>(
                       request.raw, [&](const Fields &fields, const shared::FieldErrors &invalid) {
                           return http::respond(
                               m_schedules.update(request.mutation(), request.idParam(kSchedule), fields, invalid),
                               http::ok<ComplianceSchedule>);
                       });
               },
               {kMaxBody, false});
    router.add(Method::Delete, one, kPermission, [this](Request &request) {
        return http::respond(m_schedules.remove(request.mutation(), request.idParam(kSchedule)), http::noContent);
    });
    router.add(Method::Post, one + QStringLiteral("/run"), kPermission, [this](Request &request) {
        return http::respond(m_schedules.runNow(request.mutation(), request.idParam(kSchedule)),
                             http::ok<ComplianceSchedule>);
    });
}

} // namespace adp::server::compliance
