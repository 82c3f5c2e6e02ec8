#pragma once

#include "AuditRecorder.h"
#include "AuditRepository.h"
#include "core/ServiceError.h"
#include "shared/core/AuditEvent.h"

namespace adp::server::audit {

// Reading and verifying the audit trail. Only administrators may, for now
// (the auditor role comes with RBAC); a refusal is itself an audit event.
class AuditService
{
public:
    AuditService(storage::Database &database, AuditRepository &repository, const AuditRecorder &recorder)
        : m_database(database), m_repository(repository), m_recorder(recorder)
    {}

    struct Page
    {
        QList<shared::AuditEvent> items;
        QString nextCursor;
    };
    Outcome<Page> list(const MutationContext &context, const shared::AuditQuery &query);
    Outcome<shared::AuditVerification> verify(const MutationContext &context);

private:
    std::optional<ServiceError> requireAuditor(const MutationContext &context, const QString &what);

    storage::Database &m_database;
    AuditRepository &m_repository;
    const AuditRecorder &m_recorder;
};

} // namespace adp::server::audit
