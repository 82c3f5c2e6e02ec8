#include "AuditRecorder.h"

#include "AuditScopes.h"
#include "AuditStore.h"

#include <QJsonDocument>

namespace adp::server::audit {

namespace {
QString compact(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

void AuditRecorder::record(storage::Transaction &tx, const MutationContext &context, const AuditEntry &entry) const
{
    StoredAuditEvent event;
    event.occurredAtMs = m_clock.nowMs();
    event.actorId = context.actor.userId;
    event.actorName = context.actor.username;
    event.action = entry.action;
    event.targetType = entry.targetType;
    event.targetId = entry.targetId;
    event.requestId = context.request.requestId;
    event.ip = context.request.ip;
    event.userAgent = context.request.userAgent.left(512);
    event.beforeJson = compact(entry.before);
    event.afterJson = compact(entry.after);
    event.scope = entry.knownScope ? *entry.knownScope : AuditScopes::of(tx, entry);
    event.entryMac = m_chain.entryMac(event.unsealedCanonical());

    AuditStore::insertUnsealed(tx, event);
    if (m_sealer)
        tx.onCommit([sealer = m_sealer]() { sealer->wake(); });
}

} // namespace adp::server::audit
