#pragma once

#include "audit/AuditArchiver.h"
#include "audit/AuditController.h"
#include "audit/AuditRecorder.h"
#include "audit/AuditReporter.h"
#include "audit/AuditRepository.h"
#include "audit/AuditSealer.h"
#include "audit/AuditService.h"

namespace adp::server {

// The audit trail: the recorder every mutation reports to, the sealer that chains
// what they committed, reading, verifying, exporting and archiving it, its routes.
struct AuditModule
{
    struct Files
    {
        QString key;            // the chain's
        QString signingKey;     // exports' (Ed25519)
        QString reportRenderer; // adp-audit-report, beside adp-server
        QString archiveDir;     // where retention puts archived events
        int retentionDays = 0;  // 0: kept for ever
    };
    AuditModule(storage::Database &database, const Clock &clock, const Files &files, events::EventPublisher *publisher);
    void registerRoutes(http::Router &router);

    audit::AuditChain chain;
    audit::AuditSealer sealer;
    audit::AuditRecorder recorder;
    audit::AuditRepository repository;
    audit::AuditService service;
    audit::AuditSigningKey signingKey;
    audit::AuditExporter exporter;
    audit::AuditReporter reporter;
    audit::AuditArchiver archiver;
    audit::AuditRetention retention;
    audit::AuditController controller;
};

} // namespace adp::server
