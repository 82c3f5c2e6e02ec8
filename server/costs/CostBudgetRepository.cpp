#include "CostBudgetRepository.h"

#include "CostPriceRepository.h"
#include "storage/SqlValues.h"

namespace adp::server::costs {

using shared::costs::BudgetAlert;

namespace {
const QString kSelect = QStringLiteral(
    "SELECT b.id, b.organisation_id, b.name, b.scope, b.project_id, b.environment_id, b.team_id, b.period, "
    "b.period_start, b.period_end, b.amount_nanos, b.currency, b.thresholds, b.on_forecast, b.notification_rule_id, "
    "b.created_by, b.created_at, b.updated_at, COALESCE(p.slug, pe.slug || '/' || e.name, t.slug, '') "
    "FROM cost_budgets b LEFT JOIN projects p ON p.id = b.project_id LEFT JOIN environments e ON "
    "e.id = b.environment_id LEFT JOIN projects pe ON pe.id = e.project_id LEFT JOIN teams t ON t.id = b.team_id");

QString thresholdsText(const QList<int> &thresholds)
{
    QStringList parts;
    for (const int threshold : thresholds)
        parts.append(QString::number(threshold));
    return parts.join(u',');
}

storage::SqlParams columnsOf(const CostBudgetRepository::Stored &stored)
{
    const shared::costs::CostBudget &budget = stored.budget;
    const auto dayOrNull = [](const QDate &date) {
        return date.isValid() ? QVariant(CostPriceRepository::dayOf(date)) : QVariant();
    };
    return {budget.name,
            budget.scope,
            storage::idOrNull(stored.projectId),
            storage::idOrNull(stored.environmentId),
            storage::idOrNull(stored.teamId),
            budget.period,
            dayOrNull(budget.start),
            dayOrNull(budget.end),
            budget.amountNanos,
            budget.currency,
            thresholdsText(budget.thresholds),
            budget.onForecast ? 1 : 0,
            storage::idOrNull(budget.notificationRuleId),
            stored.updatedMs};
}
} // namespace

QList<CostBudgetRepository::Stored> CostBudgetRepository::fromRows(const storage::ResultSet &rows)
{
    QList<Stored> found;
    for (int row = 0; row < rows.size(); ++row) {
        Stored stored;
        shared::costs::CostBudget &budget = stored.budget;
        budget.id = rows.value(row, 0).toLongLong();
        stored.organisationId = rows.value(row, 1).toLongLong();
        budget.name = rows.value(row, 2).toString();
        budget.scope = rows.value(row, 3).toString();
        stored.projectId = rows.value(row, 4).toLongLong();
        stored.environmentId = rows.value(row, 5).toLongLong();
        stored.teamId = rows.value(row, 6).toLongLong();
        budget.period = rows.value(row, 7).toString();
        if (!rows.value(row, 8).isNull())
            budget.start = CostPriceRepository::dateOf(rows.value(row, 8).toLongLong());
        if (!rows.value(row, 9).isNull())
            budget.end = CostPriceRepository::dateOf(rows.value(row, 9).toLongLong());
        budget.amountNanos = rows.value(row, 10).toLongLong();
        budget.currency = rows.value(row, 11).toString();
        for (const QString &part : rows.value(row, 12).toString().split(u',', Qt::SkipEmptyParts))
            budget.thresholds.append(part.toInt());
        budget.onForecast = rows.value(row, 13).toLongLong() != 0;
        budget.notificationRuleId = rows.value(row, 14).toLongLong();
        budget.createdBy = rows.value(row, 15).toString();
        stored.createdMs = rows.value(row, 16).toLongLong();
        stored.updatedMs = rows.value(row, 17).toLongLong();
        budget.createdAt = storage::timeFromMs(rows.value(row, 16));
        budget.updatedAt = storage::timeFromMs(rows.value(row, 17));
        budget.target = rows.value(row, 18).toString();
        found.append(stored);
    }
    return found;
}

QList<CostBudgetRepository::Stored> CostBudgetRepository::list(qint64 organisationId)
{
    return fromRows(
        m_database.query(kSelect + QStringLiteral(" WHERE b.organisation_id = ? ORDER BY b.name"), {organisationId}));
}

QList<CostBudgetRepository::Stored> CostBudgetRepository::all()
{
    return fromRows(m_database.query(kSelect + QStringLiteral(" ORDER BY b.id")));
}

std::optional<CostBudgetRepository::Stored> CostBudgetRepository::find(qint64 organisationId, qint64 id)
{
    const QList<Stored> found = fromRows(
        m_database.query(kSelect + QStringLiteral(" WHERE b.organisation_id = ? AND b.id = ?"), {organisationId, id}));
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<CostBudgetRepository::Stored> CostBudgetRepository::findAnywhere(qint64 id)
{
    const QList<Stored> found = fromRows(m_database.query(kSelect + QStringLiteral(" WHERE b.id = ?"), {id}));
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QString CostBudgetRepository::organisationSlugOf(qint64 organisationId)
{
    return m_database.query(QStringLiteral("SELECT slug FROM organisations WHERE id = ?"), {organisationId})
        .value(0, 0)
        .toString();
}

qint64 CostBudgetRepository::insert(storage::Transaction &tx, const Stored &stored)
{
    storage::SqlParams params{stored.organisationId};
    params.append(columnsOf(stored));
    params.append({stored.budget.createdBy, stored.createdMs});
    return tx
        .exec(QStringLiteral("INSERT INTO cost_budgets (organisation_id, name, scope, project_id, environment_id, "
                             "team_id, period, period_start, period_end, amount_nanos, currency, thresholds, "
                             "on_forecast, notification_rule_id, updated_at, created_by, created_at) VALUES "
                             "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
              params)
        .value(0, 0)
        .toLongLong();
}

void CostBudgetRepository::update(storage::Transaction &tx, const Stored &stored)
{
    storage::SqlParams params = columnsOf(stored);
    params.append(stored.budget.id);
    tx.exec(QStringLiteral("UPDATE cost_budgets SET name = ?, scope = ?, project_id = ?, environment_id = ?, "
                           "team_id = ?, period = ?, period_start = ?, period_end = ?, amount_nanos = ?, currency = ?, "
                           "thresholds = ?, on_forecast = ?, notification_rule_id = ?, updated_at = ? WHERE id = ?"),
            params);
}

void CostBudgetRepository::remove(storage::Transaction &tx, qint64 id)
{
    tx.exec(QStringLiteral("DELETE FROM cost_budgets WHERE id = ?"), {id});
}

QList<BudgetAlert> CostBudgetRepository::alertsOf(qint64 budgetId, qint64 periodStartDay)
{
    const storage::ResultSet rows = m_database.query(
        QStringLiteral("SELECT threshold, basis, spent_nanos, fired_at, delivery, error FROM cost_budget_alerts "
                       "WHERE budget_id = ? AND period_start = ? ORDER BY fired_at, threshold, basis"),
        {budgetId, periodStartDay});
    QList<BudgetAlert> alerts;
    for (int row = 0; row < rows.size(); ++row) {
        alerts.append({rows.value(row, 0).toInt(), rows.value(row, 1).toString(), rows.value(row, 2).toLongLong(),
                       storage::timeFromMs(rows.value(row, 3)), rows.value(row, 4).toString(),
                       rows.value(row, 5).toString()});
    }
    return alerts;
}

bool CostBudgetRepository::addAlert(storage::Transaction &tx, const StoredAlert &stored)
{
    const BudgetAlert &alert = stored.alert;
    return !tx.exec(QStringLiteral("INSERT INTO cost_budget_alerts (budget_id, period_start, threshold, basis, "
                                   "spent_nanos, fired_at, delivery) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                                   "(budget_id, period_start, threshold, basis) DO NOTHING RETURNING budget_id"),
                    {stored.budgetId, stored.periodStartDay, alert.threshold, alert.basis, alert.spentNanos,
                     alert.firedAt.toMSecsSinceEpoch(), alert.delivery})
                .isEmpty();
}

QList<CostBudgetRepository::StoredAlert> CostBudgetRepository::pendingAlerts()
{
    const storage::ResultSet rows = m_database.query(
        QStringLiteral("SELECT budget_id, period_start, threshold, basis, spent_nanos, fired_at, attempts FROM "
                       "cost_budget_alerts WHERE delivery = 'pending' ORDER BY fired_at"));
    QList<StoredAlert> alerts;
    for (int row = 0; row < rows.size(); ++row) {
        StoredAlert stored;
        stored.budgetId = rows.value(row, 0).toLongLong();
        stored.periodStartDay = rows.value(row, 1).toLongLong();
        stored.alert.threshold = rows.value(row, 2).toInt();
        stored.alert.basis = rows.value(row, 3).toString();
        stored.alert.spentNanos = rows.value(row, 4).toLongLong();
        stored.alert.firedAt = storage::timeFromMs(rows.value(row, 5));
        stored.attempts = rows.value(row, 6).toInt();
        alerts.append(stored);
    }
    return alerts;
}

void CostBudgetRepository::settleAlert(const StoredAlert &alert, const QString &delivery, const QString &error)
{
    m_database.query(QStringLiteral("UPDATE cost_budget_alerts SET delivery = ?, error = ?, attempts = attempts + 1 "
                                    "WHERE budget_id = ? AND period_start = ? AND threshold = ? AND basis = ?"),
                     {delivery, error, alert.budgetId, alert.periodStartDay, alert.alert.threshold, alert.alert.basis});
}

QString CostBudgetRepository::inputsVersion(qint64 organisationId, qint64 today)
{
    const storage::ResultSet rows = m_database.query(
        QStringLiteral(
            "SELECT (SELECT COALESCE(MAX(id), 0) FROM audit_events), (SELECT COALESCE(MAX(id), 0) FROM job_usage), "
            "(SELECT COUNT(*) FROM cost_imports WHERE organisation_id = ?), "
            "(SELECT COALESCE(MAX(id), 0) FROM cost_imports WHERE organisation_id = ?), "
            "(SELECT COUNT(*) FROM cost_rules WHERE organisation_id = ?), "
            "(SELECT COALESCE(MAX(updated_at), 0) FROM cost_rules WHERE organisation_id = ?), "
            "(SELECT COUNT(*) FROM cost_prices WHERE organisation_id = ?), "
            "(SELECT COALESCE(SUM(s.artifacts_bytes + s.caches_bytes + s.logs_bytes), 0) FROM storage_usage s "
            "JOIN projects p ON p.id = s.project_id WHERE p.organisation_id = ? AND s.day = ?), "
            "(SELECT COALESCE(SUM(cost_nanos), 0) FROM ai_requests WHERE organisation_id = ?), "
            "(SELECT COALESCE(MAX(sampled_at), 0) FROM cluster_usage_state)"),
        {organisationId, organisationId, organisationId, organisationId, organisationId, organisationId, today,
         organisationId});
    QStringList parts{QString::number(today)};
    for (int column = 0; column < rows.columns().size(); ++column)
        parts.append(rows.value(0, column).toString());
    return parts.join(u':');
}

} // namespace adp::server::costs
