#include "BudgetWatcher.h"

#include "shared/costs/Money.h"

#include <spdlog/spdlog.h>

namespace adp::server::costs {

using shared::costs::BudgetAlert;
using shared::costs::BudgetStatus;
using shared::costs::CostBudget;
using shared::costs::decimalOfNanos;

namespace {
using Wide = shared::costs::WideNanos;

bool alreadyFired(const BudgetStatus &status, int threshold, const QString &basis)
{
    return std::any_of(status.alerts.cbegin(), status.alerts.cend(),
                       [&](const BudgetAlert &alert) { return alert.threshold == threshold && alert.basis == basis; });
}

QString periodName(const BudgetStatus &status)
{
    if (status.periodStart.day() == 1 && status.periodEnd == status.periodStart.addMonths(1))
        return status.periodStart.toString(QStringLiteral("yyyy-MM"));
    return QStringLiteral("%1 to %2")
        .arg(status.periodStart.toString(Qt::ISODate), status.periodEnd.addDays(-1).toString(Qt::ISODate));
}
} // namespace

void BudgetWatcher::tidy()
{
    check();
    deliver();
}

ports::ChannelMessage BudgetWatcher::messageOf(const CostBudget &budget, const BudgetStatus &status,
                                               const BudgetAlert &alert)
{
    const bool forecast = alert.basis == u"forecast";
    const QString what = budget.scope == u"organisation" ? QStringLiteral("organisation %1").arg(budget.organisation)
                                                         : QStringLiteral("%1 %2").arg(budget.scope, budget.target);
    const QString money =
        QStringLiteral("%1 %2 of %3 %2")
            .arg(decimalOfNanos(alert.spentNanos), budget.currency, decimalOfNanos(budget.amountNanos));
    ports::ChannelMessage message;
    message.kind = QStringLiteral("budget_alert");
    message.title = forecast ? QStringLiteral("Budget \"%1\" is forecast to reach %2% in %3")
                                   .arg(budget.name)
                                   .arg(alert.threshold)
                                   .arg(periodName(status))
                             : QStringLiteral("Budget \"%1\" reached %2% in %3")
                                   .arg(budget.name)
                                   .arg(alert.threshold)
                                   .arg(periodName(status));
    const QString body = forecast
                             ? QStringLiteral("The forecast for %1 is %2 (%3).").arg(what, money, periodName(status))
                             : QStringLiteral("%1 has spent %2 so far in %3.").arg(what, money, periodName(status));
    message.markdown = QStringLiteral("**%1**\n\n%2").arg(message.title, body);
    message.plainText = message.title + QStringLiteral("\n\n") + body + u'\n';
    message.payload = {{QStringLiteral("budget"), budget.toJson()},
                       {QStringLiteral("alert"), alert.toJson()},
                       {QStringLiteral("status"), status.toJson()},
                       {QStringLiteral("summary"), message.title}};
    return message;
}

int BudgetWatcher::check()
{
    QMutexLocker lock(&m_mutex);
    int fired = 0;
    m_lastWeighed = 0;
    const qint64 today = m.clock.nowMs() / shared::costs::kDayMs;
    QHash<qint64, QString> versions; // each organisation's, read once a pass, before any weighing
    for (const CostBudgetRepository::Stored &stored : m.budgets.all()) {
        try {
            auto version = versions.constFind(stored.organisationId);
            if (version == versions.cend())
                version = versions.insert(stored.organisationId, m.budgets.inputsVersion(stored.organisationId, today));
            const QString weighedAt = *version + u':' + QString::number(stored.updatedMs);
            if (m_weighedAt.value(stored.budget.id) == weighedAt)
                continue; // nothing it is weighed from changed: nothing new can be due
            fired += fire(stored, m.service.statusOf(stored));
            ++m_lastWeighed;
            m_weighedAt.insert(stored.budget.id, weighedAt);
        } catch (const std::exception &error) {
            spdlog::warn("costs: budget {} cannot be checked now: {}", stored.budget.id, error.what());
        }
    }
    return fired;
}

int BudgetWatcher::lastWeighed() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastWeighed;
}

