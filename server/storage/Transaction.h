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
    // A write whose result nobody reads (an audit event, a first grant): it goes with the next
    // exec() or with the COMMIT, in the same round trip on PostgreSQL, in order. If it fails,
    // that exec() or commit() throws and the transaction commits nothing.
    // See Connection::copyIn; what waits (execLater) goes first.
    void copyIn(const QString &table, const QStringList &columns, const RowBatch &rows);
    void execLater(const QString &sql, const SqlParams &params = {});
    void commit();
    // The statement as the transaction's last, and the commit, in one round trip on PostgreSQL.
    ResultSet commitWith(const QString &sql, const SqlParams &params = {});
    // PostgreSQL may acknowledge this transaction's commit before its WAL is on disk
    // (synchronous_commit off for it alone): a crash of PostgreSQL can lose it, and nothing
    // else. Only for writes whose loss the server recovers from by itself; any later ordinary
    // commit flushes them too, since the WAL is written in order. SQLite: no change.
    void allowLossOnDatabaseCrash();
    // Ends it now, keeping nothing: the way out before writing something else,
    // such as the audit event of a refusal, in a transaction of its own.
    void rollback();
    // Runs after a successful commit (live events); never after a rollback.
    void onCommit(std::function<void()> action) { m_afterCommit.push_back(std::move(action)); }
    Dialect dialect() const { return m_dialect; }

private:
    // Commits with whatever waits (execLater); their results.
    QList<ResultSet> finish();

    ConnectionLease m_connection;
    Dialect m_dialect;
    bool m_finished = false;
    std::vector<std::function<void()>> m_afterCommit;
    QList<Connection::Statement> m_later;
};

} // namespace adp::server::storage
