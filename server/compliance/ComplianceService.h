#pragma once

#include "ComplianceChecks.h"
#include "audit/AuditRecorder.h"
#include "audit/AuditSealer.h"
#include "core/ServiceError.h"

namespace adp::server::compliance {

// Makes a compliance report for a person (who may is the permission table's business:
// compliance.read). Asking is itself audited, and the trail is sealed first, so the report
// links to every event committed before it was asked for.
class ComplianceService
{
public:
    ComplianceService(storage::Database &database, ComplianceChecks &checks, const audit::AuditRecorder &audit,
                      audit::AuditSealer &sealer)
        : m_database(database)
        , m_checks(checks)
        , m_audit(audit)
        , m_sealer(sealer)
    {
    }

    Outcome<shared::ComplianceReport> report(const MutationContext &context, const shared::ComplianceQuery &query);

private:
    storage::Database &m_database;
    ComplianceChecks &m_checks;
    const audit::AuditRecorder &m_audit;
    audit::AuditSealer &m_sealer;
};

} // namespace adp::server::compliance
