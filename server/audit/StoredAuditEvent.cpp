#include "StoredAuditEvent.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace adp::server::audit {

QByteArray StoredAuditEvent::canonical() const
{
    const QJsonArray fields{seq, occurredAtMs, actorId, actorName, action, targetType, targetId,
                            requestId, ip, userAgent, beforeJson, afterJson};
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

shared::AuditEvent StoredAuditEvent::toApi() const
{
    shared::AuditEvent api;
    api.seq = seq;
    api.occurredAt = QDateTime::fromMSecsSinceEpoch(occurredAtMs, Qt::UTC);
    api.actorId = actorId;
    api.actorName = actorName;
    api.action = action;
    api.targetType = targetType;
    api.targetId = targetId;
    api.requestId = requestId;
    api.ip = ip;
    api.userAgent = userAgent;
    api.before = QJsonDocument::fromJson(beforeJson.toUtf8()).object();
    api.after = QJsonDocument::fromJson(afterJson.toUtf8()).object();
    return api;
}

} // namespace adp::server::audit
