#include "LeaderLease.h"

namespace adp::server::storage {

bool LeaderLease::hold(qint64 nowMs)
{
    // One statement decides: insert, renew our own, or take over an expired one; anything else changes nothing.
    const auto held = m_database.query(
        QStringLiteral("INSERT INTO leader_leases (name, holder, expires_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at "
                       "WHERE leader_leases.holder = excluded.holder OR leader_leases.expires_at <= ? "
                       "RETURNING holder"),
        {m_name, m_holder, nowMs + m_ttlMs, nowMs});
    return !held.isEmpty();
}

void LeaderLease::release()
{
    m_database.query(QStringLiteral("DELETE FROM leader_leases WHERE name = ? AND holder = ?"), {m_name, m_holder});
}

} // namespace adp::server::storage
