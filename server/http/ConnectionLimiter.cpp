#include "ConnectionLimiter.h"

namespace adp::server::http {

bool ConnectionLimiter::acquire(const QString &address)
{
    const QMutexLocker lock(&m_mutex);
    int &open = m_open[address];
    if (open >= m_max)
        return false;
    ++open;
    return true;
}

void ConnectionLimiter::release(const QString &address)
{
    const QMutexLocker lock(&m_mutex);
    const auto found = m_open.find(address);
    if (found == m_open.end())
        return;
    if (--found.value() <= 0)
        m_open.erase(found);
}

} // namespace adp::server::http
