#pragma once

#include "core/Clock.h"
#include "kv/RedisClient.h"

#include <QHash>
#include <QMutex>
#include <optional>

namespace adp::server::auth {

// Counts failed sign-ins in fixed windows; past a limit, further attempts are
// refused until the window ends, without even checking the password. An
// account is locked per address it is guessed from (so a stranger elsewhere
// cannot lock the administrator out), an address for all accounts it sprays,
// and an account everywhere only after a distributed guessing run far past
// what one address may try. Counters live in Redis on a team server (so every
// replica agrees) and in memory when embedded.
class LoginThrottle
{
public:
    static constexpr int kAccountLimit = 5;             // one account from one address
    static constexpr int kAddressLimit = 30;            // one address, any accounts
    static constexpr int kAccountEverywhereLimit = 200; // one account, from anywhere
    static constexpr qint64 kWindowMs = 15 * 60 * 1000;

    LoginThrottle(const Clock &clock, kv::RedisClient *redis)
        : m_clock(clock)
        , m_redis(redis)
    {
    }

    // Seconds until the account or address may try again; nullopt when it may now.
    std::optional<qint64> retryAfter(const QString &account, const QString &address);
    void recordFailure(const QString &account, const QString &address);
    void recordSuccess(const QString &account, const QString &address);

private:
    struct Window
    {
        int count = 0;
        qint64 endsAtMs = 0;
    };
    std::optional<qint64> blockedFor(const QString &key, int limit);
    void increment(const QString &key);

    const Clock &m_clock;
    kv::RedisClient *m_redis; // null when embedded
    QMutex m_mutex;
    QHash<QString, Window> m_windows;
};

} // namespace adp::server::auth
