#pragma once

#include "StoredAuditEvent.h"
#include "storage/Transaction.h"

namespace adp::server::audit {

// The one writer of audit_events and audit_chain_head: events go in unsealed
// (AuditRecorder) and are sealed once (AuditSealer); nothing else changes them.
class AuditStore
{
public:
    // The event as recorded, without seq, prev_hash or hash.
    static void insertUnsealed(storage::Transaction &tx, const StoredAuditEvent &event);

    struct Head
    {
        qint64 lastSeq = 0;
        QString lastHash;
    };
    // The chain head, locked until the transaction ends on PostgreSQL (SQLite's write lock covers it).
    static Head lockHead(storage::Transaction &tx);
    // Writes each event's seq, prev_hash and hash and moves the head to `head` (with its MAC).
    static void seal(storage::Transaction &tx, const QList<StoredAuditEvent> &events, const Head &head,
                     const QString &headMac);
};

} // namespace adp::server::audit
