#pragma once

#include "storage/Database.h"

namespace adp::test {

// Lifts the database's append-only guard on the audit trail, as someone with raw access could,
// so a test can tamper with sealed events and see verification find it.
inline void liftAuditGuard(server::storage::Database &database)
{
    if (database.dialect() == server::storage::Dialect::Postgres) {
        database.query(QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only"));
    } else {
        database.query(QStringLiteral("DROP TRIGGER audit_events_no_update"));
        database.query(QStringLiteral("DROP TRIGGER audit_events_no_delete"));
    }
}

} // namespace adp::test
