#include "DatabaseSessionStore.h"

namespace adp::server::auth {

namespace {
constexpr qint64 kPurgeIntervalMs = 10 * 60 * 1000;
}

void DatabaseSessionStore::put(const Session &session)
{
    m_database.query(QStringLiteral("INSERT INTO sessions (token_hash, user_id, username, is_admin, created_at, "
                                    "expires_at, ip, user_agent, is_auditor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {session.tokenHash, session.userId, session.username, session.isAdmin, session.createdAtMs,
                      session.expiresAtMs, session.ip, session.userAgent.left(512), session.isAuditor});
    purgeExpired(session.createdAtMs);
}

namespace {
const QString kSessionColumns =
    QStringLiteral("token_hash, user_id, username, is_admin, created_at, expires_at, ip, user_agent, is_auditor");

Session sessionFromRow(const storage::ResultSet &rows, int row)
{
    return {rows.value(row, 0).toString(), rows.value(row, 1).toLongLong(), rows.value(row, 2).toString(),
            rows.value(row, 3).toBool(),   rows.value(row, 4).toLongLong(), rows.value(row, 5).toLongLong(),
            rows.value(row, 6).toString(), rows.value(row, 7).toString(),   rows.value(row, 8).toBool()};
}
} // namespace

std::optional<Session> DatabaseSessionStore::find(const QString &tokenHash, qint64 nowMs)
{
    const storage::ResultSet rows =
        m_database.query(QStringLiteral("SELECT ") + kSessionColumns +
                             QStringLiteral(" FROM sessions WHERE token_hash = ? AND expires_at > ?"),
                         {tokenHash, nowMs});
    if (rows.isEmpty())
        return std::nullopt;
    return sessionFromRow(rows, 0);
}

QList<Session> DatabaseSessionStore::listForUser(qint64 userId, qint64 nowMs)
{
    const storage::ResultSet rows = m_database.query(
        QStringLiteral("SELECT ") + kSessionColumns +
            QStringLiteral(" FROM sessions WHERE user_id = ? AND expires_at > ? ORDER BY created_at, token_hash"),
        {userId, nowMs});
    QList<Session> sessions;
    for (int row = 0; row < rows.size(); ++row)
        sessions.append(sessionFromRow(rows, row));
    return sessions;
}

void DatabaseSessionStore::extend(const QString &tokenHash, qint64 expiresAtMs, qint64)
{
    m_database.query(QStringLiteral("UPDATE sessions SET expires_at = ? WHERE token_hash = ?"),
                     {expiresAtMs, tokenHash});
}

void DatabaseSessionStore::remove(const QString &tokenHash)
{
    m_database.query(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {tokenHash});
}

void DatabaseSessionStore::purgeExpired(qint64 nowMs)
{
    qint64 last = m_lastPurgeMs.load();
    if (nowMs - last < kPurgeIntervalMs || !m_lastPurgeMs.compare_exchange_strong(last, nowMs))
        return;
    m_database.query(QStringLiteral("DELETE FROM sessions WHERE expires_at <= ?"), {nowMs});
}

} // namespace adp::server::auth
