#include "CostBudgets.h"

namespace adp::server::costs {

using shared::FieldErrors;
using shared::costs::BudgetStatus;
using shared::costs::CostQuery;

namespace {
const QString kTarget = QStringLiteral("cost_budget");
const QString kWhat = QStringLiteral("Budget");
} // namespace

std::pair<QDate, QDate> CostBudgets::periodOf(const Budget &budget, const QDate &today)
{
    if (budget.period == u"custom")
        return today < budget.start ? std::pair{QDate(), QDate()} : std::pair{budget.start, budget.end};
    const QDate first(today.year(), today.month(), 1);
    return {first, first.addMonths(1)};
}

BudgetStatus CostBudgets::statusOf(const Stored &stored)
{
    const Budget &budget = stored.budget;
    const QDate today = m.clock.now().date();
    BudgetStatus status;
    std::tie(status.periodStart, status.periodEnd) = periodOf(budget, today);
    if (!status.periodStart.isValid())
        return status;
    CostQuery query;
    query.from = QDateTime(status.periodStart, QTime(0, 0), Qt::UTC);
    query.to = QDateTime(status.periodEnd, QTime(0, 0), Qt::UTC);
    query.currency = budget.currency;
    if (budget.scope != u"organisation")
        query.filters.append({budget.scope, budget.target});
    // Spend so far includes today's (usage and bills that arrived); the forecast its complete days.
    const shared::costs::CostForecast forecast = m.analysis.projected(stored.organisationId, query, budget.currency);
    CostQuery soFar = query;
    soFar.interval = QStringLiteral("none");
    soFar.to = std::min(query.to, QDateTime(today.addDays(1), QTime(0, 0), Qt::UTC));
    status.spentNanos = m.analysis.totalOf(stored.organisationId, soFar, budget.currency);
    if (today < status.periodEnd)
        status.forecastNanos = std::max(forecast.forecastNanos, status.spentNanos);
    status.alerts = m.budgets.alertsOf(budget.id, CostPriceRepository::dayOf(status.periodStart));
    return status;
}

CostBudgets::Budget CostBudgets::presented(const Stored &stored, const QString &organisation)
{
    Budget budget = stored.budget;
    budget.organisation = organisation;
    budget.status = statusOf(stored);
    return budget;
}

QJsonObject CostBudgets::summary(const Stored &stored)
{
    QJsonObject json = stored.budget.toJson();
    for (const char *key : {"id", "organisation", "created_by", "created_at", "updated_at", "status"})
        json.remove(QLatin1String(key));
    json.insert(QStringLiteral("organisation_id"), stored.organisationId);
    return json;
}

Outcome<CostBudgets::Stored> CostBudgets::merged(const MutationContext &context, Stored stored, const Fields &fields,
                                                 FieldErrors errors, bool creating)
{
    Budget &budget = stored.budget;
    fields.applyTo(budget, errors, creating);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    // Names to ids within the organisation.
    stored.projectId = stored.environmentId = stored.teamId = 0;
    if (budget.scope == u"project") {
        stored.projectId = m.names.projectNamed(stored.organisationId, budget.target);
        if (stored.projectId == 0)
            errors.append(
                shared::invalidField(QStringLiteral("target"), QStringLiteral("is no project of this organisation")));
    } else if (budget.scope == u"environment") {
        const qint64 projectId = m.names.projectNamed(stored.organisationId, budget.target.section(u'/', 0, 0));
        stored.environmentId = projectId ? m.names.environmentNamed(projectId, budget.target.section(u'/', 1)) : 0;
        if (stored.environmentId == 0)
            errors.append(shared::invalidField(QStringLiteral("target"),
                                               QStringLiteral("is no project/environment of this organisation")));
    } else if (budget.scope == u"team") {
        stored.teamId = m.names.teamNamed(stored.organisationId, budget.target);
        if (stored.teamId == 0)
            errors.append(
                shared::invalidField(QStringLiteral("target"), QStringLiteral("is no team of this organisation")));
    }
    if (fields.notificationRuleId && *fields.notificationRuleId != 0) {
        const auto rule = m.rules.ruleFor(context, *fields.notificationRuleId);
        if (!rule.ok())
            errors.append(shared::invalidField(QStringLiteral("notification_rule_id"),
                                               QStringLiteral("is no notification rule you may read")));
    }
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    return stored;
}

Outcome<QList<CostBudgets::Budget>> CostBudgets::list(const MutationContext &context, const QString &organisation)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("cost.budget.list"));
    if (!access.ok())
        return access.error();
    QList<Budget> budgets;
    for (const Stored &stored : m.budgets.list(access.value().organisationId))
        budgets.append(presented(stored, access.value().slug));
    return budgets;
}

