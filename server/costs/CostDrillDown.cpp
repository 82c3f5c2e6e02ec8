#include "CostDrillDown.h"

#include "shared/costs/CostPrice.h"
#include "shared/costs/Money.h"

#include <algorithm>

namespace adp::server::costs {

using shared::costs::CostLine;
using shared::costs::CostLines;
using shared::costs::kDayMs;

namespace {
// Lines summed over the period by what they are.
class LineSums
{
public:
    void add(const CostLine &line)
    {
        const QString key = QStringList{line.source, line.what, line.project, line.environment}.join(u'\n');
        auto found = m_lines.find(key);
        if (found == m_lines.end())
            m_lines.insert(key, line);
        else
            found->costNanos += line.costNanos;
    }
    QList<CostLine> lines() const { return m_lines.values(); }

private:
    QHash<QString, CostLine> m_lines;
};

bool costlier(const CostLine &a, const CostLine &b)
{
    if (a.costNanos != b.costNanos)
        return a.costNanos > b.costNanos;
    return std::tie(a.day, a.what) < std::tie(b.day, b.what);
}
} // namespace

// The costliest `limit` of many lines, kept in a heap whose top is the cheapest kept: memory stays
// bounded however many runs a year had; how many were found and what they came to is counted.
class CostDrillDown::CostliestLines
{
public:
    explicit CostliestLines(int limit)
        : m_limit(limit)
    {
    }
    void add(const CostLine &line)
    {
        ++m_found;
        m_totalNanos += line.costNanos;
        compete(line);
    }
    // A line already counted (a bill line: the bills are counted in SQL).
    void compete(const CostLine &line)
    {
        m_kept.push_back(line);
        std::push_heap(m_kept.begin(), m_kept.end(), costlier);
        if (qsizetype(m_kept.size()) > m_limit) {
            std::pop_heap(m_kept.begin(), m_kept.end(), costlier);
            m_kept.pop_back();
        }
    }
    int found() const { return m_found; }
    qint64 totalNanos() const { return m_totalNanos; }
    QList<CostLine> costliestFirst() const
    {
        QList<CostLine> lines(m_kept.begin(), m_kept.end());
        std::sort(lines.begin(), lines.end(), costlier);
        return lines;
    }

private:
    int m_limit;
    int m_found = 0;
    qint64 m_totalNanos = 0;
    std::vector<CostLine> m_kept;
};

Outcome<CostLines> CostDrillDown::lines(const MutationContext &context, const QString &organisation,
                                        const shared::costs::CostQuery &query, int limit,
                                        const shared::FieldErrors &invalid)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("cost.read"));
    if (!access.ok())
        return access.error();
    if (!invalid.isEmpty())
        return ServiceError::validation(invalid);
    const qint64 organisationId = access.value().organisationId;
    CostLines found;
    found.organisation = access.value().slug;
    found.query = query;
    found.limit = limit;
    found.currency = query.currency.isEmpty() ? m.ledger.newestCurrency(organisationId) : query.currency;
    CostliestLines lines(limit);
    addUsageLines(organisationId, query, found.currency, lines);
    const auto [billLines, billNanos] = m.ledger.lineTotals(organisationId, query, found.currency);
    m.ledger.forEachCostliestLine(organisationId, query, found.currency, limit, [&](const CostLedger::BillLine &bill) {
        QStringList what{bill.service, bill.sku};
        if (!bill.resource.isEmpty())
            what.append(bill.resource);
        what.removeAll(QString());
        lines.compete({QStringLiteral("bill"), QDateTime::fromMSecsSinceEpoch(bill.chargeStartMs, Qt::UTC).date(),
                       what.join(QStringLiteral(" · ")), bill.project, bill.environment, bill.service, bill.nanos});
    });
    found.found = lines.found() + billLines;
    found.totalNanos = lines.totalNanos() + billNanos;
    found.lines = lines.costliestFirst();
    return found;
}

