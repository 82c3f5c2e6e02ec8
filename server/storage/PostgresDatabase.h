#pragma once

#include "Database.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

namespace adp::server::storage {

class PostgresConnection;

// PostgreSQL through libpq with a fixed-size connection pool. Connections are
// opened lazily up to the pool size; a borrower waits a bounded time.
class PostgresDatabase : public Database
{
public:
    PostgresDatabase(const QString &url, int poolSize);
    ~PostgresDatabase() override;

    Dialect dialect() const override { return Dialect::Postgres; }
    QString describe() const override;
    ConnectionLease acquire() override;

private:
    void release(Connection *connection);

    QByteArray m_conninfo;
    QString m_description;
    int m_poolSize;
    int m_opened = 0;
    std::mutex m_mutex;
    std::condition_variable m_available;
    std::vector<std::unique_ptr<PostgresConnection>> m_all;
    std::vector<PostgresConnection *> m_idle;
};

} // namespace adp::server::storage
