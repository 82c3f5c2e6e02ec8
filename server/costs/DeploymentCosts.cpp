#include "DeploymentCosts.h"

#include "shared/costs/Money.h"

namespace adp::server::costs {

using shared::costs::kDayMs;

qint64 DeploymentCosts::costOver(qint64 organisationId, const QString &environment, const QString &currency,
                                 qint64 fromDay, qint64 toDay)
{
    if (toDay <= fromDay)
        return 0;
    shared::costs::CostQuery query;
    query.from = QDateTime::fromMSecsSinceEpoch(fromDay * kDayMs, Qt::UTC);
    query.to = QDateTime::fromMSecsSinceEpoch(toDay * kDayMs, Qt::UTC);
    query.by = QStringLiteral("environment");
    query.interval = QStringLiteral("none");
    query.filters.append({QStringLiteral("environment"), environment});
    qint64 total = 0;
    m.ledger.forEachDay(organisationId, query, currency,
                        [&](qint64, const QString &, const QString &, qint64 nanos) { total += nanos; });
    return total;
}

Outcome<shared::costs::DeploymentCostDelta> DeploymentCosts::deltaOf(const MutationContext &context,
                                                                     const QString &projectKey, qint64 iid, int days,
                                                                     const shared::FieldErrors &invalid)
{
    const auto found = m.guard.authorize(context, projectKey, QStringLiteral("deployment.cost.read"));
    if (!found.ok())
        return found.error();
    const auto facts = m.deployments.factsOf(found.value().project.id, iid);
    if (!facts)
        return ServiceError::notFound(QStringLiteral("Deployment"));
    if (!invalid.isEmpty())
        return ServiceError::validation(invalid);
    const shared::Deployment &deployment = facts->deployment;
    const qint64 organisationId = found.value().organisationId;
    shared::costs::DeploymentCostDelta delta;
    delta.iid = deployment.iid;
    delta.environment = found.value().project.slug + u'/' + deployment.environment;
    delta.deployedAt = deployment.finishedAt.isValid() ? deployment.finishedAt : deployment.createdAt;
    delta.currency = m.ledger.newestCurrency(organisationId);
    const qint64 deployedDay = delta.deployedAt.toMSecsSinceEpoch() / kDayMs;
    const qint64 today = m.clock.nowMs() / kDayMs;
    delta.daysBefore = days;
    delta.daysAfter = int(std::clamp<qint64>(today - deployedDay - 1, 0, days));
    if (delta.currency.isEmpty()) {
        delta.note = QStringLiteral("Nothing is priced yet: import a bill or set prices.");
        return delta;
    }
    delta.beforeDailyNanos =
        costOver(organisationId, delta.environment, delta.currency, deployedDay - days, deployedDay) / days;
    if (delta.daysAfter == 0) {
        delta.note = QStringLiteral("No complete day has passed since the deployment's day yet.");
        return delta;
    }
    delta.afterDailyNanos = costOver(organisationId, delta.environment, delta.currency, deployedDay + 1,
                                     deployedDay + 1 + delta.daysAfter) /
                            delta.daysAfter;
    return delta;
}

} // namespace adp::server::costs
