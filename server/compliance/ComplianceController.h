#pragma once

#include "ComplianceService.h"
#include "http/Router.h"

namespace adp::server::compliance {

// GET /api/v1/compliance/report: every compliance check, now.
class ComplianceController
{
public:
    explicit ComplianceController(ComplianceService &service)
        : m_service(service)
    {
    }
    void registerRoutes(http::Router &router);

private:
    ComplianceService &m_service;
};

} // namespace adp::server::compliance
