#include "AuditService.h"

#include "AuditVerifier.h"

namespace adp::server::audit {

std::optional<ServiceError> AuditService::requireAuditor(const MutationContext &context, const QString &what)
{
    if (context.actor.isAdmin)
        return std::nullopt;
    storage::Transaction tx(m_database);
    m_recorder.record(tx, context, {QStringLiteral("permission.denied"), QStringLiteral("audit"), what, {}, {}});
    tx.commit();
    return ServiceError::forbidden(QStringLiteral("Only administrators may read the audit trail"));
}

Outcome<AuditService::Page> AuditService::list(const MutationContext &context, const shared::AuditQuery &query)
{
    if (auto denied = requireAuditor(context, QStringLiteral("list")))
        return *denied;
    qint64 beforeSeq = 0;
    if (!query.cursor.isEmpty()) {
        bool ok = false;
        beforeSeq = query.cursor.toLongLong(&ok);
        if (!ok || beforeSeq < 1)
            return ServiceError::validation({{QStringLiteral("cursor"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                                              QStringLiteral("is not a cursor of this list")}});
    }
    QList<StoredAuditEvent> rows = m_repository.list(query, beforeSeq);
    Page page;
    if (rows.size() > query.limit) {
        rows.resize(query.limit);
        page.nextCursor = QString::number(rows.constLast().seq);
    }
    for (const StoredAuditEvent &row : rows)
        page.items.append(AuditRepository::toApi(row));
    return page;
}

Outcome<shared::AuditVerification> AuditService::verify(const MutationContext &context)
{
    if (auto denied = requireAuditor(context, QStringLiteral("verify")))
        return *denied;
    return AuditVerifier(m_repository, m_recorder.chain()).verify();
}

} // namespace adp::server::audit
