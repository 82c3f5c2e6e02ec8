#pragma once

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <optional>

namespace adp::server::auditstreams {

// The `audit_streams` table: each receiver's address and token (sealed: opening them is the
// service's business), filters, and how far it has acknowledged the trail.
class AuditStreamRepository
{
public:
    struct Stored
    {
        qint64 id = 0;
        QString name;
        QString urlSealed;
        QString urlHint;
        QString tokenSealed;
        QString action;
        QString outcome;
        bool active = true;
        qint64 afterSeq = 0;
        int attempts = 0;
        qint64 nextAttemptMs = 0;
        QString lastError;
        qint64 lastSentMs = 0; // 0: never
        QString createdBy;
        qint64 createdMs = 0;
        qint64 updatedMs = 0;
    };

    explicit AuditStreamRepository(storage::Database &database)
        : m_database(database)
    {
    }

    std::optional<Stored> find(qint64 id) const;
    QList<Stored> list() const;
    bool nameTaken(const QString &name, qint64 exceptId) const;
    qint64 insert(storage::Transaction &tx, const Stored &stream);
    // The settings a person changes; never the sender's progress.
    void update(storage::Transaction &tx, const Stored &stream);
    void remove(storage::Transaction &tx, qint64 id);

    // The sender's side. Claims one active stream that is due (not failing, or its retry time has
    // come) and not claimed by another replica, until `untilMs`; nullopt when none is.
    std::optional<Stored> claimDue(qint64 nowMs, qint64 untilMs);
    // Acknowledged up to `seq`: its events sent at `sentMs` (a failing stream recovered), or, with
    // `sentMs` 0, passed over by the filters.
    void advance(qint64 id, qint64 seq, qint64 sentMs);
    // The send failed: try again at `retryMs`, keeping the error (never the URL).
    void failed(qint64 id, int attempts, qint64 retryMs, const QString &error);
    void release(qint64 id);

private:
    QList<Stored> select(const QString &where, const storage::SqlParams &params) const;

    storage::Database &m_database;
};

} // namespace adp::server::auditstreams
