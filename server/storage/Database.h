#pragma once

#include "Connection.h"

#include <functional>
#include <memory>

namespace adp::server::storage {

enum class Dialect { Sqlite, Postgres };

// A connection borrowed from a Database; goes back when the lease dies.
class ConnectionLease
{
public:
    ConnectionLease(Connection *connection, std::function<void(Connection *)> release)
        : m_connection(connection)
        , m_release(std::move(release))
    {
    }
    ConnectionLease(ConnectionLease &&other) noexcept
        : m_connection(std::exchange(other.m_connection, nullptr))
        , m_release(std::move(other.m_release))
    {
    }
    ConnectionLease(const ConnectionLease &) = delete;
    ConnectionLease &operator=(const ConnectionLease &) = delete;
    ~ConnectionLease()
    {
        if (m_connection && m_release)
            m_release(m_connection);
    }

    Connection *operator->() const { return m_connection; }
    Connection &operator*() const { return *m_connection; }

private:
    Connection *m_connection;
    std::function<void(Connection *)> m_release;
};

// The generic database every repository talks to: SQLite for one person,
// PostgreSQL for a team. Thread-safe; each thread borrows its own connection.
class Database
{
public:
    virtual ~Database() = default;

    virtual Dialect dialect() const = 0;
    virtual QString describe() const = 0; // for logs: backend and location, never a password
    virtual ConnectionLease acquire() = 0;

    // One auto-committed statement.
    ResultSet query(const QString &sql, const SqlParams &params = {});
    // One statement, rows handed over as text (see RowView).
    void forEachRow(const QString &sql, const SqlParams &params, const RowVisitor &visit);
    // True when a trivial query answers.
    bool ping();

    // Opens by URL: sqlite:///abs/path.db, sqlite::memory:, postgres://... or postgresql://...
    static std::unique_ptr<Database> open(const QString &url, int poolSize = 8);
};

} // namespace adp::server::storage
