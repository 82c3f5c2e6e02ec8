#include "ComplianceService.h"

namespace adp::server::compliance {

Outcome<shared::ComplianceReport> ComplianceService::report(const MutationContext &context,
                                                            const shared::ComplianceQuery &query)
{
    {
        storage::Transaction tx(m_database);
        m_audit.record(tx, context,
                       {QStringLiteral("compliance.reported"), QStringLiteral("compliance"), {}, {}, query.toJson()});
        tx.commit();
    }
    m_sealer.sealPending();
    return m_checks.run(query, context.actor.username);
}

} // namespace adp::server::compliance
