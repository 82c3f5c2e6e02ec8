#pragma once

#include "AuditRecorder.h"
#include "AuditRepository.h"
#include "core/ServiceError.h"
#include "shared/core/AuditEvent.h"

namespace adp::server::audit {

// Reading and verifying the audit trail. Who may is the permission table's
// business (audit.read), checked before a request gets here.
class AuditService
{
public:
    AuditService(storage::Database &database, AuditRepository &repository, const AuditRecorder &recorder)
        : m_database(database)
        , m_repository(repository)
        , m_recorder(recorder)
    {
    }

    struct Page
    {
        QList<shared::AuditEvent> items;
        QString nextCursor;
    };
    Outcome<Page> list(const MutationContext &context, const shared::AuditQuery &query);
    Outcome<shared::AuditVerification> verify(const MutationContext &context);

private:
    storage::Database &m_database;
    AuditRepository &m_repository;
    const AuditRecorder &m_recorder;
};

} // namespace adp::server::audit
