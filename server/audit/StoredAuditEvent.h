#pragma once

#include "shared/core/AuditEvent.h"

#include <QString>
#include <QVariant>

namespace adp::server::audit {

// An audit row exactly as stored, the input of the chain's hashes.
struct StoredAuditEvent
{
    qint64 seq = 0;
    qint64 occurredAtMs = 0;
    qint64 actorId = 0;
    QString actorName;
    QString action;
    QString targetType;
    QString targetId;
    QString requestId;
    QString ip;
    QString userAgent;
    QString beforeJson; // empty when none
    QString afterJson;
    QString prevHash;
    QString hash;

    // The fields the hash covers, in a fixed order, as compact JSON.
    QByteArray canonical() const;
    // The event as the API shows it.
    shared::AuditEvent toApi() const;
};

} // namespace adp::server::audit
