#pragma once

#include "ScheduleService.h"
#include "http/Router.h"

namespace adp::server::schedules {

// /api/v1/projects/{project}/schedules (list, create) and /api/v1/schedules/{id} (read, change, delete, play).
class SchedulesController
{
public:
    explicit SchedulesController(ScheduleService &schedules)
        : m_schedules(schedules)
    {
    }
    void registerRoutes(http::Router &router);

private:
    ScheduleService &m_schedules;
};

} // namespace adp::server::schedules
