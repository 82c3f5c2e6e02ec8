#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace adp::server::auth {

// A signed-in session as stored: the token itself is never kept, only its hash.
struct Session
{
    QString tokenHash;
    qint64 userId = 0;
    QString username;
    bool isAdmin = false;
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    QString ip;
    QString userAgent;
    bool isAuditor = false;
};

// Where sessions live: Redis with a TTL on a team server, the database when
// embedded. Both expire by time; callers never see an expired session.
class SessionStore
{
public:
    virtual ~SessionStore() = default;
    virtual void put(const Session &session) = 0;
    virtual std::optional<Session> find(const QString &tokenHash, qint64 nowMs) = 0;
    virtual void remove(const QString &tokenHash) = 0;
    // The user's sessions that have not expired, oldest first.
    virtual QList<Session> listForUser(qint64 userId, qint64 nowMs) = 0;
    // Moves the expiry (sliding sessions); `nowMs` sets the TTL where one is kept.
    virtual void extend(const QString &tokenHash, qint64 expiresAtMs, qint64 nowMs) = 0;
};

} // namespace adp::server::auth
