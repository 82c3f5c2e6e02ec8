#pragma once

#include "shared/core/AuditEvent.h"
#include "storage/Connection.h"

namespace adp::server::ports {

// The sealed audit trail as a feature reads it (audit streams send what it holds, compliance
// checks link findings to it): how far it is sealed, the sealed events of a range that pass
// filters, oldest first, as rows of StoredAuditEvent::columns(), and how many pass them.
// Implemented by the audit trail's repository.
class AuditTrail
{
public:
    // Where the scope's three columns (organisation, project, environment) start in those rows.
    static constexpr int kScopeColumn = 16;

    virtual ~AuditTrail() = default;
    virtual qint64 sealedHead() = 0;
    virtual void sealedEvents(const shared::AuditQuery &filters, qint64 firstSeq, qint64 lastSeq,
                              const storage::RowVisitor &visit) = 0;
    virtual qint64 countSealed(const shared::AuditQuery &filters) = 0;
    // The seqs of the newest `limit` sealed events that pass the filters, oldest first.
    virtual QList<qint64> newestSealed(const shared::AuditQuery &filters, int limit) = 0;
};

} // namespace adp::server::ports
