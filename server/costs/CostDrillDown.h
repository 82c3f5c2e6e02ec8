#pragma once

#include "ClusterCostRepository.h"
#include "CostLedger.h"
#include "UsageLedger.h"
#include "access/Authorizer.h"
#include "core/ServiceError.h"
#include "shared/costs/CostLines.h"

namespace adp::server::costs {

// What a group of the breakdown is made of, narrowed the way the breakdown is (period, filters,
// metric, currency): bill lines, each job's run, each cluster workload and each cluster's idle
// capacity over the period, and what projects kept and asked their models; the costliest first.
// Members may read (cost.read).
class CostDrillDown
{
public:
    struct Dependencies
    {
        storage::Database &database;
        CostLedger &ledger;
        const access::Authorizer &authorizer;
    };
    explicit CostDrillDown(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Outcome<shared::costs::CostLines> lines(const MutationContext &context, const QString &organisation,
                                            const shared::costs::CostQuery &query, int limit,
                                            const shared::FieldErrors &invalid);

private:
    class CostliestLines;
    // Every line but the bills', each passing the query's filters.
    void addUsageLines(qint64 organisationId, const shared::costs::CostQuery &query, const QString &currency,
                       CostliestLines &lines);

    Dependencies m;
    UsageLedger m_usage{m.database};
    ClusterCostRepository m_clusters{m.database};
};

} // namespace adp::server::costs
