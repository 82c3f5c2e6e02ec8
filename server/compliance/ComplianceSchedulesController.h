#pragma once

#include "ComplianceSchedules.h"
#include "http/Router.h"

namespace adp::server::compliance {

// /api/v1/compliance/schedules: list, create, read, change, delete and run scheduled reports.
class ComplianceSchedulesController
{
public:
    explicit ComplianceSchedulesController(ComplianceSchedules &schedules)
        : m_schedules(schedules)
    {
    }
    void registerRoutes(http::Router &router);

private:
    ComplianceSchedules &m_schedules;
};

} // namespace adp::server::compliance
