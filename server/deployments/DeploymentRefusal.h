#pragma once

#include "audit/AuditRecorder.h"
#include "core/ServiceError.h"
#include "storage/Transaction.h"

namespace adp::server::deployments {

// A refused request about one deployment (an approval, a rollback), kept in the audit trail in its
// own transaction though the request changed nothing.
inline void recordDeploymentRefusal(storage::Database &database, const audit::AuditRecorder &audit,
                                    const MutationContext &context, const QString &action, qint64 projectId, qint64 iid,
                                    const ServiceError &error)
{
    storage::Transaction tx(database);
    audit.record(tx, context,
                 {action,
                  QStringLiteral("project"),
                  QString::number(projectId),
                  {},
                  QJsonObject{{QStringLiteral("iid"), iid}, {QStringLiteral("reason"), error.message}}});
    tx.commit();
}

} // namespace adp::server::deployments