Outcome<CostBudgets::Budget> CostBudgets::get(const MutationContext &context, const QString &organisation, qint64 id)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("cost.budget.read"));
    if (!access.ok())
        return access.error();
    const auto stored = m.budgets.find(access.value().organisationId, id);
    if (!stored)
        return ServiceError::notFound(kWhat);
    return presented(*stored, access.value().slug);
}

Outcome<CostBudgets::Budget> CostBudgets::create(const MutationContext &context, const QString &organisation,
                                                 const Fields &fields, const FieldErrors &invalid)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("cost.budget.create"));
    if (!access.ok())
        return access.error();
    Stored empty;
    empty.organisationId = access.value().organisationId;
    empty.budget.scope = QStringLiteral("organisation");
    empty.budget.period = QStringLiteral("monthly");
    empty.budget.createdBy = context.actor.username;
    empty.createdMs = empty.updatedMs = m.clock.nowMs();
    empty.budget.createdAt = empty.budget.updatedAt = QDateTime::fromMSecsSinceEpoch(empty.createdMs, Qt::UTC);
    auto stored = merged(context, empty, fields, invalid, true);
    if (!stored.ok())
        return stored.error();
    storage::Transaction tx(m.database);
    if (!tx.exec(QStringLiteral("SELECT 1 FROM cost_budgets WHERE organisation_id = ? AND name = ?"),
                 {stored.value().organisationId, stored.value().budget.name})
             .isEmpty())
        return ServiceError::conflict(QStringLiteral("a budget named %1 exists").arg(stored.value().budget.name));
    stored.value().budget.id = CostBudgetRepository::insert(tx, stored.value());
    m.audit.record(tx, context,
                   {QStringLiteral("cost_budget.created"),
                    kTarget,
                    QString::number(stored.value().budget.id),
                    {},
                    summary(stored.value())});
    tx.commit();
    return presented(stored.value(), access.value().slug);
}

Outcome<CostBudgets::Budget> CostBudgets::update(const MutationContext &context, const QString &organisation, qint64 id,
                                                 const Fields &fields, const FieldErrors &invalid)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("cost.budget.update"));
    if (!access.ok())
        return access.error();
    const auto current = m.budgets.find(access.value().organisationId, id);
    if (!current)
        return ServiceError::notFound(kWhat);
    auto stored = merged(context, *current, fields, invalid, false);
    if (!stored.ok())
        return stored.error();
    stored.value().updatedMs = m.clock.nowMs();
    stored.value().budget.updatedAt = QDateTime::fromMSecsSinceEpoch(stored.value().updatedMs, Qt::UTC);
    storage::Transaction tx(m.database);
    if (!tx.exec(QStringLiteral("SELECT 1 FROM cost_budgets WHERE organisation_id = ? AND name = ? AND id <> ?"),
                 {stored.value().organisationId, stored.value().budget.name, id})
             .isEmpty())
        return ServiceError::conflict(QStringLiteral("a budget named %1 exists").arg(stored.value().budget.name));
    CostBudgetRepository::update(tx, stored.value());
    m.audit.record(tx, context,
                   {QStringLiteral("cost_budget.updated"), kTarget, QString::number(id), summary(*current),
                    summary(stored.value())});
    tx.commit();
    return presented(stored.value(), access.value().slug);
}

Outcome<Unit> CostBudgets::remove(const MutationContext &context, const QString &organisation, qint64 id)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("cost.budget.delete"));
    if (!access.ok())
        return access.error();
    const auto current = m.budgets.find(access.value().organisationId, id);
    if (!current)
        return ServiceError::notFound(kWhat);
    storage::Transaction tx(m.database);
    CostBudgetRepository::remove(tx, id);
    m.audit.record(tx, context,
                   {QStringLiteral("cost_budget.deleted"), kTarget, QString::number(id), summary(*current), {}});
    tx.commit();
    return Unit{};
}

} // namespace adp::server::costs
