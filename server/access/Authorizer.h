#pragma once

#include "AccessResolver.h"
#include "audit/AuditRecorder.h"
#include "core/ServiceError.h"

namespace adp::server::access {

// The resource half of the one authorisation check (access::Permissions): loads
// the caller's role in an organisation or project, asks the permission table,
// and records every refusal in the audit trail. Call it before opening the
// transaction that makes the change: a refusal writes its own audit event.
class Authorizer
{
public:
    Authorizer(storage::Database &database, const audit::AuditRecorder &audit)
        : m_database(database)
        , m_audit(audit)
    {
    }

    // NotFound when the project does not exist or is hidden from the caller,
    // Forbidden when they see it but their role is too low for `action`.
    Outcome<ProjectAccess> project(const MutationContext &context, qint64 projectId, const QString &action) const;
    Outcome<OrganisationAccess> organisation(const MutationContext &context, qint64 organisationId,
                                             const QString &action) const;
    // The same for an organisation named by id or slug (NotFound too when there is none).
    Outcome<OrganisationAccess> organisationNamed(const MutationContext &context, const QString &key,
                                                  const QString &action) const;

    // A refusal decided elsewhere (the route half, or a service's own rule).
    void recordDenied(const MutationContext &context, const QString &action, const QString &targetType,
                      const QString &targetId) const;
    ServiceError deny(const MutationContext &context, const QString &action, const QString &targetType,
                      const QString &targetId, const QString &message) const;

private:
    storage::Database &m_database;
    const audit::AuditRecorder &m_audit;
};

} // namespace adp::server::access
