#include "AuditRecorder.h"

#include "StoredAuditEvent.h"

#include <QJsonDocument>

namespace adp::server::audit {

namespace {
QString compact(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
} // namespace

void AuditRecorder::record(storage::Transaction &tx, const MutationContext &context, const AuditEntry &entry) const
{
    const QString lock = tx.dialect() == storage::Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
    const auto head = tx.exec(QStringLiteral("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1") + lock);

    StoredAuditEvent event;
    event.seq = head.value(0, 0).toLongLong() + 1;
    event.prevHash = head.value(0, 1).toString();
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
    event.hash = m_chain.eventHash(event.prevHash, event);

    tx.exec(QStringLiteral("INSERT INTO audit_events (seq, occurred_at, actor_id, actor_name, action, target_type, "
                           "target_id, request_id, ip, user_agent, before_json, after_json, prev_hash, hash) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {event.seq, event.occurredAtMs, event.actorId > 0 ? QVariant(event.actorId) : QVariant(), event.actorName,
             event.action, event.targetType, event.targetId, event.requestId, event.ip, event.userAgent,
             orNull(event.beforeJson), orNull(event.afterJson), event.prevHash, event.hash});
    tx.exec(QStringLiteral("UPDATE audit_chain_head SET last_seq = ?, last_hash = ?, mac = ? WHERE id = 1"),
            {event.seq, event.hash, m_chain.headMac(event.seq, event.hash)});
    if (m_events) {
        tx.onCommit([events = m_events, json = event.toApi().toJson()]() {
            events->publish(QString::fromLatin1(kTopic), QStringLiteral("audit.recorded"), json);
        });
    }
}

} // namespace adp::server::audit
