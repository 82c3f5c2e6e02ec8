#pragma once

#include "Database.h"
#include "Transaction.h"

#include <functional>

namespace adp::server::storage {

// Runs one statement either auto-committed or inside a transaction, so one
// read function serves both a plain lookup and a check inside a change.
using Executor = std::function<ResultSet(const QString &sql, const SqlParams &params)>;

inline Executor executorOf(Database &database)
{
    return [&database](const QString &sql, const SqlParams &params) { return database.query(sql, params); };
}

inline Executor executorOf(Transaction &tx)
{
    return [&tx](const QString &sql, const SqlParams &params) { return tx.exec(sql, params); };
}

} // namespace adp::server::storage
