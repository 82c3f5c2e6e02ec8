#include "LoginThrottle.h"

namespace adp::server::auth {

namespace {
QString accountKey(const QString &account, const QString &address)
{
    return QStringLiteral("adp:login:account:") + address + u':' + account.toCaseFolded();
}

QString accountEverywhereKey(const QString &account)
{
    return QStringLiteral("adp:login:account-all:") + account.toCaseFolded();
}

QString addressKey(const QString &address)
{
    return QStringLiteral("adp:login:address:") + address;
}

qint64 secondsCeil(qint64 ms)
{
    return std::max<qint64>(1, (ms + 999) / 1000);
}
} // namespace

std::optional<qint64> LoginThrottle::blockedFor(const QString &key, int limit)
{
    if (m_redis) {
        const kv::RedisReply count = m_redis->command({QByteArrayLiteral("GET"), key.toUtf8()});
        if (count.isNil() || count.string.toLongLong() < limit)
            return std::nullopt;
        const kv::RedisReply ttl = m_redis->command({QByteArrayLiteral("PTTL"), key.toUtf8()});
        return secondsCeil(std::max<qint64>(ttl.integer, 1));
    }
    QMutexLocker lock(&m_mutex);
    const auto it = m_windows.constFind(key);
    const qint64 now = m_clock.nowMs();
    if (it == m_windows.constEnd() || it->endsAtMs <= now || it->count < limit)
        return std::nullopt;
    return secondsCeil(it->endsAtMs - now);
}

void LoginThrottle::increment(const QString &key)
{
    if (m_redis) {
        const kv::RedisReply count = m_redis->command({QByteArrayLiteral("INCR"), key.toUtf8()});
        if (count.integer == 1)
            m_redis->command({QByteArrayLiteral("PEXPIRE"), key.toUtf8(), QByteArray::number(kWindowMs)});
        return;
    }
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock.nowMs();
    Window &window = m_windows[key];
    if (window.endsAtMs <= now)
        window = {0, now + kWindowMs};
    ++window.count;
    if (m_windows.size() > 100000) {
        // Bounded memory under a spray of addresses: drop finished windows.
        for (auto it = m_windows.begin(); it != m_windows.end();)
            it = it->endsAtMs <= now ? m_windows.erase(it) : std::next(it);
    }
}

std::optional<qint64> LoginThrottle::retryAfter(const QString &account, const QString &address)
{
    std::optional<qint64> longest;
    for (const auto &blocked :
         {blockedFor(accountKey(account, address), kAccountLimit), blockedFor(addressKey(address), kAddressLimit),
          blockedFor(accountEverywhereKey(account), kAccountEverywhereLimit)}) {
        if (blocked)
            longest = std::max(longest.value_or(0), *blocked);
    }
    return longest;
}

void LoginThrottle::recordFailure(const QString &account, const QString &address)
{
    increment(accountKey(account, address));
    increment(addressKey(address));
    increment(accountEverywhereKey(account));
}

void LoginThrottle::recordSuccess(const QString &account, const QString &address)
{
    if (m_redis) {
        m_redis->command({QByteArrayLiteral("DEL"), accountKey(account, address).toUtf8()});
        return;
    }
    QMutexLocker lock(&m_mutex);
    m_windows.remove(accountKey(account, address));
}

} // namespace adp::server::auth
