#include "UsageLedger.h"

#include "shared/costs/Money.h"

namespace adp::server::costs {

std::optional<qint64> UsageLedger::priceOn(qint64 organisationId, const QString &meter, qint64 day,
                                           const QString &currency)
{
    return PriceList(m_prices, organisationId, currency).on(meter, day);
}

void UsageLedger::forEachJobRun(qint64 organisationId, qint64 projectId, qint64 fromDay, qint64 toDay,
                                const QString &currency, const std::function<void(const JobRunCost &)> &visit,
                                const QString &projectSlug)
{
    const PriceList prices(m_prices, organisationId, currency);
    if (prices.isEmpty())
        return;
    m_database.forEachRow(
        QStringLiteral(
            "SELECT u.job_id, j.name, p.slug, p.name, u.attempt, u.day, u.executor, u.run_ms, "
            "u.run_ms * u.cpu_millicores, u.run_ms * u.memory_mib, u.project_id, "
            "COALESCE(pe.slug || '/' || e.name, '') FROM job_usage u "
            "JOIN jobs j ON j.id = u.job_id JOIN projects p ON p.id = u.project_id "
            "LEFT JOIN environments e ON e.id = u.environment_id LEFT JOIN projects pe ON pe.id = e.project_id "
            "WHERE p.organisation_id = ? AND (? = 0 OR u.project_id = ?) AND (? = '' OR p.slug = ?) "
            "AND u.day >= ? AND u.day < ? ORDER BY u.job_id, u.attempt"),
        {organisationId, projectId, projectId, projectSlug, projectSlug, fromDay, toDay},
        [&](const storage::RowView &row) {
            JobRunCost run;
            run.jobId = row.text(0).toLongLong();
            run.projectId = row.text(10).toLongLong();
            run.jobName = QString::fromUtf8(row.text(1));
            run.projectSlug = QString::fromUtf8(row.text(2));
            run.projectName = QString::fromUtf8(row.text(3));
            run.attempt = row.text(4).toInt();
            run.day = row.text(5).toLongLong();
            run.executor = QString::fromUtf8(row.text(6));
            run.environment = QString::fromUtf8(row.text(11));
            run.runMs = row.text(7).toLongLong();
            run.nanos = prices.jobCost(row.text(5).toLongLong(), QString::fromUtf8(row.text(6)), run.runMs,
                                       row.text(8).toLongLong(), row.text(9).toLongLong());
            visit(run);
        });
}

QString UsageLedger::currencyOf(qint64 organisationId)
{
    const storage::ResultSet rows = m_database.query(
        QStringLiteral("SELECT currency FROM cost_prices WHERE organisation_id = ? LIMIT 1"), {organisationId});
    if (!rows.isEmpty())
        return rows.value(0, 0).toString();
    const storage::ResultSet asked = m_database.query(
        QStringLiteral("SELECT currency FROM ai_requests WHERE organisation_id = ? AND cost_nanos <> 0 "
                       "ORDER BY id DESC LIMIT 1"),
        {organisationId});
    return asked.isEmpty() ? QString() : asked.value(0, 0).toString();
}

void UsageLedger::forEachModelCost(qint64 organisationId, qint64 fromDay, qint64 toDay, const QString &currency,
                                   const Visitor &visit)
{
    // Charged as asked, at the provider's prices of the day: only the sums by day and project.
    m_database.forEachRow(
        QStringLiteral("SELECT r.created_at / 86400000, p.slug, p.name, SUM(COALESCE(r.prompt_tokens, 0) + "
                       "COALESCE(r.completion_tokens, 0)), SUM(r.cost_nanos) FROM ai_requests r "
                       "JOIN projects p ON p.id = r.project_id WHERE r.organisation_id = ? AND r.currency = ? "
                       "AND r.created_at >= ? AND r.created_at < ? AND r.cost_nanos <> 0 "
                       "GROUP BY r.created_at / 86400000, p.slug, p.name"),
        {organisationId, currency, fromDay * shared::costs::kDayMs, toDay * shared::costs::kDayMs},
        [&](const storage::RowView &row) {
            Cost cost;
            cost.day = row.text(0).toLongLong();
            cost.projectSlug = QString::fromUtf8(row.text(1));
            cost.projectName = QString::fromUtf8(row.text(2));
            cost.meter = QLatin1String(shared::costs::CostMeter::kAiTokens);
            cost.quantity = row.text(3).toDouble();
            cost.nanos = row.text(4).toLongLong();
            visit(cost);
        });
}

void UsageLedger::forEachClusterCost(qint64 organisationId, qint64 fromDay, qint64 toDay, const PriceList &prices,
                                     const Visitor &visit)
{
    const QString cpu = QStringLiteral("cluster.cpu"), memory = QStringLiteral("cluster.memory");
    const auto report = [&](Cost cost, const QString &meter, qint64 baseQuantity, qint64 nanos) {
        if (nanos == 0)
            return;
        cost.meter = meter;
        cost.quantity = PriceList::inUnits(meter, baseQuantity, cost.day);
        cost.nanos = nanos;
        visit(cost);
    };
    ClusterDayCosts(m_clusters)
        .forEach(
            organisationId, fromDay, toDay, prices,
            [&](const ClusterCostRepository::WorkloadDay &day) {
                Cost cost;
                cost.day = day.day;
                cost.projectSlug = day.projectSlug;
                cost.projectName = day.projectName;
                cost.environment = day.environment;
                cost.environmentName = day.environmentName;
                report(cost, cpu, day.usage.cpuAllocatedMcoreMs, day.usage.cpuNanos);
                report(cost, memory, day.usage.memoryAllocatedMibMs, day.usage.memoryNanos);
            },
            [&](const ClusterDayCosts::IdleDay &day) {
                Cost cost;
                cost.day = day.day;
                cost.projectSlug = day.projectSlug;
                cost.projectName = day.projectName;
                report(cost, cpu, day.idleCpuMcoreMs, day.idleCpuNanos);
                report(cost, memory, day.idleMemoryMibMs, day.idleMemoryNanos);
            });
}

void UsageLedger::forEachCost(qint64 organisationId, qint64 fromDay, qint64 toDay, const QString &currency,
                              const Visitor &visit)
{
    forEachModelCost(organisationId, fromDay, toDay, currency, visit);
    const PriceList prices(m_prices, organisationId, currency);
    if (prices.isEmpty())
        return;
    forEachClusterCost(organisationId, fromDay, toDay, prices, visit);
    const auto report = [&](Cost cost, qint64 baseQuantity) {
        const auto unitNanos = prices.on(cost.meter, cost.day);
        if (!unitNanos || baseQuantity == 0)
            return;
        cost.quantity = PriceList::inUnits(cost.meter, baseQuantity, cost.day);
        cost.nanos = PriceList::priced(cost.meter, baseQuantity, *unitNanos, cost.day);
        visit(cost);
    };
    // The rolled-up days and the rows the roll-up has not taken yet, read in one statement (one
    // snapshot), so a roll-up in between never counts a row twice or not at all.
    const QString jobs = QStringLiteral(
        "SELECT u.day, p.slug, p.name, COALESCE(pe.slug || '/' || e.name, ''), COALESCE(e.name, ''), u.executor, "
        "u.run_ms, u.cpu_millicore_ms, u.memory_mib_ms FROM (SELECT project_id, day, environment_id, executor, "
        "SUM(run_ms) AS run_ms, SUM(cpu_millicore_ms) AS cpu_millicore_ms, SUM(memory_mib_ms) AS memory_mib_ms FROM ("
        "SELECT d.project_id, d.day, d.environment_id, d.executor, d.run_ms, d.cpu_millicore_ms, d.memory_mib_ms "
        "FROM usage_daily d JOIN projects dp ON dp.id = d.project_id WHERE dp.organisation_id = ? AND d.day >= ? "
        "AND d.day < ? UNION ALL "
        "SELECT r.project_id, r.day, r.environment_id, r.executor, r.run_ms, r.run_ms * r.cpu_millicores, "
        "r.run_ms * r.memory_mib FROM job_usage r WHERE r.rolled_up = 0 AND r.day >= ? AND r.day < ?) a "
        "GROUP BY project_id, day, environment_id, executor) u "
        "JOIN projects p ON p.id = u.project_id LEFT JOIN environments e ON e.id = u.environment_id "
        "LEFT JOIN projects pe ON pe.id = e.project_id WHERE p.organisation_id = ?");
    m_database.forEachRow(jobs, {organisationId, fromDay, toDay, fromDay, toDay, organisationId},
                          [&](const storage::RowView &row) {
                              Cost cost;
                              cost.day = row.text(0).toLongLong();
                              cost.projectSlug = QString::fromUtf8(row.text(1));
                              cost.projectName = QString::fromUtf8(row.text(2));
                              cost.environment = QString::fromUtf8(row.text(3));
                              cost.environmentName = QString::fromUtf8(row.text(4));
                              const QString executor = QString::fromUtf8(row.text(5));
                              cost.meter = QStringLiteral("runner.") + executor;
                              report(cost, row.text(6).toLongLong());
                              if (executor != u"kubernetes")
                                  return;
                              cost.meter = QStringLiteral("kubernetes.cpu");
                              report(cost, row.text(7).toLongLong());
                              cost.meter = QStringLiteral("kubernetes.memory");
                              report(cost, row.text(8).toLongLong());
                          });
    const QString kept = QStringLiteral(
        "SELECT s.day, p.slug, p.name, s.artifacts_bytes, s.caches_bytes, s.logs_bytes FROM storage_usage s "
        "JOIN projects p ON p.id = s.project_id WHERE p.organisation_id = ? AND s.day >= ? AND s.day < ?");
    m_database.forEachRow(kept, {organisationId, fromDay, toDay}, [&](const storage::RowView &row) {
        Cost cost;
        cost.day = row.text(0).toLongLong();
        cost.projectSlug = QString::fromUtf8(row.text(1));
        cost.projectName = QString::fromUtf8(row.text(2));
        const std::pair<const char *, int> meters[] = {
            {"storage.artifacts", 3}, {"storage.caches", 4}, {"storage.logs", 5}};
        for (const auto &[meter, column] : meters) {
            cost.meter = QLatin1String(meter);
            report(cost, row.text(column).toLongLong());
        }
    });
}

} // namespace adp::server::costs
