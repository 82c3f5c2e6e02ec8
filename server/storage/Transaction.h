#pragma once

#include "Database.h"

#include <functional>
#include <vector>

namespace adp::server::storage {

// RAII transaction: rolls back unless commit() was called, so an exception
// anywhere between the first write and commit leaves nothing half-written.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    ResultSet exec(const QString &sql, const SqlParams &params = {});
    // See Connection::execBatch: one round trip for several statements on PostgreSQL.
    QList<ResultSet> execBatch(const QList<Connection::Statement> &statements);
    void commit();
    // Ends it now, keeping nothing: the way out before writing something else,
    // such as the audit event of a refusal, in a transaction of its own.
    void rollback();
    // Runs after a successful commit (live events); never after a rollback.
    void onCommit(std::function<void()> action) { m_afterCommit.push_back(std::move(action)); }
    Dialect dialect() const { return m_dialect; }

private:
    ConnectionLease m_connection;
    Dialect m_dialect;
    bool m_finished = false;
    std::vector<std::function<void()>> m_afterCommit;
};

} // namespace adp::server::storage
