#include "SchedulesApi.h"

#include "ApiCalls.h"

namespace adp::shared {

namespace {
QString onePath(qint64 id)
{
    return QStringLiteral("/api/v1/schedules/%1").arg(id);
}
QString projectPath(const QString &project)
{
    return QStringLiteral("/api/v1/projects/%1/schedules").arg(pathSegment(project));
}
} // namespace

void SchedulesApi::list(const QString &project, QObject *context, Then<QList<PipelineSchedule>> done)
{
    fetchItems<PipelineSchedule>(m_client, projectPath(project), {}, context, std::move(done));
}

void SchedulesApi::create(const QString &project, const PipelineScheduleFields &fields, QObject *context,
                          Then<PipelineSchedule> done)
{
    sendForOne<PipelineSchedule>(m_client, "POST", projectPath(project), fields.toJson(), context, std::move(done),
                                 "a schedule");
}

void SchedulesApi::get(qint64 id, QObject *context, Then<PipelineSchedule> done)
{
    sendForOne<PipelineSchedule>(m_client, "GET", onePath(id), {}, context, std::move(done), "a schedule");
}

void SchedulesApi::update(qint64 id, const PipelineScheduleFields &fields, QObject *context,
                          Then<PipelineSchedule> done)
{
    sendForOne<PipelineSchedule>(m_client, "PATCH", onePath(id), fields.toJson(), context, std::move(done),
                                 "a schedule");
}

void SchedulesApi::remove(qint64 id, QObject *context, Then<Done> done)
{
    sendForNothing(m_client, "DELETE", onePath(id), context, std::move(done));
}

void SchedulesApi::play(qint64 id, QObject *context, Then<Pipeline> done)
{
    sendForOne<Pipeline>(m_client, "POST", onePath(id) + QStringLiteral("/play"), QJsonObject{}, context,
                         std::move(done), "a pipeline");
}

} // namespace adp::shared
