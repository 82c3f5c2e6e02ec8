#include "ClusterDayCosts.h"

#include <QHash>

namespace adp::server::costs {

namespace {
const QString kCpu = QStringLiteral("cluster.cpu");
const QString kMemory = QStringLiteral("cluster.memory");
} // namespace

void ClusterDayCosts::forEach(qint64 organisationId, qint64 fromDay, qint64 toDay, const PriceList &prices,
                              const WorkloadVisitor &workload, const IdleVisitor &idle)
{
    // What each cluster's workloads took each day: the rest of its capacity is idle.
    QHash<std::pair<qint64, qint64>, shared::costs::ResourceTotals> taken;
    m_clusters.forEachWorkloadDay(organisationId, fromDay, toDay, [&](ClusterCostRepository::WorkloadDay day) {
        day.usage.cpuNanos = prices.cost(kCpu, day.usage.cpuAllocatedMcoreMs, day.day);
        day.usage.memoryNanos = prices.cost(kMemory, day.usage.memoryAllocatedMibMs, day.day);
        taken[{day.clusterId, day.day}].addAlongside(day.usage);
        workload(day);
    });
    m_clusters.forEachCapacityDay(organisationId, fromDay, toDay, [&](ClusterCostRepository::CapacityDay day) {
        const shared::costs::ResourceTotals took = taken.value({day.clusterId, day.day});
        IdleDay idleDay;
        idleDay.day = day.day;
        idleDay.projectSlug = day.projectSlug;
        idleDay.projectName = day.projectName;
        idleDay.capacity = day.capacity;
        idleDay.capacity.cpuNanos = prices.cost(kCpu, day.capacity.cpuMcoreMs, day.day);
        idleDay.capacity.memoryNanos = prices.cost(kMemory, day.capacity.memoryMibMs, day.day);
        // Overcommitted (usage beyond what the nodes said they offer): nothing idle, never negative.
        idleDay.idleCpuMcoreMs = std::max<qint64>(day.capacity.cpuMcoreMs - took.cpuAllocatedMcoreMs, 0);
        idleDay.idleMemoryMibMs = std::max<qint64>(day.capacity.memoryMibMs - took.memoryAllocatedMibMs, 0);
        idleDay.idleCpuNanos = std::max<qint64>(idleDay.capacity.cpuNanos - took.cpuNanos, 0);
        idleDay.idleMemoryNanos = std::max<qint64>(idleDay.capacity.memoryNanos - took.memoryNanos, 0);
        idle(idleDay);
    });
}

} // namespace adp::server::costs
