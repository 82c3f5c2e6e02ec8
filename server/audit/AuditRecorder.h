#pragma once

#include "core/Clock.h"
#include "core/RequestContext.h"
#include "storage/Transaction.h"

#include <QJsonObject>

namespace adp::server::audit {

// One change or security event, as written to the audit trail.
struct AuditEntry
{
    QString action;     // e.g. project.created
    QString targetType; // e.g. project
    QString targetId;
    QJsonObject before; // summaries only, never a secret
    QJsonObject after;
};

// The single place every mutation reports to. It writes inside the caller's
// transaction, so no change is ever stored without its audit event.
class AuditRecorder
{
public:
    explicit AuditRecorder(const Clock &clock) : m_clock(clock) {}

    void record(storage::Transaction &tx, const MutationContext &context, const AuditEntry &entry) const;

private:
    const Clock &m_clock;
};

} // namespace adp::server::audit
