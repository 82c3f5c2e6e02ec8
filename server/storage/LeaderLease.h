#pragma once

#include "Database.h"

namespace adp::server::storage {

// Elects one holder of a named duty among replicas sharing a database (the
// pipeline scheduler): whoever holds an unexpired lease keeps it by renewing
// it; when the holder stops renewing, the next to ask after it expires takes
// over. A lease row is the only shared state, so it works the same on SQLite
// and PostgreSQL.
class LeaderLease
{
public:
    LeaderLease(Database &database, QString name, QString holder, qint64 ttlMs)
        : m_database(database)
        , m_name(std::move(name))
        , m_holder(std::move(holder))
        , m_ttlMs(ttlMs)
    {
    }

    // Takes or renews the lease at `nowMs`; true while this holder has it.
    bool hold(qint64 nowMs);
    // Gives it up at once (a clean stop), so another replica need not wait for it to expire.
    void release();

private:
    Database &m_database;
    QString m_name;
    QString m_holder;
    qint64 m_ttlMs;
};

} // namespace adp::server::storage
