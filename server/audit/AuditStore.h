#pragma once

#include "StoredAuditEvent.h"
#include "storage/Transaction.h"

namespace adp::server::audit {

// The one writer of audit_events, audit_chain_head and audit_anchor: events go in unsealed
// (AuditRecorder), are sealed once (AuditSealer), and the oldest are removed once archived
// (AuditArchiver) behind the anchor; nothing else changes them.
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

    struct Anchor
    {
        qint64 seq = 0; // the last archived event; 0: none ever was
        QString hash;
        QString mac;
        qint64 archivedAtMs = 0;
        QString archiveFile;
    };
    // Moves the anchor to `anchor` and removes every sealed event it covers (the database lets
    // through no other deletion).
    static void archive(storage::Transaction &tx, const Anchor &anchor);
};

} // namespace adp::server::audit
