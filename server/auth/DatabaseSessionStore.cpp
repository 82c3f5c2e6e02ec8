#include "DatabaseSessionStore.h"

namespace adp::server::auth {

namespace {
constexpr qint64 kPurgeIntervalMs = 10 * 60 * 1000;
}

void DatabaseSessionStore::put(const Session &session)
{
    m_database.query(QStringLiteral("INSERT INTO sessions (token_hash, user_id, username, is_admin, created_at, "
                                    "expires_at, ip, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {session.tokenHash, session.userId, session.username, session.isAdmin, session.createdAtMs,
                      session.expiresAtMs, session.ip, session.userAgent.left(512)});
    purgeExpired(session.createdAtMs);
}

std::optional<Session> DatabaseSessionStore::find(const QString &tokenHash, qint64 nowMs)
{
    const storage::ResultSet rows = m_database.query(
        QStringLiteral("SELECT user_id, username, is_admin, created_at, expires_at, ip, user_agent FROM sessions "
                       "WHERE token_hash = ? AND expires_at > ?"),
        {tokenHash, nowMs});
    if (rows.isEmpty())
        return std::nullopt;
    Session session;
    session.tokenHash = tokenHash;
    session.userId = rows.value(0, 0).toLongLong();
    session.username = rows.value(0, 1).toString();
    session.isAdmin = rows.value(0, 2).toBool();
    session.createdAtMs = rows.value(0, 3).toLongLong();
    session.expiresAtMs = rows.value(0, 4).toLongLong();
    session.ip = rows.value(0, 5).toString();
    session.userAgent = rows.value(0, 6).toString();
    return session;
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
