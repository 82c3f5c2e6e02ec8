#include "AuditStreamRepository.h"

namespace adp::server::auditstreams {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, name, url_sealed, url_hint, token_sealed, action_filter, outcome_filter, active, after_seq, attempts, "
    "next_attempt_at, last_error, COALESCE(last_sent_at, 0), created_by, created_at, updated_at FROM audit_streams ");

} // namespace

QList<AuditStreamRepository::Stored> AuditStreamRepository::select(const QString &where,
                                                                   const storage::SqlParams &params) const
{
    const auto rows = m_database.query(kSelect + where, params);
    return rows.map([&rows](int row) {
        Stored stored;
        stored.id = rows.value(row, 0).toLongLong();
        stored.name = rows.value(row, 1).toString();
        stored.urlSealed = rows.value(row, 2).toString();
        stored.urlHint = rows.value(row, 3).toString();
        stored.tokenSealed = rows.value(row, 4).toString();
        stored.action = rows.value(row, 5).toString();
        stored.outcome = rows.value(row, 6).toString();
        stored.active = rows.value(row, 7).toBool();
        stored.afterSeq = rows.value(row, 8).toLongLong();
        stored.attempts = rows.value(row, 9).toInt();
        stored.nextAttemptMs = rows.value(row, 10).toLongLong();
        stored.lastError = rows.value(row, 11).toString();
        stored.lastSentMs = rows.value(row, 12).toLongLong();
        stored.createdBy = rows.value(row, 13).toString();
        stored.createdMs = rows.value(row, 14).toLongLong();
        stored.updatedMs = rows.value(row, 15).toLongLong();
        return stored;
    });
}

std::optional<AuditStreamRepository::Stored> AuditStreamRepository::find(qint64 id) const
{
    const QList<Stored> found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Stored>(found.constFirst());
}

QList<AuditStreamRepository::Stored> AuditStreamRepository::list() const
{
    return select(QStringLiteral("ORDER BY id"), {});
}

bool AuditStreamRepository::nameTaken(const QString &name, qint64 exceptId) const
{
    return !m_database.query(QStringLiteral("SELECT 1 FROM audit_streams WHERE name = ? AND id <> ?"), {name, exceptId})
                .isEmpty();
}

qint64 AuditStreamRepository::insert(storage::Transaction &tx, const Stored &stream)
{
    return tx
        .exec(QStringLiteral("INSERT INTO audit_streams (name, url_sealed, url_hint, token_sealed, action_filter, "
                             "outcome_filter, active, after_seq, created_by, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
              {stream.name, stream.urlSealed, stream.urlHint, stream.tokenSealed, stream.action, stream.outcome,
               stream.active, stream.afterSeq, stream.createdBy, stream.createdMs, stream.updatedMs})
        .value(0, 0)
        .toLongLong();
}

void AuditStreamRepository::update(storage::Transaction &tx, const Stored &stream)
{
    // A changed address or a resumed stream is tried at once, its failures forgotten.
    tx.exec(QStringLiteral("UPDATE audit_streams SET name = ?, url_sealed = ?, url_hint = ?, action_filter = ?, "
                           "outcome_filter = ?, active = ?, attempts = 0, next_attempt_at = 0, last_error = '', "
                           "updated_at = ? WHERE id = ?"),
            {stream.name, stream.urlSealed, stream.urlHint, stream.action, stream.outcome, stream.active,
             stream.updatedMs, stream.id});
}

void AuditStreamRepository::remove(storage::Transaction &tx, qint64 id)
{
    tx.exec(QStringLiteral("DELETE FROM audit_streams WHERE id = ?"), {id});
}

std::optional<AuditStreamRepository::Stored> AuditStreamRepository::claimDue(qint64 nowMs, qint64 untilMs)
{
    // A read first: polling with a write would take SQLite's write lock twice a second for nothing.
    const auto due = m_database.query(
        QStringLiteral("SELECT id FROM audit_streams WHERE active = ? AND next_attempt_at <= ? AND claimed_until <= ? "
                       "ORDER BY next_attempt_at, id LIMIT 1"),
        {true, nowMs, nowMs});
    if (due.isEmpty())
        return std::nullopt;
    const qint64 id = due.value(0, 0).toLongLong();
    // The claim holds only if nobody took it meanwhile (another replica).
    const auto claimed = m_database.query(
        QStringLiteral("UPDATE audit_streams SET claimed_until = ? WHERE id = ? AND claimed_until <= ? "
                       "AND active = ? RETURNING id"),
        {untilMs, id, nowMs, true});
    if (claimed.isEmpty())
        return std::nullopt;
    return find(id);
}

void AuditStreamRepository::advance(qint64 id, qint64 seq, qint64 sentMs)
{
    if (sentMs == 0) { // only passed over by the filters: says nothing of the receiver
        m_database.query(QStringLiteral("UPDATE audit_streams SET after_seq = ? WHERE id = ? AND after_seq < ?"),
                         {seq, id, seq});
        return;
    }
    m_database.query(QStringLiteral("UPDATE audit_streams SET after_seq = ?, attempts = 0, next_attempt_at = 0, "
                                    "last_error = '', last_sent_at = ? WHERE id = ? AND after_seq < ?"),
                     {seq, sentMs, id, seq});
}

void AuditStreamRepository::failed(qint64 id, int attempts, qint64 retryMs, const QString &error)
{
    m_database.query(
        QStringLiteral("UPDATE audit_streams SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?"),
        {attempts, retryMs, error, id});
}

void AuditStreamRepository::release(qint64 id)
{
    m_database.query(QStringLiteral("UPDATE audit_streams SET claimed_until = 0 WHERE id = ?"), {id});
}

} // namespace adp::server::auditstreams
