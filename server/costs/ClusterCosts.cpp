#include "ClusterCosts.h"

#include "ClusterDayCosts.h"
#include "shared/costs/Money.h"

#include <algorithm>
#include <cmath>

namespace adp::server::costs {

using shared::costs::AllocationQuery;
using shared::costs::AllocationSet;
using shared::costs::kDayMs;

namespace {
const QString kCpu = QStringLiteral("cluster.cpu");
const QString kMemory = QStringLiteral("cluster.memory");

qint64 percentile95(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(std::ceil(0.95 * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(rank, 0, values.size() - 1));
}
} // namespace

Outcome<AllocationSet> ClusterCosts::allocation(const MutationContext &context, const QString &organisation,
                                                const AllocationQuery &query, const shared::FieldErrors &invalid)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("cost.read"));
    if (!access.ok())
        return access.error();
    if (!invalid.isEmpty())
        return ServiceError::validation(invalid);
    AllocationSet set = compute(access.value().organisationId, query);
    set.organisation = access.value().slug;
    return set;
}

AllocationSet ClusterCosts::compute(qint64 organisationId, const AllocationQuery &query)
{
    AllocationSet set;
    set.query = query;
    set.currency = query.currency.isEmpty() ? m.ledger.newestCurrency(organisationId) : query.currency;
    const PriceList prices = m_usage.priceList(organisationId, set.currency);
    const qint64 fromDay = query.from.startOfDay(Qt::UTC).toMSecsSinceEpoch() / kDayMs;
    const qint64 toDay = query.to.startOfDay(Qt::UTC).toMSecsSinceEpoch() / kDayMs;

    // Each day priced at that day's prices, then the window's days added up.
    QMap<QString, shared::costs::WorkloadUsage> workloads;
    QMap<QString, shared::costs::ClusterCapacity> capacities;
    ClusterDayCosts(m_clusters)
        .forEach(
            organisationId, fromDay, toDay, prices,
            [&](const ClusterCostRepository::WorkloadDay &day) {
                const shared::costs::WorkloadUsage &usage = day.usage;
                const QString key =
                    QStringList{usage.cluster, usage.namespaceName, usage.controllerKind, usage.controller}.join(u'\n');
                const auto found = workloads.find(key);
                if (found == workloads.end()) {
                    workloads.insert(key, usage);
                    return;
                }
                found->addLater(usage);
                found->labels = usage.labels; // the latest day's
            },
            [&](const ClusterDayCosts::IdleDay &day) {
                shared::costs::ClusterCapacity &sum = capacities[day.capacity.cluster];
                sum.cluster = day.capacity.cluster;
                sum.observedMs += day.capacity.observedMs;
                sum.cpuMcoreMs += day.capacity.cpuMcoreMs;
                sum.memoryMibMs += day.capacity.memoryMibMs;
                sum.cpuNanos += day.capacity.cpuNanos;
                sum.memoryNanos += day.capacity.memoryNanos;
            });
    set.allocations = shared::costs::AllocationCalculator::allocate(workloads.values(), capacities.values(), query);
    for (const shared::costs::Allocation &allocation : std::as_const(set.allocations))
        set.totalNanos += allocation.totalNanos();

    const qint64 lastDay = toDay - 1;
    if (!prices.on(kCpu, lastDay) || !prices.on(kMemory, lastDay))
        set.notes.append(QStringLiteral("cluster.cpu or cluster.memory has no price in %1: what is unpriced costs 0 "
                                        "(add the node prices to the price list)")
                             .arg(set.currency.isEmpty() ? QStringLiteral("any currency") : set.currency));
    for (const ClusterCostRepository::ClusterState &state : m_clusters.states(organisationId)) {
        if (!state.sampled)
            set.notes.append(QStringLiteral("%1 has not been sampled yet").arg(state.cluster));
        else if (!state.usageMeasured)
            set.notes.append(QStringLiteral("%1 serves no metrics.k8s.io (metrics-server): its workloads are charged "
                                            "their requests, and their usage is unknown")
                                 .arg(state.cluster));
        if (!state.error.isEmpty())
            set.notes.append(
                QStringLiteral("%1 could not be read on the last pass: %2").arg(state.cluster, state.error));
    }
    return set;
}

QList<shared::costs::SavingsFacts::Workload> ClusterCosts::workloads(qint64 organisationId, const QString &project,
                                                                     const QString &currency)
{
    QList<shared::costs::SavingsFacts::Workload> found;
    const PriceList prices = m_usage.priceList(organisationId, currency);
    const qint64 nowMs = m.clock.nowMs();
    const auto cpuPrice = prices.on(kCpu, nowMs / kDayMs);
    const auto memoryPrice = prices.on(kMemory, nowMs / kDayMs);
    if (!cpuPrice && !memoryPrice)
        return found;
    for (const auto &workload : m_clusters.samplesSince(organisationId, nowMs - qint64(kP95Days) * kDayMs)) {
        if (!project.isEmpty() && workload.projectSlug != project)
            continue;
        // Per pod, from the pods the metrics API reported on; a sample with none says nothing.
        QList<qint64> cpu, memory;
        double pods = 0;
        for (const ClusterCostRepository::Sample &sample : workload.samples) {
            if (sample.measuredPods <= 0)
                continue;
            cpu.append(sample.cpuUsageMcores / sample.measuredPods);
            memory.append(sample.memoryUsageMib / sample.measuredPods);
            pods += sample.pods;
        }
        if (cpu.isEmpty())
            continue;
        const ClusterCostRepository::Sample &latest = workload.samples.last();
        const int latestPods = std::max(latest.pods, 1);
        shared::costs::SavingsFacts::Workload facts;
        facts.project = workload.projectSlug;
        facts.projectName = workload.projectName;
        facts.name =
            QStringLiteral("%1/%2/%3:%4")
                .arg(workload.cluster, workload.namespaceName, workload.controllerKind.toLower(), workload.controller);
        facts.samples = int(cpu.size());
        facts.sampleDays = int((latest.atMs - workload.samples.first().atMs) / kDayMs) + 1;
        facts.pods = pods / double(cpu.size());
        facts.cpuRequestMcores = latest.cpuRequestMcores / latestPods;
        facts.memoryRequestMib = latest.memoryRequestMib / latestPods;
        facts.cpuP95Mcores = percentile95(cpu);
        facts.memoryP95Mib = percentile95(memory);
        facts.cpuHourNanos = cpuPrice.value_or(0);
        facts.memoryHourNanos = memoryPrice.value_or(0);
        found.append(facts);
    }
    return found;
}

} // namespace adp::server::costs
