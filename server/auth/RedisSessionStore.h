#pragma once

#include "Session.h"
#include "kv/RedisClient.h"

namespace adp::server::auth {

// Sessions as Redis keys with a TTL, for a team server: every replica sees
// them, and Redis drops them when they expire.
class RedisSessionStore : public SessionStore
{
public:
    explicit RedisSessionStore(kv::RedisClient &redis)
        : m_redis(redis)
    {
    }

    void put(const Session &session) override;
    std::optional<Session> find(const QString &tokenHash, qint64 nowMs) override;
    void remove(const QString &tokenHash) override;
    QList<Session> listForUser(qint64 userId, qint64 nowMs) override;
    void extend(const QString &tokenHash, qint64 expiresAtMs, qint64 nowMs) override;

private:
    kv::RedisClient &m_redis;
};

} // namespace adp::server::auth