int BudgetWatcher::fire(const CostBudgetRepository::Stored &stored, const BudgetStatus &status)
{
    const CostBudget &budget = stored.budget;
    if (!status.periodStart.isValid())
        return 0;
    QList<BudgetAlert> due;
    for (const int threshold : budget.thresholds) {
        // Exact: spent / amount >= threshold %, in integers.
        const auto reaches = [&](qint64 nanos) { return Wide(nanos) * 100 >= Wide(budget.amountNanos) * threshold; };
        const QString actual = QStringLiteral("actual");
        const QString forecast = QStringLiteral("forecast");
        if (reaches(status.spentNanos) && !alreadyFired(status, threshold, actual))
            due.append({threshold, actual, status.spentNanos, m.clock.now(), {}, {}});
        // A forecast alert warns ahead; once spend itself is there, the actual one says it.
        if (budget.onForecast && status.forecastNanos && reaches(*status.forecastNanos) &&
            !reaches(status.spentNanos) && !alreadyFired(status, threshold, forecast))
            due.append({threshold, forecast, *status.forecastNanos, m.clock.now(), {}, {}});
    }
    if (due.isEmpty())
        return 0;
    int fired = 0;
    const MutationContext context = MutationContext::system(QStringLiteral("budget-watcher"), QString());
    storage::Transaction tx(m.database);
    QList<BudgetAlert> firedAlerts;
    for (BudgetAlert alert : due) {
        alert.delivery = budget.notificationRuleId ? QStringLiteral("pending") : QStringLiteral("none");
        const CostBudgetRepository::StoredAlert row{budget.id, CostPriceRepository::dayOf(status.periodStart), alert,
                                                    0};
        if (!CostBudgetRepository::addAlert(tx, row))
            continue; // another replica fired it first
        m.audit.record(tx, context,
                       {QStringLiteral("cost_budget.alerted"),
                        QStringLiteral("cost_budget"),
                        QString::number(budget.id),
                        {},
                        QJsonObject{{QStringLiteral("threshold"), alert.threshold},
                                    {QStringLiteral("basis"), alert.basis},
                                    {QStringLiteral("spent"), decimalOfNanos(alert.spentNanos)},
                                    {QStringLiteral("amount"), decimalOfNanos(budget.amountNanos)},
                                    {QStringLiteral("currency"), budget.currency},
                                    {QStringLiteral("period_start"), status.periodStart.toString(Qt::ISODate)},
                                    {QStringLiteral("organisation_id"), stored.organisationId}}});
        firedAlerts.append(alert);
        ++fired;
    }
    // Members of the organisation (and administrators) see it live.
    const storage::ResultSet members = tx.exec(
        QStringLiteral("SELECT user_id FROM organisation_members WHERE organisation_id = ?"), {stored.organisationId});
    tx.commit();
    QSet<qint64> audience;
    for (int row = 0; row < members.size(); ++row)
        audience.insert(members.value(row, 0).toLongLong());
    CostBudget named = budget;
    named.organisation = m.budgets.organisationSlugOf(stored.organisationId);
    for (const BudgetAlert &alert : firedAlerts) {
        const ports::ChannelMessage message = messageOf(named, status, alert);
        m.events.publish(QStringLiteral("costs"), QStringLiteral("budget.alert"),
                         {{QStringLiteral("budget_id"), budget.id},
                          {QStringLiteral("budget"), budget.name},
                          {QStringLiteral("organisation"), named.organisation},
                          {QStringLiteral("title"), message.title},
                          {QStringLiteral("message"), message.plainText.section(QStringLiteral("\n\n"), 1).trimmed()},
                          {QStringLiteral("threshold"), alert.threshold},
                          {QStringLiteral("basis"), alert.basis}},
                         audience);
    }
    return fired;
}

int BudgetWatcher::deliver()
{
    int settled = 0;
    for (const CostBudgetRepository::StoredAlert &pending : m.budgets.pendingAlerts()) {
        const auto stored = m.budgets.findAnywhere(pending.budgetId);
        if (!stored || stored->budget.notificationRuleId == 0) {
            m.budgets.settleAlert(pending, QStringLiteral("failed"),
                                  QStringLiteral("the budget has no notification rule"));
            ++settled;
            continue;
        }
        CostBudget budget = stored->budget;
        budget.organisation = m.budgets.organisationSlugOf(stored->organisationId);
        BudgetStatus status;
        status.periodStart = CostPriceRepository::dateOf(pending.periodStartDay);
        status.periodEnd = CostBudgets::periodOf(budget, status.periodStart).second;
        status.spentNanos = pending.alert.spentNanos;
        const auto sent = m.rules.send(budget.notificationRuleId, messageOf(budget, status, pending.alert));
        if (sent.ok) {
            m.budgets.settleAlert(pending, QStringLiteral("sent"), {});
            ++settled;
        } else if (!sent.retry || pending.attempts + 1 >= kMaxAttempts) {
            m.budgets.settleAlert(pending, QStringLiteral("failed"), sent.error);
            ++settled;
        } else {
            m.budgets.settleAlert(pending, QStringLiteral("pending"), sent.error);
        }
    }
    return settled;
}

} // namespace adp::server::costs
