#include "UsageLedger.h"

#include "shared/costs/Money.h"

#include <QHash>
#include <map>

namespace adp::server::costs {

namespace {
constexpr qint64 kHourMs = 3'600'000;
using Wide = shared::costs::WideNanos;

// What one unit of a meter is in its base measure on a day: a GB-month is a gigabyte kept for
// every day of that day's month.
Wide unitOf(const QString &meter, qint64 day)
{
    if (meter.startsWith(u"runner."))
        return kHourMs;
    if (meter == u"kubernetes.cpu")
        return Wide(1000) * kHourMs;
    if (meter == u"kubernetes.memory")
        return Wide(1024) * kHourMs;
    return Wide(1'000'000'000) * CostPriceRepository::dateOf(day).daysInMonth();
}

// Each meter's prices by first day.
using PriceList = QHash<QString, std::map<qint64, qint64>>;

std::optional<qint64> priceOn(const PriceList &prices, const QString &meter, qint64 day)
{
    const auto found = prices.constFind(meter);
    if (found == prices.constEnd())
        return std::nullopt;
    auto after = found->upper_bound(day);
    if (after == found->begin())
        return std::nullopt;
    return std::prev(after)->second;
}
} // namespace

qint64 UsageLedger::priced(const QString &meter, qint64 baseQuantity, qint64 unitNanos, qint64 day)
{
    const Wide unit = unitOf(meter, day);
    const Wide product = Wide(baseQuantity) * unitNanos;
    return qint64((product + (product >= 0 ? unit / 2 : -unit / 2)) / unit);
}

double UsageLedger::inUnits(const QString &meter, qint64 baseQuantity, qint64 day)
{
    return double(baseQuantity) / double(unitOf(meter, day));
}

QString UsageLedger::currencyOf(qint64 organisationId)
{
    const storage::ResultSet rows = m_database.query(
        QStringLiteral("SELECT currency FROM cost_prices WHERE organisation_id = ? LIMIT 1"), {organisationId});
    return rows.isEmpty() ? QString() : rows.value(0, 0).toString();
}

void UsageLedger::forEachCost(qint64 organisationId, qint64 fromDay, qint64 toDay, const QString &currency,
                              const Visitor &visit)
{
    PriceList prices;
    for (const CostPriceRepository::Stored &stored : m_prices.list(organisationId)) {
        if (stored.price.currency == currency)
            prices[stored.price.meter][stored.fromDay] = stored.price.unitNanos;
    }
    if (prices.isEmpty())
        return;
    const auto report = [&](Cost cost, qint64 baseQuantity) {
        const auto unitNanos = priceOn(prices, cost.meter, cost.day);
        if (!unitNanos || baseQuantity == 0)
            return;
        cost.quantity = inUnits(cost.meter, baseQuantity, cost.day);
        cost.nanos = priced(cost.meter, baseQuantity, *unitNanos, cost.day);
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
