#include "Transaction.h"

#include <spdlog/spdlog.h>

namespace adp::server::storage {

Transaction::Transaction(Database &database)
    : m_connection(database.acquire())
    , m_dialect(database.dialect())
{
    m_connection->begin();
}

Transaction::~Transaction()
{
    if (m_finished)
        return;
    try {
        m_connection->rollback();
    } catch (const std::exception &error) {
        spdlog::warn("rollback failed: {}", error.what());
    }
}

ResultSet Transaction::exec(const QString &sql, const SqlParams &params)
{
    if (m_later.isEmpty())
        return m_connection->exec(sql, params);
    return execBatch({{sql, params}}).constLast();
}

QList<ResultSet> Transaction::execBatch(const QList<Connection::Statement> &statements)
{
    if (m_later.isEmpty())
        return m_connection->execBatch(statements);
    const qsizetype waiting = m_later.size();
    QList<Connection::Statement> all = std::exchange(m_later, {});
    all.append(statements);
    return m_connection->execBatch(all).mid(waiting);
}

void Transaction::copyIn(const QString &table, const QStringList &columns, const RowBatch &rows)
{
    if (!m_later.isEmpty())
        m_connection->execBatch(std::exchange(m_later, {}));
    m_connection->copyIn(table, columns, rows);
}

void Transaction::execLater(const QString &sql, const SqlParams &params)
{
    m_later.append({sql, params});
}

void Transaction::rollback()
{
    if (m_finished)
        return;
    m_finished = true;
    m_later.clear();
    m_connection->rollback();
}

ResultSet Transaction::commitWith(const QString &sql, const SqlParams &params)
{
    execLater(sql, params);
    const QList<ResultSet> results = finish();
    return results.constLast();
}

void Transaction::allowLossOnDatabaseCrash()
{
    if (m_dialect == Dialect::Postgres)
        execLater(QStringLiteral("SET LOCAL synchronous_commit TO OFF"));
}

void Transaction::commit()
{
    finish();
}

QList<ResultSet> Transaction::finish()
{
    QList<ResultSet> results = m_connection->commitAfter(std::exchange(m_later, {}));
    m_finished = true;
    for (const auto &action : m_afterCommit) {
        try {
            action();
        } catch (const std::exception &error) {
            spdlog::warn("after-commit action failed: {}", error.what());
        }
    }
    return results;
}

} // namespace adp::server::storage
