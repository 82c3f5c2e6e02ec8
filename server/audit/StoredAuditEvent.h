#pragma once

#include "ports/AuditTrail.h"
#include "shared/core/AuditEvent.h"
#include "storage/ResultSet.h"

#include <QByteArrayView>
#include <QString>
#include <QVariant>
#include <array>

namespace adp::server::audit {

// An audit row exactly as stored, the input of the chain's hashes.
struct StoredAuditEvent
{
    qint64 id = 0;  // insertion order; not covered by any hash
    qint64 seq = 0; // 0 until sealed
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
    QString entryMac;         // see AuditChain::entryMac; empty on events sealed before schema 23
    shared::AuditScope scope; // none on events recorded before schema 39

    // The fields the hash covers, in a fixed order, as compact JSON; a scope, when the event
    // has one, as a 13th element [organisation, project, environment], so that events without
    // one (all those recorded before scopes existed) keep the bytes they were sealed with.
    QByteArray canonical() const { return canonicalAt(seq); }
    // The same with seq 0: what the entry MAC covers, before a seq exists.
    QByteArray unsealedCanonical() const { return canonicalAt(0); }
    // The same bytes from the columns' UTF-8 text as the database returns them
    // (seq, occurred_at, actor_id, actor_name, action, target_type, target_id,
    // request_id, ip, user_agent, before_json, after_json; an empty actor_id is 0), and the
    // scope's three columns (empty for none).
    static QByteArray canonicalFromText(const std::array<QByteArrayView, 12> &columns,
                                        const std::array<QByteArrayView, 3> &scope);
    // Every column, in the order fromRow reads them: the first 12 are canonicalFromText's
    // columns, then prev_hash, hash, entry_mac, id, and the scope's three (kScopeColumn on).
    static constexpr int kScopeColumn = ports::AuditTrail::kScopeColumn;
    static const QString &columns();
    static StoredAuditEvent fromRow(const storage::ResultSet &rows, int row);
    // The event as the API shows it.
    shared::AuditEvent toApi() const;

private:
    QByteArray canonicalAt(qint64 sequence) const;
};

} // namespace adp::server::audit
