#pragma once

#include "AuditExporter.h"
#include "AuditReporter.h"
#include "AuditService.h"
#include "http/Router.h"

namespace adp::server::audit {

// /api/v1/audit: list with filters, verify the chain, export (CSV, JSON Lines, PDF report).
class AuditController
{
public:
    AuditController(AuditService &service, AuditExporter &exporter, const AuditReporter &reporter,
                    const AuditSigningKey &signingKey)
        : m_service(service)
        , m_exporter(exporter)
        , m_reporter(reporter)
        , m_signingKey(signingKey)
    {
    }
    void registerRoutes(http::Router &router);

private:
    http::HttpResponse list(http::Request &request);
    http::HttpResponse verify(http::Request &request);
    http::HttpResponse exportEvents(http::Request &request);

    AuditService &m_service;
    AuditExporter &m_exporter;
    const AuditReporter &m_reporter;
    const AuditSigningKey &m_signingKey;
};

} // namespace adp::server::audit
