#pragma once

#include "Session.h"

#include <QHash>
#include <QMutex>
#include <functional>

namespace adp::server::auth {

// Keeps recently seen sessions in memory so most requests need no round trip
// to Redis or the database. An entry lives at most `maxAgeMs` and never past
// the session's expiry; a revocation anywhere drops it at once through
// `invalidate` (called locally, and from the event bus on a team server).
class SessionCache : public SessionStore
{
public:
    SessionCache(SessionStore &backing, qint64 maxAgeMs, size_t capacity = 10000);

    void put(const Session &session) override;
    std::optional<Session> find(const QString &tokenHash, qint64 nowMs) override;
    void remove(const QString &tokenHash) override;
    QList<Session> listForUser(qint64 userId, qint64 nowMs) override { return m_backing.listForUser(userId, nowMs); }
    void extend(const QString &tokenHash, qint64 expiresAtMs, qint64 nowMs) override;

    void invalidate(const QString &tokenHash);
    // Called after remove(): tell other replicas (set by the team server).
    void setRevocationPublisher(std::function<void(const QString &tokenHash)> publish)
    {
        m_publish = std::move(publish);
    }

private:
    struct Entry
    {
        Session session;
        qint64 cachedAtMs = 0;
    };

    SessionStore &m_backing;
    qint64 m_maxAgeMs;
    size_t m_capacity;
    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    std::function<void(const QString &)> m_publish;
};

} // namespace adp::server::auth
