#include "AuditService.h"

#include "AuditVerifier.h"

namespace adp::server::audit {

Outcome<AuditService::Page> AuditService::list(const MutationContext &, const shared::AuditQuery &query)
{
    qint64 beforeSeq = 0;
    if (!query.cursor.isEmpty()) {
        bool ok = false;
        beforeSeq = query.cursor.toLongLong(&ok);
        if (!ok || beforeSeq < 1)
            return ServiceError::validation(
                {{QStringLiteral("cursor"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                  QStringLiteral("is not a cursor of this list")}});
    }
    m_sealer.sealPending();
    QList<StoredAuditEvent> rows = m_repository.list(query, beforeSeq);
    Page page;
    if (rows.size() > query.limit) {
        rows.resize(query.limit);
        page.nextCursor = QString::number(rows.constLast().seq);
    }
    for (const StoredAuditEvent &row : rows)
        page.items.append(row.toApi());
    return page;
}

Outcome<shared::AuditVerification> AuditService::verify(const MutationContext &)
{
    m_sealer.sealPending();
    return AuditVerifier(m_repository, m_chain).verify();
}

} // namespace adp::server::audit
