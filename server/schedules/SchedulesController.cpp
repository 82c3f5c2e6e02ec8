#include "SchedulesController.h"

#include "http/JsonBody.h"

namespace adp::server::schedules {

using http::HttpResponse;
using http::Method;
using http::Request;

namespace {
const QString kSchedule = QStringLiteral("schedule");
constexpr qint64 kMaxBody = 256 * 1024; // up to 100 variables

using Fields = shared::PipelineScheduleFields;
} // namespace

void SchedulesController::registerRoutes(http::Router &router)
{
    const QString ofProject = QStringLiteral("/api/v1/projects/{project}/schedules");
    const QString one = QStringLiteral("/api/v1/schedules/{schedule}");
    router.add(Method::Get, ofProject, QStringLiteral("pipeline.schedule.list"), [this](Request &request) {
        return http::respond(m_schedules.list(request.mutation(), request.param(QStringLiteral("project"))),
                             http::itemsResponse<shared::PipelineSchedule>);
    });
    router.add(Method::Post, ofProject, QStringLiteral("pipeline.schedule.create"),
               [this](Request &request) {
                   return http::withFieldsDeferringErrors<Fields>(
                       request.raw, [&](const Fields &fields, const shared::FieldErrors &invalid) {
                           return http::respond(m_schedules.create(request.mutation(),
                                                                   request.param(QStringLiteral("project")), fields,
                                                                   invalid),
                                                http::created<shared::PipelineSchedule>);
                       });
               },
               {kMaxBody, false});
    router.add(Method::Get, one, QStringLiteral("pipeline.schedule.read"), [this](Request &request) {
        return http::respond(m_schedules.get(request.mutation(), request.idParam(kSchedule)),
                             http::ok<shared::PipelineSchedule>);
    });
    router.add(Method::Patch, one, QStringLiteral("pipeline.schedule.update"),
               [this](Request &request) {
                   return http::withFieldsDeferringErrors<Fields>(
                       request.raw, [&](const Fields &fields, const shared::FieldErrors &invalid) {
                           return http::respond(
                               m_schedules.update(request.mutation(), request.idParam(kSchedule), fields, invalid),
                               http::ok<shared::PipelineSchedule>);
                       });
               },
               {kMaxBody, false});
    router.add(Method::Delete, one, QStringLiteral("pipeline.schedule.delete"), [this](Request &request) {
        return http::respond(m_schedules.remove(request.mutation(), request.idParam(kSchedule)), http::noContent);
    });
    router.add(Method::Post, one + QStringLiteral("/play"), QStringLiteral("pipeline.schedule.play"),
               [this](Request &request) {
                   return http::respond(m_schedules.play(request.mutation(), request.idParam(kSchedule)),
                                        http::created<shared::Pipeline>);
               },
               {.slow = true}); // fetches and plans
}

} // namespace adp::server::schedules
