#pragma once

#include "ApiCalls.h"
#include "shared/core/Pipeline.h"
#include "shared/core/PipelineSchedule.h"

namespace adp::shared {

// Pipeline schedules: /api/v1/projects/{p}/schedules and /api/v1/schedules/{id}.
class SchedulesApi : public ProjectResourceCalls<PipelineSchedule, PipelineScheduleFields>
{
public:
    explicit SchedulesApi(ApiClient &client)
        : ProjectResourceCalls(client, "schedules", "a schedule")
    {
    }

    // Runs it now: the pipeline it made.
    void play(qint64 id, QObject *context, Then<Pipeline> done);
};

} // namespace adp::shared
