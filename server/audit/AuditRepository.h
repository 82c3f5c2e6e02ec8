#pragma once

#include "StoredAuditEvent.h"
#include "shared/core/AuditEvent.h"
#include "storage/Database.h"

#include <functional>

namespace adp::server::audit {

// Reads the audit trail. There is deliberately no update or delete here:
// rows are only ever inserted, by AuditRecorder.
class AuditRepository
{
public:
    explicit AuditRepository(storage::Database &database) : m_database(database) {}

    // Newest first, filtered; `beforeSeq` > 0 continues a previous page.
    QList<StoredAuditEvent> list(const shared::AuditQuery &query, qint64 beforeSeq);
    // Walks the whole chain in seq order, a batch at a time.
    // Events with seq > `afterSeq`, oldest first, at most `limit`.
    QList<StoredAuditEvent> batchAfter(qint64 afterSeq, int limit);

    struct Head
    {
        qint64 lastSeq = 0;
        QString lastHash;
        QString mac;
    };
    Head head();

private:
    storage::Database &m_database;
};

} // namespace adp::server::audit
