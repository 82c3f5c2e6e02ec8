#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace adp::server::http {

// How many connections each client address holds, shared by the accepting
// thread (which asks) and the HTTP threads (which give back).
class ConnectionLimiter
{
public:
    explicit ConnectionLimiter(int maxPerAddress)
        : m_max(maxPerAddress)
    {
    }

    // False when `address` already holds the most it may.
    bool acquire(const QString &address);
    void release(const QString &address);

private:
    const int m_max;
    QMutex m_mutex;
    QHash<QString, int> m_open;
};

} // namespace adp::server::http
