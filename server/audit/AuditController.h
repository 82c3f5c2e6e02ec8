#pragma once

#include "AuditService.h"
#include "http/Router.h"

namespace adp::server::audit {

// /api/v1/audit: list with filters, and verify the chain.
class AuditController
{
public:
    explicit AuditController(AuditService &service)
        : m_service(service)
    {
    }
    void registerRoutes(http::Router &router);

private:
    http::HttpResponse list(http::Request &request);
    http::HttpResponse verify(http::Request &request);

    AuditService &m_service;
};

} // namespace adp::server::audit
