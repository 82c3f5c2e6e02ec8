#pragma once

#include "AuditChain.h"
#include "AuditRepository.h"
#include "AuditSealer.h"
#include "core/RequestContext.h"
#include "core/ServiceError.h"
#include "shared/core/AuditEvent.h"

namespace adp::server::audit {

// Reading and verifying the audit trail. Who may is the permission table's
// business (audit.read), checked before a request gets here. Both seal what
// has committed first, so a reader sees every change acknowledged before it asked.
class AuditService
{
public:
    AuditService(AuditRepository &repository, const AuditChain &chain, AuditSealer &sealer)
        : m_repository(repository)
        , m_chain(chain)
        , m_sealer(sealer)
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
    AuditRepository &m_repository;
    const AuditChain &m_chain;
    AuditSealer &m_sealer;
};

} // namespace adp::server::audit
