#include "AuditRecorder.h"

#include <QJsonDocument>

namespace adp::server::audit {

namespace {
QVariant jsonOrNull(const QJsonObject &object)
{
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

void AuditRecorder::record(storage::Transaction &tx, const MutationContext &context, const AuditEntry &entry) const
{
    tx.exec(QStringLiteral("INSERT INTO audit_events (occurred_at, actor_id, actor_name, action, target_type, "
                           "target_id, request_id, ip, user_agent, before_json, after_json) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {m_clock.nowMs(), context.actor.userId > 0 ? QVariant(context.actor.userId) : QVariant(),
             context.actor.username, entry.action, entry.targetType, entry.targetId, context.request.requestId,
             context.request.ip, context.request.userAgent, jsonOrNull(entry.before), jsonOrNull(entry.after)});
}

} // namespace adp::server::audit
