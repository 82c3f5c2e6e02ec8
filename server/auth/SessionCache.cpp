#include "SessionCache.h"

namespace adp::server::auth {

SessionCache::SessionCache(SessionStore &backing, qint64 maxAgeMs, size_t capacity)
    : m_backing(backing)
    , m_maxAgeMs(maxAgeMs)
    , m_capacity(capacity)
{
}

void SessionCache::put(const Session &session)
{
    m_backing.put(session);
}

std::optional<Session> SessionCache::find(const QString &tokenHash, qint64 nowMs)
{
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_entries.constFind(tokenHash);
        if (it != m_entries.constEnd()) {
            if (it->session.expiresAtMs > nowMs && nowMs - it->cachedAtMs < m_maxAgeMs)
                return it->session;
            m_entries.erase(it);
        }
    }
    auto session = m_backing.find(tokenHash, nowMs);
    if (session) {
        QMutexLocker lock(&m_mutex);
        if (size_t(m_entries.size()) >= m_capacity)
            m_entries.clear(); // crude but bounded; refills from the store
        m_entries.insert(tokenHash, {*session, nowMs});
    }
    return session;
}

void SessionCache::remove(const QString &tokenHash)
{
    m_backing.remove(tokenHash);
    invalidate(tokenHash);
    if (m_publish)
        m_publish(tokenHash);
}

void SessionCache::extend(const QString &tokenHash, qint64 expiresAtMs, qint64 nowMs)
{
    m_backing.extend(tokenHash, expiresAtMs, nowMs);
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.find(tokenHash);
    if (it != m_entries.end())
        it->session.expiresAtMs = expiresAtMs;
}

void SessionCache::invalidate(const QString &tokenHash)
{
    QMutexLocker lock(&m_mutex);
    m_entries.remove(tokenHash);
}

} // namespace adp::server::auth
