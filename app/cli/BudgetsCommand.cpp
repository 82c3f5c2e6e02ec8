#include "BudgetsCommand.h"

#include "Print.h"
#include "SyncCall.h"
#include "shared/client/CostsApi.h"
#include "shared/costs/Money.h"

#include <QCommandLineParser>

namespace adp::cli {

using shared::costs::CostBudget;
using shared::costs::decimalOfNanos;

namespace {
QString spentText(const CostBudget &budget)
{
    if (!budget.status || !budget.status->periodStart.isValid())
        return BudgetsCommand::tr("not begun");
    const qint64 percent = budget.amountNanos ? budget.status->spentNanos * 100 / budget.amountNanos : 0;
    return QStringLiteral("%1 (%2%)").arg(decimalOfNanos(budget.status->spentNanos)).arg(percent);
}

QString forecastText(const CostBudget &budget)
{
    return budget.status && budget.status->forecastNanos ? decimalOfNanos(*budget.status->forecastNanos)
                                                         : QStringLiteral("-");
}

QString budgetSentence(const CostBudget &budget)
{
    const QString what = budget.scope == u"organisation" ? BudgetsCommand::tr("the organisation")
                                                         : QStringLiteral("%1 %2").arg(budget.scope, budget.target);
    const QString period = budget.period == u"monthly" ? BudgetsCommand::tr("a month")
                                                       : BudgetsCommand::tr("%1 to %2")
                                                             .arg(budget.start.toString(Qt::ISODate),
                                                                  budget.end.addDays(-1).toString(Qt::ISODate));
    QStringList thresholds;
    for (const int threshold : budget.thresholds)
        thresholds.append(QString::number(threshold) + u'%');
    QString sentence = BudgetsCommand::tr("Budget %1 \"%2\": %3 %4 for %5, %6; alerts at %7%8. Spent %9, forecast %10.")
                           .arg(budget.id)
                           .arg(budget.name, decimalOfNanos(budget.amountNanos), budget.currency, what, period,
                                thresholds.join(QStringLiteral(", ")),
                                budget.onForecast ? BudgetsCommand::tr(" (also on the forecast)") : QString(),
                                spentText(budget), forecastText(budget));
    if (budget.status) {
        for (const auto &alert : budget.status->alerts)
            sentence += u'\n' + BudgetsCommand::tr("  %1% on %2 at %3 (%4 %5): %6")
                                    .arg(alert.threshold)
                                    .arg(alert.basis, alert.firedAt.toString(Qt::ISODate),
                                         decimalOfNanos(alert.spentNanos), budget.currency, alert.delivery);
    }
    return sentence;
}
} // namespace

std::variant<shared::costs::CostBudgetFields, int> BudgetsCommand::fieldsOf(const QCommandLineParser &parser)
{
    shared::costs::CostBudgetFields fields;
    const auto given = [&parser](const char *name) { return CliContext::optionalValue(parser, name); };
    fields.name = given("name");
    fields.scope = given("scope");
    fields.target = given("target");
    fields.period = given("period");
    fields.start = given("start");
    fields.end = given("end");
    fields.amount = given("amount");
    fields.currency = given("currency");
    if (const auto thresholds = given("thresholds")) {
        QList<int> list;
        for (const QString &part : thresholds->split(u',', Qt::SkipEmptyParts)) {
            bool number = false;
            list.append(part.trimmed().remove(u'%').toInt(&number));
            if (!number)
                return m_context.usage(tr("--thresholds takes percentages such as 50,80,100"));
        }
        fields.thresholds = list;
    }
    if (parser.isSet(QStringLiteral("forecast")))
        fields.onForecast = true;
    if (parser.isSet(QStringLiteral("no-forecast")))
        fields.onForecast = false;
    if (const auto rule = given("rule")) {
        bool number = false;
        fields.notificationRuleId = rule->toLongLong(&number);
        if (!number)
            return m_context.usage(tr("--rule takes a notification rule's id (0: none)"));
    }
    return fields;
}

int BudgetsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("org"), tr("the organisation (slug)"), QStringLiteral("org")});
    parser.addOption({QStringLiteral("name"), tr("the budget's name"), QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("scope"), tr("organisation (default), project, environment or team"), QStringLiteral("scope")});
    parser.addOption(
        {QStringLiteral("target"), tr("the project, project/environment or team (slug)"), QStringLiteral("target")});
    parser.addOption({QStringLiteral("period"), tr("monthly (default) or custom"), QStringLiteral("period")});
    parser.addOption({QStringLiteral("start"), tr("a custom period's first day"), QStringLiteral("date")});
    parser.addOption({QStringLiteral("end"), tr("the day after a custom period's last"), QStringLiteral("date")});
    parser.addOption(
        {QStringLiteral("amount"), tr("what may be spent in a period, e.g. 1000"), QStringLiteral("decimal")});
    parser.addOption({QStringLiteral("currency"), tr("ISO 4217 code, e.g. USD"), QStringLiteral("code")});
    parser.addOption(
        {QStringLiteral("thresholds"), tr("percentages that alert, e.g. 50,80,100"), QStringLiteral("list")});
    parser.addOption({QStringLiteral("forecast"), tr("also alert when the forecast reaches a threshold")});
    parser.addOption({QStringLiteral("no-forecast"), tr("alert on actual spend only")});
    parser.addOption(
        {QStringLiteral("rule"), tr("the notification rule alerts go through (0: none)"), QStringLiteral("id")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString organisation = parser.value(QStringLiteral("org"));
    bool numeric = false;
    const qint64 id = positional.value(1).toLongLong(&numeric);
    const bool known =
        ((action == u"list" || action == u"create") && positional.size() == 1) ||
        ((action == u"show" || action == u"update" || action == u"delete") && positional.size() == 2 && numeric);
    if (organisation.isEmpty() || !known)
        return m_context.usage(tr("budgets needs --org O and one of: list, show ID, create --name N --amount A "
                                  "--currency C [--scope S --target T] [--period monthly|custom --start D --end D] "
                                  "[--thresholds 50,80,100] [--forecast] [--rule ID], update ID [...], delete ID"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    shared::CostsApi api(m_context.api());
    if (action == u"list")
        return printItems<CostBudget>(
            m_context, parser,
            await<QList<CostBudget>>([&](QObject *c, auto done) { api.budgets(organisation, c, done); }),
            {tr("ID"), tr("NAME"), tr("FOR"), tr("PERIOD"), tr("AMOUNT"), tr("SPENT"), tr("FORECAST")},
            [](const CostBudget &budget) {
                return QStringList{QString::number(budget.id),
                                   budget.name,
                                   budget.scope == u"organisation" ? budget.scope : budget.target,
                                   budget.status && budget.status->periodStart.isValid()
                                       ? budget.status->periodStart.toString(Qt::ISODate)
                                       : budget.period,
                                   decimalOfNanos(budget.amountNanos) + u' ' + budget.currency,
                                   spentText(budget),
                                   forecastText(budget)};
            });
    if (action == u"show")
        return printOne<CostBudget>(
            m_context, parser, await<CostBudget>([&](QObject *c, auto done) { api.budget(organisation, id, c, done); }),
            budgetSentence);
    if (action == u"delete")
        return printDone(m_context, parser, await<shared::Done>([&](QObject *c, auto done) {
                             api.removeBudget(organisation, id, c, done);
                         }),
                         tr("Deleted budget %1 and its alerts.").arg(id));
    const auto fields = fieldsOf(parser);
    if (const int *usage = std::get_if<int>(&fields))
        return *usage;
    const auto &changes = std::get<shared::costs::CostBudgetFields>(fields);
    if (action == u"create")
        return printOne<CostBudget>(m_context, parser, await<CostBudget>([&](QObject *c, auto done) {
                                        api.createBudget(organisation, changes, c, done);
                                    }),
                                    budgetSentence);
    return printOne<CostBudget>(m_context, parser, await<CostBudget>([&](QObject *c, auto done) {
                                    api.updateBudget(organisation, id, changes, c, done);
                                }),
                                budgetSentence);
}

} // namespace adp::cli
