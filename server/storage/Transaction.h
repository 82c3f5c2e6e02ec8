#pragma once

#include "Database.h"

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
    void commit();
    Dialect dialect() const { return m_dialect; }

private:
    ConnectionLease m_connection;
    Dialect m_dialect;
    bool m_finished = false;
};

} // namespace adp::server::storage
