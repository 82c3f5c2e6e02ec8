#pragma once

#include "audit/AuditController.h"
#include "audit/AuditRecorder.h"
#include "audit/AuditReporter.h"
#include "audit/AuditRepository.h"
#include "audit/AuditSealer.h"
#include "audit/AuditService.h"

namespace adp::server {

// The audit trail: the recorder every mutation reports to, the sealer that chains
// what they committed, reading and verifying it, its routes.
struct AuditModule
{
    // `reportRenderer`: where adp-audit-report is (beside adp-server).
    AuditModule(storage::Database &database, const Clock &clock, const QString &keyFile, const QString &signingKeyFile,
                const QString &reportRenderer, events::EventPublisher *publisher);
    void registerRoutes(http::Router &router);

    audit::AuditChain chain;
    audit::AuditSealer sealer;
    audit::AuditRecorder recorder;
    audit::AuditRepository repository;
    audit::AuditService service;
    audit::AuditSigningKey signingKey;
    audit::AuditExporter exporter;
    audit::AuditReporter reporter;
    audit::AuditController controller;
};

} // namespace adp::server
