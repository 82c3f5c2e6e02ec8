#include "AuditStore.h"

namespace adp::server::audit {

namespace {
QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// A PostgreSQL array literal of values that need no escaping (numbers, hex).
QString arrayLiteral(const QStringList &values)
{
    return QStringLiteral("{\"") + values.join(QStringLiteral("\",\"")) + QStringLiteral("\"}");
}
} // namespace

void AuditStore::insertUnsealed(storage::Transaction &tx, const StoredAuditEvent &event)
{
    // Nothing reads it back: it rides with the transaction's next statement or its COMMIT.
    const auto id = [](qint64 value) { return value > 0 ? QVariant(value) : QVariant(); };
    tx.execLater(QStringLiteral("INSERT INTO audit_events (occurred_at, actor_id, actor_name, action, target_type, "
                                "target_id, request_id, ip, user_agent, before_json, after_json, entry_mac, "
                                "scope_organisation, scope_project, scope_environment) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {event.occurredAtMs, id(event.actorId), event.actorName, event.action, event.targetType,
                  event.targetId, event.requestId, event.ip, event.userAgent, orNull(event.beforeJson),
                  orNull(event.afterJson), event.entryMac, id(event.scope.organisationId), id(event.scope.projectId),
                  id(event.scope.environmentId)});
}

AuditStore::Head AuditStore::lockHead(storage::Transaction &tx)
{
    const QString lock = tx.dialect() == storage::Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
    const auto head = tx.exec(QStringLiteral("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1") + lock);
    return {head.value(0, 0).toLongLong(), head.value(0, 1).toString()};
}

void AuditStore::seal(storage::Transaction &tx, const QList<StoredAuditEvent> &events, const Head &head,
                      const QString &headMac)
{
    if (tx.dialect() == storage::Dialect::Postgres) {
        // One statement for the whole batch.
        QStringList ids, seqs, prevHashes, hashes;
        for (const StoredAuditEvent &event : events) {
            ids.append(QString::number(event.id));
            seqs.append(QString::number(event.seq));
            prevHashes.append(event.prevHash);
            hashes.append(event.hash);
        }
        tx.exec(QStringLiteral("UPDATE audit_events AS e SET seq = v.seq, prev_hash = v.prev_hash, hash = v.hash "
                               "FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[]) AS v(id, seq, prev_hash, "
                               "hash) WHERE e.id = v.id"),
                {arrayLiteral(ids), arrayLiteral(seqs), arrayLiteral(prevHashes), arrayLiteral(hashes)});
    } else {
        for (const StoredAuditEvent &event : events)
            tx.exec(QStringLiteral("UPDATE audit_events SET seq = ?, prev_hash = ?, hash = ? WHERE id = ?"),
                    {event.seq, event.prevHash, event.hash, event.id});
    }
    tx.exec(QStringLiteral("UPDATE audit_chain_head SET last_seq = ?, last_hash = ?, mac = ? WHERE id = 1"),
            {head.lastSeq, head.lastHash, headMac});
}

void AuditStore::archive(storage::Transaction &tx, const Anchor &anchor)
{
    tx.exec(QStringLiteral("UPDATE audit_anchor SET seq = ?, hash = ?, mac = ?, archived_at = ?, archive_file = ? "
                           "WHERE id = 1"),
            {anchor.seq, anchor.hash, anchor.mac, anchor.archivedAtMs, anchor.archiveFile});
    tx.exec(QStringLiteral("DELETE FROM audit_events WHERE seq IS NOT NULL AND seq <= ?"), {anchor.seq});
}

} // namespace adp::server::audit
