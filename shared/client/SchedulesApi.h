#pragma once

#include "ApiClient.h"
#include "shared/core/Pipeline.h"
#include "shared/core/PipelineSchedule.h"

namespace adp::shared {

// Pipeline schedules: /api/v1/projects/{p}/schedules and /api/v1/schedules/{id}.
class SchedulesApi
{
public:
    explicit SchedulesApi(ApiClient &client)
        : m_client(client)
    {
    }

    template <typename T> using Then = std::function<void(const ApiResult<T> &)>;

    void list(const QString &project, QObject *context, Then<QList<PipelineSchedule>> done);
    void create(const QString &project, const PipelineScheduleFields &fields, QObject *context,
                Then<PipelineSchedule> done);
    void get(qint64 id, QObject *context, Then<PipelineSchedule> done);
    void update(qint64 id, const PipelineScheduleFields &fields, QObject *context, Then<PipelineSchedule> done);
    void remove(qint64 id, QObject *context, Then<Done> done);
    // Runs it now: the pipeline it made.
    void play(qint64 id, QObject *context, Then<Pipeline> done);

private:
    ApiClient &m_client;
};

} // namespace adp::shared
