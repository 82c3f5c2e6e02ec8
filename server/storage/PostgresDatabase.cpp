#include "PostgresDatabase.h"

#include "PostgresConnection.h"
#include "StorageError.h"

#include <QUrl>
#include <chrono>

namespace adp::server::storage {

namespace {
constexpr auto kAcquireTimeout = std::chrono::seconds(10);
}

PostgresDatabase::PostgresDatabase(const QString &url, int poolSize)
    : m_conninfo(url.toUtf8())
    , m_poolSize(std::max(1, poolSize))
{
    QUrl parsed(url);
    m_description = QStringLiteral("PostgreSQL %1:%2%3").arg(parsed.host()).arg(parsed.port(5432)).arg(parsed.path());
    ConnectionLease first = acquire(); // connect once now so a bad URL fails at start
}

PostgresDatabase::~PostgresDatabase() = default;

QString PostgresDatabase::describe() const
{
    return m_description;
}

ConnectionLease PostgresDatabase::acquire()
{
    std::unique_lock lock(m_mutex);
    if (m_idle.empty() && m_opened < m_poolSize) {
        // Reserve the slot, connect without holding the lock.
        ++m_opened;
        lock.unlock();
        std::unique_ptr<PostgresConnection> connection;
        try {
            connection = std::make_unique<PostgresConnection>(m_conninfo);
        } catch (...) {
            lock.lock();
            --m_opened;
            throw;
        }
        lock.lock();
        PostgresConnection *raw = connection.get();
        m_all.push_back(std::move(connection));
        return ConnectionLease(raw, [this](Connection *c) { release(c); });
    }
    if (!m_available.wait_for(lock, kAcquireTimeout, [this] { return !m_idle.empty(); }))
        throw StorageError(StorageError::Kind::Unavailable, QStringLiteral("no PostgreSQL connection free"));
    PostgresConnection *connection = m_idle.back();
    m_idle.pop_back();
    lock.unlock();
    if (!connection->ensureHealthy()) {
        release(connection);
        throw StorageError(StorageError::Kind::Unavailable, QStringLiteral("PostgreSQL is unreachable"));
    }
    return ConnectionLease(connection, [this](Connection *c) { release(c); });
}

void PostgresDatabase::release(Connection *connection)
{
    {
        std::lock_guard lock(m_mutex);
        m_idle.push_back(static_cast<PostgresConnection *>(connection));
    }
    m_available.notify_one();
}

} // namespace adp::server::storage