void CostDrillDown::addUsageLines(qint64 organisationId, const shared::costs::CostQuery &query, const QString &currency,
                                  CostliestLines &lines)
{
    using shared::costs::CostMeter;
    const qint64 fromDay = query.from.toMSecsSinceEpoch() / kDayMs;
    const qint64 toDay = query.to.toMSecsSinceEpoch() / kDayMs;
    const auto passes = [&](const QString &project, const QString &environment, const QString &meter) {
        UsageLedger::Cost cost;
        cost.projectSlug = project;
        cost.environment = environment;
        cost.meter = meter;
        return CostLedger::matches(query, cost);
    };
    // Each run of each job, on its day (a project asked for is asked of the database).
    QString askedProject;
    for (const auto &[dimension, value] : query.filters)
        askedProject = dimension == u"project" ? value : askedProject;
    m_usage.forEachJobRun(
        organisationId, 0, fromDay, toDay, currency,
        [&](const UsageLedger::JobRunCost &run) {
            const QString meter = QStringLiteral("runner.") + run.executor;
            if (run.nanos != 0 && passes(run.projectSlug, run.environment, meter))
                lines.add({QStringLiteral("job"), CostPriceRepository::dateOf(run.day),
                           QStringLiteral("%1 #%2 (job %3, %4)")
                               .arg(run.jobName)
                               .arg(run.attempt)
                               .arg(run.jobId)
                               .arg(run.executor),
                           run.projectSlug, run.environment, CostMeter::serviceOf(meter), run.nanos});
        },
        askedProject);
    // Each cluster workload, and each cluster's idle capacity, over the period.
    LineSums clusters;
    const QString cpu = QStringLiteral("cluster.cpu");
    const PriceList prices = m_usage.priceList(organisationId, currency);
    ClusterDayCosts(m_clusters)
        .forEach(
            organisationId, fromDay, toDay, prices,
            [&](const ClusterCostRepository::WorkloadDay &day) {
                const auto &usage = day.usage;
                if (usage.cpuNanos + usage.memoryNanos == 0 || !passes(day.projectSlug, day.environment, cpu))
                    return;
                const QString kind =
                    usage.controllerKind.isEmpty() ? QStringLiteral("pod") : usage.controllerKind.toLower();
                clusters.add(
                    {QStringLiteral("workload"),
                     {},
                     QStringLiteral("%1/%2/%3:%4").arg(usage.cluster, usage.namespaceName, kind, usage.controller),
                     day.projectSlug,
                     day.environment,
                     CostMeter::serviceOf(cpu),
                     usage.cpuNanos + usage.memoryNanos});
            },
            [&](const ClusterDayCosts::IdleDay &day) {
                if (day.idleCpuNanos + day.idleMemoryNanos == 0 || !passes(day.projectSlug, {}, cpu))
                    return;
                clusters.add({QStringLiteral("idle"),
                              {},
                              day.capacity.cluster,
                              day.projectSlug,
                              {},
                              CostMeter::serviceOf(cpu),
                              day.idleCpuNanos + day.idleMemoryNanos});
            });
    for (const CostLine &line : clusters.lines())
        lines.add(line);
    // What projects kept and asked their models, over the period.
    LineSums kept;
    m.ledger.forEachUsageCost(organisationId, query, currency, [&](const UsageLedger::Cost &cost) {
        const bool stored = cost.meter.startsWith(u"storage.");
        if (!stored && cost.meter != QLatin1String(CostMeter::kAiTokens))
            return; // runs and clusters are above, one by one
        kept.add({stored ? QStringLiteral("storage") : QStringLiteral("ai"),
                  {},
                  CostMeter::serviceOf(cost.meter),
                  cost.projectSlug,
                  cost.environment,
                  CostMeter::serviceOf(cost.meter),
                  cost.nanos});
    });
    for (const CostLine &line : kept.lines())
        lines.add(line);
}

} // namespace adp::server::costs
