#pragma once

#include "storage/Connection.h"

#include <QByteArray>
#include <QString>

namespace adp::server::auditstreams {

// One sealed audit event as a stream's receiver gets it: GitLab's streaming audit event shape
// (id, author_id, author_name, entity_*, target_*, event_type, created_at, ip_address, details)
// and its headers, so a SIEM set up for GitLab takes it as it is. `id` is the event's seq, the
// same on every retry: receivers drop what they already have by it.
struct StreamedEvent
{
    qint64 seq = 0;
    QString action;
    QByteArray body; // JSON

    // From a row of ports::AuditTrail::sealedEvents (StoredAuditEvent::columns()).
    static StreamedEvent fromRow(const storage::RowView &row);
};

} // namespace adp::server::auditstreams
