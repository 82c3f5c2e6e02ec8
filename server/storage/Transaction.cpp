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
    return m_connection->exec(sql, params);
}

QList<ResultSet> Transaction::execBatch(const QList<Connection::Statement> &statements)
{
    return m_connection->execBatch(statements);
}

void Transaction::rollback()
{
    if (m_finished)
        return;
    m_finished = true;
    m_connection->rollback();
}

void Transaction::commit()
{
    m_connection->commit();
    m_finished = true;
    for (const auto &action : m_afterCommit) {
        try {
            action();
        } catch (const std::exception &error) {
            spdlog::warn("after-commit action failed: {}", error.what());
        }
    }
}

} // namespace adp::server::storage
