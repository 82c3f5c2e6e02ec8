#include "CostLedger.h"

#include "shared/costs/Money.h"

#include <algorithm>

namespace adp::server::costs {

namespace {
using shared::costs::kDayMs;
const QString kOwnProvider = QStringLiteral("ADP");
const QString kUsageCategory = QStringLiteral("Usage");

// A row made here (a usage cost) for visitors of rows read from the database.
class MadeRow : public storage::RowView
{
public:
    explicit MadeRow(QList<QByteArray> cells)
        : m_cells(std::move(cells))
    {
    }
    QByteArrayView text(int column) const override { return m_cells.value(column); }
    bool isNull(int column) const override { return m_cells.value(column).isNull(); }

private:
    QList<QByteArray> m_cells;
};

QByteArray numberOf(qint64 value)
{
    return QByteArray::number(value);
}

QString labelSqlOf(const QString &dimension)
{
    if (dimension == u"project")
        return QStringLiteral("COALESCE(p.name, '')");
    if (dimension == u"team")
        return QStringLiteral("COALESCE(t.name, '')");
    return CostLedger::keyOf(dimension);
}
} // namespace

QString CostLedger::keyOf(const QString &dimension)
{
    // A fixed list: the dimension comes from the caller's whitelist, never into SQL as given.
    static const QHash<QString, QString> kKeys{
        {QStringLiteral("project"), QStringLiteral("COALESCE(p.slug, '')")},
        {QStringLiteral("environment"), QStringLiteral("COALESCE(pe.slug || '/' || e.name, '')")},
        {QStringLiteral("team"), QStringLiteral("COALESCE(t.slug, '')")},
        {QStringLiteral("provider"), QStringLiteral("k.provider")},
        {QStringLiteral("service"), QStringLiteral("k.service")},
        {QStringLiteral("region"), QStringLiteral("k.region")},
        {QStringLiteral("sub_account"), QStringLiteral("k.sub_account")},
        {QStringLiteral("category"), QStringLiteral("k.category")}};
    // Bills have no executor class; a cast, since PostgreSQL refuses a bare constant in GROUP BY.
    return kKeys.value(dimension, QStringLiteral("CAST('' AS TEXT)"));
}

QString CostLedger::keyOf(const QString &dimension, const UsageLedger::Cost &cost)
{
    if (dimension == u"project")
        return cost.projectSlug;
    if (dimension == u"environment")
        return cost.environment;
    if (dimension == u"provider")
        return kOwnProvider;
    if (dimension == u"service")
        return shared::costs::CostMeter::serviceOf(cost.meter);
    if (dimension == u"category")
        return kUsageCategory;
    if (dimension == u"executor")
        return shared::costs::CostMeter::executorOf(cost.meter);
    return {}; // team, region, sub-account: usage has none
}

QString CostLedger::labelOf(const QString &dimension, const UsageLedger::Cost &cost)
{
    return dimension == u"project" ? cost.projectName : keyOf(dimension, cost);
}

bool CostLedger::matches(const shared::costs::CostQuery &query, const UsageLedger::Cost &cost)
{
    return std::all_of(query.filters.cbegin(), query.filters.cend(),
                       [&](const auto &filter) { return keyOf(filter.first, cost) == filter.second; });
}

void CostLedger::forEachUsageCost(qint64 organisationId, const shared::costs::CostQuery &query, const QString &currency,
                                  const UsageLedger::Visitor &visit)
{
    m_usage.forEachCost(organisationId, query.from.toMSecsSinceEpoch() / kDayMs, query.to.toMSecsSinceEpoch() / kDayMs,
                        currency, [&](const UsageLedger::Cost &cost) {
                            if (matches(query, cost))
                                visit(cost);
                        });
}

void CostLedger::forEachCostliestLine(qint64 organisationId, const shared::costs::CostQuery &query,
                                      const QString &currency, int limit,
                                      const std::function<void(const BillLine &)> &visit)
{
    auto [from, params] = linesOf(organisationId, query, currency);
    const QString money =
        query.metric == u"effective" ? QStringLiteral("l.effective_nanos") : QStringLiteral("l.billed_nanos");
    params.append(limit);
    m_database.forEachRow(
        QStringLiteral("SELECT l.charge_start, k.service, k.sku, COALESCE(l.resource_id, ''), COALESCE(p.slug, ''), "
                       "COALESCE(pe.slug || '/' || e.name, ''), %1")
                .arg(money) +
            from + QStringLiteral(" ORDER BY %1 DESC, l.import_id, l.line LIMIT ?").arg(money),
        params, [&](const storage::RowView &row) {
            visit({row.text(0).toLongLong(), QString::fromUtf8(row.text(1)), QString::fromUtf8(row.text(2)),
                   QString::fromUtf8(row.text(3)), QString::fromUtf8(row.text(4)), QString::fromUtf8(row.text(5)),
                   row.text(6).toLongLong()});
        });
}

std::pair<int, qint64> CostLedger::lineTotals(qint64 organisationId, const shared::costs::CostQuery &query,
                                              const QString &currency)
{
    const auto [from, params] = linesOf(organisationId, query, currency);
    const QString money =
        query.metric == u"effective" ? QStringLiteral("l.effective_nanos") : QStringLiteral("l.billed_nanos");
    const storage::ResultSet rows =
        m_database.query(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(%1), 0)").arg(money) + from, params);
    return {rows.value(0, 0).toInt(), rows.value(0, 1).toLongLong()};
}

QString CostLedger::newestCurrency(qint64 organisationId)
{
    const storage::ResultSet rows = m_database.query(
        QStringLiteral("SELECT currency FROM cost_imports WHERE organisation_id = ? ORDER BY period_end DESC, id DESC "
                       "LIMIT 1"),
        {organisationId});
    return rows.isEmpty() ? m_usage.currencyOf(organisationId) : rows.value(0, 0).toString();
}

std::pair<QString, storage::SqlParams> CostLedger::linesOf(qint64 organisationId, const shared::costs::CostQuery &query,
                                                           const QString &currency)
{
    const qint64 fromMs = query.from.toMSecsSinceEpoch();
    const qint64 toMs = query.to.toMSecsSinceEpoch();
    QString sql = QStringLiteral(
        " FROM cost_lines l JOIN cost_kinds k ON k.organisation_id = l.organisation_id AND k.kind = l.kind "
        "LEFT JOIN projects p ON p.id = k.project_id LEFT JOIN environments e ON e.id = k.environment_id "
        "LEFT JOIN projects pe ON pe.id = e.project_id LEFT JOIN teams t ON t.id = k.team_id "
        "WHERE l.import_id IN (SELECT id FROM cost_imports WHERE organisation_id = ? AND currency = ? "
        "AND period_start < ? AND period_end > ?) AND l.charge_start >= ? AND l.charge_start < ?");
    storage::SqlParams params{organisationId, currency, toMs, fromMs, fromMs, toMs};
    for (const auto &[dimension, value] : query.filters) {
        sql += QStringLiteral(" AND %1 = ?").arg(keyOf(dimension));
        params.append(value);
    }
    return {sql, params};
}

void CostLedger::forEachDay(qint64 organisationId, const shared::costs::CostQuery &query, const QString &currency,
                            const DayVisitor &visit)
{
    const QString key = keyOf(query.by);
    const QString label = labelSqlOf(query.by);
    const QString money =
        query.metric == u"effective" ? QStringLiteral("l.effective_nanos") : QStringLiteral("l.billed_nanos");
    const auto [from, params] = linesOf(organisationId, query, currency);
    const QString sql =
        QStringLiteral("SELECT l.charge_start / %1, %2, %3, SUM(%4)").arg(kDayMs).arg(key, label, money) + from +
        QStringLiteral(" GROUP BY l.charge_start / %1, %2, %3").arg(kDayMs).arg(key, label);
    m_database.forEachRow(sql, params, [&](const storage::RowView &row) {
        visit(row.text(0).toLongLong(), QString::fromUtf8(row.text(1)), QString::fromUtf8(row.text(2)),
              row.text(3).toLongLong());
    });
    forEachUsageCost(organisationId, query, currency, [&](const UsageLedger::Cost &cost) {
        visit(cost.day, keyOf(query.by, cost), labelOf(query.by, cost), cost.nanos);
    });
}

const QStringList &CostLedger::lineColumns()
{
    static const QStringList columns{QStringLiteral("l.charge_start"),
                                     QStringLiteral("l.charge_end"),
                                     QStringLiteral("l.billed_nanos"),
                                     QStringLiteral("l.effective_nanos"),
                                     QStringLiteral("k.category"),
                                     QStringLiteral("k.provider"),
                                     QStringLiteral("k.service"),
                                     QStringLiteral("k.service_category"),
                                     QStringLiteral("k.region"),
                                     QStringLiteral("k.sub_account"),
                                     QStringLiteral("k.sku"),
                                     QStringLiteral("l.resource_id"),
                                     QStringLiteral("k.tags"),
                                     QStringLiteral("COALESCE(p.slug, '')"),
                                     QStringLiteral("COALESCE(e.name, '')"),
                                     QStringLiteral("COALESCE(t.slug, '')"),
                                     QStringLiteral("k.charge_class"),
                                     QStringLiteral("l.consumed_quantity"),
                                     QStringLiteral("k.consumed_unit")};
    return columns;
}

void CostLedger::forEachLine(qint64 organisationId, const shared::costs::CostQuery &query, const QString &currency,
                             const storage::RowVisitor &visit)
{
    const auto [from, params] = linesOf(organisationId, query, currency);
    m_database.forEachRow(QStringLiteral("SELECT ") + lineColumns().join(QStringLiteral(", ")) + from +
                              QStringLiteral(" ORDER BY l.import_id, l.line"),
                          params, visit);
    forEachUsageCost(organisationId, query, currency, [&](const UsageLedger::Cost &cost) {
        const QByteArray nanos = numberOf(cost.nanos);
        visit(MadeRow(
            {numberOf(cost.day * kDayMs), numberOf((cost.day + 1) * kDayMs), nanos, nanos, kUsageCategory.toUtf8(),
             kOwnProvider.toUtf8(), shared::costs::CostMeter::serviceOf(cost.meter).toUtf8(),
             QByteArrayLiteral("Developer Tools"), QByteArray(), QByteArray(), cost.meter.toUtf8(), QByteArray(),
             QByteArray(), cost.projectSlug.toUtf8(), cost.environmentName.toUtf8(), QByteArray(), QByteArray(),
             QByteArray::number(cost.quantity, 'g', 12), shared::costs::CostMeter::unitOf(cost.meter).toUtf8()}));
    });
}

const QStringList &CostLedger::dailyColumns()
{
    static const QStringList columns{QStringLiteral("COALESCE(p.slug, '')"),
                                     QStringLiteral("COALESCE(e.name, '')"),
                                     QStringLiteral("COALESCE(t.slug, '')"),
                                     QStringLiteral("k.provider"),
                                     QStringLiteral("k.service"),
                                     QStringLiteral("k.category")};
    return columns;
}

void CostLedger::forEachDailyTotal(qint64 organisationId, const shared::costs::CostQuery &query,
                                   const QString &currency, const storage::RowVisitor &visit)
{
    const auto [from, params] = linesOf(organisationId, query, currency);
    const QString groups = dailyColumns().join(QStringLiteral(", "));
    m_database.forEachRow(
        QStringLiteral("SELECT l.charge_start / %1, %2, SUM(l.billed_nanos), SUM(l.effective_nanos)")
                .arg(kDayMs)
                .arg(groups) +
            from + QStringLiteral(" GROUP BY l.charge_start / %1, %2 ORDER BY 1, %2").arg(kDayMs).arg(groups),
        params, visit);
    forEachUsageCost(organisationId, query, currency, [&](const UsageLedger::Cost &cost) {
        const QByteArray nanos = numberOf(cost.nanos);
        visit(MadeRow({numberOf(cost.day), cost.projectSlug.toUtf8(), cost.environmentName.toUtf8(), QByteArray(),
                       kOwnProvider.toUtf8(), shared::costs::CostMeter::serviceOf(cost.meter).toUtf8(),
                       kUsageCategory.toUtf8(), nanos, nanos}));
    });
}

} // namespace adp::server::costs
