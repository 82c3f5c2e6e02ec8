#pragma once

#include "Session.h"
#include "storage/Database.h"

#include <atomic>

namespace adp::server::auth {

// Sessions in the `sessions` table, for the embedded server.
class DatabaseSessionStore : public SessionStore
{
public:
    explicit DatabaseSessionStore(storage::Database &database)
        : m_database(database)
    {
    }

    void put(const Session &session) override;
    std::optional<Session> find(const QString &tokenHash, qint64 nowMs) override;
    void remove(const QString &tokenHash) override;
    QList<Session> listForUser(qint64 userId, qint64 nowMs) override;
    void extend(const QString &tokenHash, qint64 expiresAtMs, qint64 nowMs) override;

private:
    void purgeExpired(qint64 nowMs);

    storage::Database &m_database;
    std::atomic<qint64> m_lastPurgeMs{0};
};

} // namespace adp::server::auth
