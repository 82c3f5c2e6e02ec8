#pragma once

#include "ClusterCostRepository.h"
#include "CostLedger.h"
#include "UsageLedger.h"
#include "access/Authorizer.h"
#include "core/Clock.h"
#include "core/ServiceError.h"
#include "shared/costs/ClusterAllocation.h"
#include "shared/costs/CostSavings.h"

namespace adp::server::costs {

// What connected clusters' workloads cost, in OpenCost's model: each workload is charged
// max(request, usage) at the node prices (cluster.cpu, cluster.memory) day by day; what the
// nodes offered beyond that is idle; shared namespaces and idle are split by the asked rule.
// Also the workloads whose requests stand well above what they use, for the savings advice.
// Members may read (cost.read).
class ClusterCosts
{
public:
    static constexpr int kP95Days = 14;

    struct Dependencies
    {
        storage::Database &database;
        CostLedger &ledger;
        const access::Authorizer &authorizer;
        const Clock &clock;
    };
    explicit ClusterCosts(Dependencies dependencies)
        : m(dependencies)
    {
    }

    QDate today() const { return m.clock.now().date(); } // the UTC day a window like 7d ends with
    Outcome<shared::costs::AllocationSet> allocation(const MutationContext &context, const QString &organisation,
                                                     const shared::costs::AllocationQuery &query,
                                                     const shared::FieldErrors &invalid);
    // The organisation's workloads (of one project when `project` is a slug) with their p95 usage
    // over the last kP95Days, where the cluster measures usage and prices its nodes in `currency`.
    QList<shared::costs::SavingsFacts::Workload> workloads(qint64 organisationId, const QString &project,
                                                           const QString &currency);

private:
    shared::costs::AllocationSet compute(qint64 organisationId, const shared::costs::AllocationQuery &query);

    Dependencies m;
    ClusterCostRepository m_clusters{m.database};
    UsageLedger m_usage{m.database};
};

} // namespace adp::server::costs
