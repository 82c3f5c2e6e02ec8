#pragma once

#include "ClusterCostRepository.h"
#include "PriceList.h"

namespace adp::server::costs {

// Connected clusters' costs day by day at the node prices (cluster.cpu, cluster.memory): each
// workload's day, max(request, usage) priced, where its namespace is attributed; and each
// cluster's idle day, its nodes' capacity priced less what its workloads took that day, never
// below 0 — the one place the ledger, the allocation and the drill-down get them from.
class ClusterDayCosts
{
public:
    explicit ClusterDayCosts(ClusterCostRepository &clusters)
        : m_clusters(clusters)
    {
    }

    // The workload's `usage` carries its priced day (cpuNanos, memoryNanos).
    using WorkloadVisitor = std::function<void(const ClusterCostRepository::WorkloadDay &day)>;
    struct IdleDay
    {
        qint64 day = 0;
        QString projectSlug; // the cluster's project, none for an organisation's cluster
        QString projectName;
        shared::costs::ClusterCapacity capacity; // the whole day's capacity, priced
        qint64 idleCpuMcoreMs = 0;
        qint64 idleMemoryMibMs = 0;
        qint64 idleCpuNanos = 0;
        qint64 idleMemoryNanos = 0;
    };
    using IdleVisitor = std::function<void(const IdleDay &day)>;

    void forEach(qint64 organisationId, qint64 fromDay, qint64 toDay, const PriceList &prices,
                 const WorkloadVisitor &workload, const IdleVisitor &idle);

private:
    ClusterCostRepository &m_clusters;
};

} // namespace adp::server::costs
