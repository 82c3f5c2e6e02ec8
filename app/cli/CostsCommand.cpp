#include "CostsCommand.h"

#include "PartialFile.h"
#include "Print.h"
#include "SyncCall.h"
#include "shared/client/CostsApi.h"
#include "shared/costs/Money.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace adp::cli {

using shared::costs::CostBreakdown;
using shared::costs::CostGroup;
using shared::costs::CostImport;
using shared::costs::CostQuery;
using shared::costs::CostRule;
using shared::costs::CostSummary;
using shared::costs::decimalOfNanos;

namespace {
QString groupName(const CostGroup &group)
{
    if (group.key.isEmpty())
        return CostsCommand::tr("(unattributed)");
    return group.label.isEmpty() || group.label == group.key ? group.key : group.label;
}

QString ruleSentence(const CostRule &rule)
{
    QStringList targets;
    if (!rule.project.isEmpty())
        targets.append(rule.environment.isEmpty()
                           ? CostsCommand::tr("project %1").arg(rule.project)
                           : CostsCommand::tr("project %1, environment %2").arg(rule.project, rule.environment));
    if (!rule.team.isEmpty())
        targets.append(CostsCommand::tr("team %1").arg(rule.team));
    return CostsCommand::tr("Rule %1 (position %2): %3 matching '%4' goes to %5.")
        .arg(rule.id)
        .arg(rule.position)
        .arg(rule.match, rule.pattern, targets.join(QStringLiteral("; ")));
}
} // namespace

std::variant<CostQuery, int> CostsCommand::queryOf(const QCommandLineParser &parser, bool month)
{
    QUrlQuery query;
    for (const char *option : {"from", "to", "by", "interval", "metric", "currency", "month"}) {
        if (const auto value = CliContext::optionalValue(parser, option))
            query.addQueryItem(QString::fromLatin1(option), *value);
    }
    for (const QString &where : parser.values(QStringLiteral("where"))) {
        const qsizetype equals = where.indexOf(u'=');
        if (equals <= 0)
            return m_context.usage(tr("--where takes DIMENSION=VALUE, e.g. provider=AWS"));
        query.addQueryItem(where.left(equals), where.mid(equals + 1));
    }
    shared::FieldErrors errors;
    CostQuery parsed = month ? CostQuery::fromMonthQuery(query, errors) : CostQuery::fromQuery(query, errors);
    if (!errors.isEmpty())
        return m_context.usage(tr("costs: %1").arg(shared::fieldErrorsText(errors)));
    return parsed;
}

std::variant<shared::costs::CostRuleFields, int> CostsCommand::ruleFieldsOf(const QCommandLineParser &parser)
{
    shared::costs::CostRuleFields fields;
    fields.match = CliContext::optionalValue(parser, "match");
    fields.pattern = CliContext::optionalValue(parser, "pattern");
    fields.project = CliContext::optionalValue(parser, "project");
    fields.environment = CliContext::optionalValue(parser, "environment");
    fields.team = CliContext::optionalValue(parser, "team");
    if (const auto position = CliContext::optionalValue(parser, "position")) {
        bool ok = false;
        fields.position = position->toLongLong(&ok);
        if (!ok)
            return m_context.usage(tr("--position takes a whole number"));
    }
    return fields;
}

int CostsCommand::summary(const QCommandLineParser &parser, const QString &organisation)
{
    const auto query = queryOf(parser);
    if (const int *usage = std::get_if<int>(&query))
        return *usage;
    shared::CostsApi api(m_context.api());
    return printOne<CostSummary>(
        m_context, parser, await<CostSummary>([&](QObject *c, auto done) {
            api.summary(organisation, std::get<CostQuery>(query), c, done);
        }),
        [](const CostSummary &summary) {
            QStringList lines{tr("%1 to %2: %3 %4 (the period before: %5, change %6); unattributed %7")
                                  .arg(summary.from.date().toString(Qt::ISODate),
                                       summary.to.date().toString(Qt::ISODate), decimalOfNanos(summary.totalNanos),
                                       summary.currency, decimalOfNanos(summary.previousNanos),
                                       decimalOfNanos(summary.totalNanos - summary.previousNanos),
                                       decimalOfNanos(summary.unattributedNanos))};
            for (const auto &[title, groups] : {std::pair{tr("Top projects:"), &summary.topProjects},
                                                std::pair{tr("Top services:"), &summary.topServices}}) {
                lines.append(title);
                for (const CostGroup &group : *groups)
                    lines.append(QStringLiteral("  %1  %2").arg(decimalOfNanos(group.totalNanos), groupName(group)));
            }
            return lines.join(u'\n');
        });
}

int CostsCommand::breakdown(const QCommandLineParser &parser, const QString &organisation)
{
    const auto query = queryOf(parser);
    if (const int *usage = std::get_if<int>(&query))
        return *usage;
    shared::CostsApi api(m_context.api());
    const auto result = await<CostBreakdown>(
        [&](QObject *c, auto done) { api.breakdown(organisation, std::get<CostQuery>(query), c, done); });
    if (!result.ok() || CliContext::outputFormat(parser) == OutputFormat::Json)
        return printOne<CostBreakdown>(m_context, parser, result, [](const CostBreakdown &) { return QString(); });
    // One row per group and step that cost something: a table that stays narrow for any period.
    const CostBreakdown &breakdown = result.value();
    QList<QStringList> rows{{tr("FROM"), breakdown.by.toUpper(), tr("COST")}};
    for (const CostGroup &group : breakdown.groups) {
        for (qsizetype step = 0; step < group.series.size(); ++step) {
            if (group.series.at(step) != 0)
                rows.append({breakdown.steps.value(step).date().toString(Qt::ISODate), groupName(group),
                             decimalOfNanos(group.series.at(step))});
        }
    }
    rows.append({tr("total"), breakdown.currency, decimalOfNanos(breakdown.totalNanos)});
    m_context.out() << Output::table(rows);
    m_context.out().flush();
    return ExitOk;
}

int CostsCommand::lines(const QCommandLineParser &parser, const QString &organisation)
{
    const auto query = queryOf(parser);
    if (const int *usage = std::get_if<int>(&query))
        return *usage;
    int limit = shared::costs::CostLines::kDefaultLimit;
    if (parser.isSet(QStringLiteral("limit")))
        limit = parser.value(QStringLiteral("limit")).toInt(); // the server checks it
    shared::CostsApi api(m_context.api());
    const auto found = await<shared::costs::CostLines>(
        [&](QObject *c, auto done) { api.lines(organisation, std::get<CostQuery>(query), limit, c, done); });
    return printOne<shared::costs::CostLines>(m_context, parser, found, [](const shared::costs::CostLines &lines) {
        QList<QStringList> rows{{tr("COST"), tr("SOURCE"), tr("DAY"), tr("WHAT"), tr("PROJECT"), tr("ENVIRONMENT")}};
        for (const auto &line : lines.lines)
            rows.append({decimalOfNanos(line.costNanos), line.source,
                         line.day.isValid() ? line.day.toString(Qt::ISODate) : QStringLiteral("-"), line.what,
                         line.project.isEmpty() ? QStringLiteral("-") : line.project,
                         line.environment.isEmpty() ? QStringLiteral("-") : line.environment});
        QString text = Output::table(rows);
        text += tr("%n line(s) found, %1 %2 in all", nullptr, lines.found)
                    .arg(decimalOfNanos(lines.totalNanos), lines.currency);
        if (lines.truncated())
            text += tr("; the costliest %1 shown").arg(lines.lines.size());
        return text;
    });
}

int CostsCommand::forecast(const QCommandLineParser &parser, const QString &organisation)
{
    const auto parsed = queryOf(parser, true);
    if (const int *usage = std::get_if<int>(&parsed))
        return *usage;
    const CostQuery &query = std::get<CostQuery>(parsed);
    shared::CostsApi api(m_context.api());
    return printOne<shared::costs::CostForecast>(
        m_context, parser,
        await<shared::costs::CostForecast>([&](QObject *c, auto done) { api.forecast(organisation, query, c, done); }),
        [](const shared::costs::CostForecast &forecast) {
            return tr("%1: %2 %3 so far; heading for %4 (between %5 and %6).\n%7")
                .arg(forecast.month.toString(QStringLiteral("yyyy-MM")), decimalOfNanos(forecast.actualNanos),
                     forecast.currency, decimalOfNanos(forecast.forecastNanos), decimalOfNanos(forecast.lowNanos),
                     decimalOfNanos(forecast.highNanos), forecast.method);
        });
}

int CostsCommand::savings(const QCommandLineParser &parser, const QString &organisation)
{
    QUrlQuery asked;
    for (const char *option : {"project", "idle-days", "stale-days", "currency"}) {
        const QString name = QLatin1String(option);
        if (parser.isSet(name))
            asked.addQueryItem(QString(name).replace(u'-', u'_'), parser.value(name));
    }
    // The server checks the values; this only carries them.
    shared::FieldErrors ignored;
    const auto query = shared::costs::SavingsQuery::fromQuery(asked, ignored);
    shared::CostsApi api(m_context.api());
    const auto found =
        await<shared::costs::CostSavings>([&](QObject *c, auto done) { api.savings(organisation, query, c, done); });
    return printOne<shared::costs::CostSavings>(
        m_context, parser, found, [](const shared::costs::CostSavings &savings) {
            QString text =
                tr("From %1 to %2: %n way(s) to spend less, %3 %4 a month in all.", nullptr, int(savings.items.size()))
                    .arg(savings.from.toString(Qt::ISODate), savings.to.addDays(-1).toString(Qt::ISODate),
                         decimalOfNanos(savings.totalSavingNanos), savings.currency) +
                u'\n';
            QList<QStringList> rows{{tr("SAVING/MONTH"), tr("COST/MONTH"), tr("BASIS"), tr("WHAT")}};
            for (const auto &item : savings.items)
                rows.append({decimalOfNanos(item.savingNanos) + u' ' + savings.currency,
                             decimalOfNanos(item.monthlyCostNanos) + u' ' + savings.currency,
                             item.basis == u"measured" ? tr("measured") : tr("assumed"),
                             shared::costs::SavingsAdvisor::messageOf(item)});
            if (!savings.items.isEmpty())
                text += Output::table(rows);
            for (const QString &note : savings.notes)
                text += note + u'\n';
            return text.trimmed();
        });
}

int CostsCommand::allocation(const QCommandLineParser &parser, const QString &organisation)
{
    QUrlQuery asked;
    const std::pair<const char *, const char *> options[] = {{"window", "window"},
                                                             {"aggregate", "aggregate"},
                                                             {"share-namespaces", "shareNamespaces"},
                                                             {"share-split", "shareSplit"},
                                                             {"currency", "currency"}};
    for (const auto &[option, parameter] : options) {
        if (parser.isSet(QLatin1String(option)))
            asked.addQueryItem(QLatin1String(parameter), parser.value(QLatin1String(option)));
    }
    if (parser.isSet(QStringLiteral("share-idle")))
        asked.addQueryItem(QStringLiteral("shareIdle"), QStringLiteral("true"));
    if (parser.isSet(QStringLiteral("no-idle")))
        asked.addQueryItem(QStringLiteral("idle"), QStringLiteral("false"));
    shared::CostsApi api(m_context.api());
    const auto found = await<shared::costs::AllocationSet>(
        [&](QObject *c, auto done) { api.allocation(organisation, asked, c, done); });
    return printOne<shared::costs::AllocationSet>(
        m_context, parser, found, [](const shared::costs::AllocationSet &set) {
            QString text =
                tr("From %1 to %2 by %3: %4 %5 in all.")
                    .arg(set.query.from.toString(Qt::ISODate), set.query.to.addDays(-1).toString(Qt::ISODate),
                         set.query.aggregate.join(u','), decimalOfNanos(set.totalNanos), set.currency) +
                u'\n';
            QList<QStringList> rows{{tr("NAME"), tr("CPU-HOURS"), tr("CPU EFF."), tr("GIB-HOURS"), tr("RAM EFF."),
                                     tr("SHARED"), tr("TOTAL")}};
            const auto percent = [](double ratio) -> QString { return QString::number(qRound(ratio * 100)) + u'%'; };
            for (const auto &allocation : set.allocations)
                rows.append({allocation.name, QString::number(double(allocation.cpuAllocatedMcoreMs) / 3.6e9, 'f', 2),
                             allocation.isIdle() ? QStringLiteral("-") : percent(allocation.cpuEfficiency()),
                             QString::number(double(allocation.memoryAllocatedMibMs) / 1024.0 / 3.6e6, 'f', 2),
                             allocation.isIdle() ? QStringLiteral("-") : percent(allocation.memoryEfficiency()),
                             decimalOfNanos(allocation.sharedNanos), decimalOfNanos(allocation.totalNanos())});
            if (!set.allocations.isEmpty())
                text += Output::table(rows);
            for (const QString &note : set.notes)
                text += note + u'\n';
            return text.trimmed();
        });
}

int CostsCommand::delta(const QCommandLineParser &parser, qint64 iid)
{
    int days = shared::costs::DeploymentCostDelta::kDefaultDays;
    if (parser.isSet(QStringLiteral("days"))) {
        bool numeric = false;
        days = parser.value(QStringLiteral("days")).toInt(&numeric);
        if (!numeric)
            return m_context.usage(tr("--days takes a number of days"));
    }
    shared::CostsApi api(m_context.api());
    return printOne<shared::costs::DeploymentCostDelta>(
        m_context, parser, await<shared::costs::DeploymentCostDelta>([&](QObject *c, auto done) {
            api.deploymentCostDelta(parser.value(QStringLiteral("project")), iid, days, c, done);
        }),
        [](const shared::costs::DeploymentCostDelta &delta) {
            QString text = tr("Deployment #%1 to %2 (%3): %4 %5 a day over the %6 day(s) before, %7 %5 a day over "
                              "the %8 day(s) after: %9 %5 a day.")
                               .arg(delta.iid)
                               .arg(delta.environment, delta.deployedAt.date().toString(Qt::ISODate),
                                    decimalOfNanos(delta.beforeDailyNanos), delta.currency)
                               .arg(delta.daysBefore)
                               .arg(decimalOfNanos(delta.afterDailyNanos))
                               .arg(delta.daysAfter)
                               .arg(decimalOfNanos(delta.deltaDailyNanos()));
            return delta.note.isEmpty() ? text : text + u'\n' + delta.note;
        });
}

int CostsCommand::exportCosts(const QCommandLineParser &parser, const QString &organisation)
{
    const auto query = queryOf(parser);
    if (const int *usage = std::get_if<int>(&query))
        return *usage;
    const QString format =
        parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("csv");
    const QString path = parser.value(QStringLiteral("file"));
    if (path.isEmpty() || (format != u"csv" && format != u"focus"))
        return m_context.usage(tr("export needs --file PATH, and --format csv or focus"));
    PartialFile file(path);
    QString problem;
    if (!file.open(&problem)) {
        m_context.err() << problem << Qt::endl;
        return ExitError;
    }
    shared::CostsApi api(m_context.api());
    const auto received = await<qint64>([&](QObject *c, auto done) {
        api.exportTo(organisation, std::get<CostQuery>(query), format, file.device(), c, done);
    });
    if (!received.ok())
        return m_context.fail(received.error());
    if (!file.keep(&problem)) {
        m_context.err() << problem << Qt::endl;
        return ExitError;
    }
    m_context.out() << tr("Wrote %1 (%2 bytes).").arg(path).arg(received.value()) << Qt::endl;
    return ExitOk;
}

int CostsCommand::importBill(const QCommandLineParser &parser, const QString &organisation, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return m_context.usage(tr("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > CostImport::kMaxUploadBytes)
        return m_context.usage(tr("%1 is larger than the 256 MiB the server takes; import it on the server with "
                                  "adp-server costs import-focus")
                                   .arg(path));
    const QByteArray csv = file.readAll();
    shared::CostsApi api(m_context.api());
    return printOne<CostImport>(m_context, parser, await<CostImport>([&](QObject *c, auto done) {
                                    api.importBill(organisation, csv, QFileInfo(path).fileName(), c, done);
                                }),
                                [](const CostImport &bill) {
                                    QString sentence = tr("Imported %n billing line(s) as import %1: %2, %3 to %4, "
                                                          "billed %5 %6.",
                                                          nullptr, int(bill.lines))
                                                           .arg(bill.id)
                                                           .arg(bill.providers.join(QStringLiteral(", ")),
                                                                bill.periodStart.date().toString(Qt::ISODate),
                                                                bill.periodEnd.date().toString(Qt::ISODate),
                                                                decimalOfNanos(bill.billedNanos), bill.currency);
                                    if (bill.replaced > 0)
                                        sentence += u' ' + tr("It replaces import %1.").arg(bill.replaced);
                                    return sentence;
                                });
}

int CostsCommand::rules(const QCommandLineParser &parser, const QString &organisation, const QString &action, qint64 id)
{
    shared::CostsApi api(m_context.api());
    if (action == u"rules")
        return printItems<CostRule>(
            m_context, parser, await<QList<CostRule>>([&](QObject *c, auto done) { api.rules(organisation, c, done); }),
            {tr("ID"), tr("POSITION"), tr("MATCH"), tr("PATTERN"), tr("PROJECT"), tr("ENVIRONMENT"), tr("TEAM")},
            [](const CostRule &rule) {
                return QStringList{QString::number(rule.id),
                                   QString::number(rule.position),
                                   rule.match,
                                   rule.pattern,
                                   rule.project,
                                   rule.environment,
                                   rule.team};
            });
    if (action == u"delete-rule")
        return printDone(m_context, parser,
                         await<shared::Done>([&](QObject *c, auto done) { api.removeRule(organisation, id, c, done); }),
                         tr("Deleted rule %1.").arg(id));
    const auto fields = ruleFieldsOf(parser);
    if (const int *usage = std::get_if<int>(&fields))
        return *usage;
    const auto &changes = std::get<shared::costs::CostRuleFields>(fields);
    if (action == u"add-rule")
        return printOne<CostRule>(m_context, parser, await<CostRule>([&](QObject *c, auto done) {
                                      api.createRule(organisation, changes, c, done);
                                  }),
                                  ruleSentence);
    return printOne<CostRule>(m_context, parser, await<CostRule>([&](QObject *c, auto done) {
                                  api.updateRule(organisation, id, changes, c, done);
                              }),
                              ruleSentence);
}

int CostsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("org"), tr("the organisation (slug)"), QStringLiteral("org")});
    parser.addOption({QStringLiteral("from"), tr("the first day, e.g. 2026-11-01"), QStringLiteral("date")});
    parser.addOption({QStringLiteral("to"), tr("the day after the last, e.g. 2026-12-01"), QStringLiteral("date")});
    parser.addOption({QStringLiteral("by"),
                      tr("project, environment, team, provider, service, region, sub_account, category or executor"),
                      QStringLiteral("dimension")});
    parser.addOption({QStringLiteral("interval"), tr("day, week, month or none"), QStringLiteral("interval")});
    parser.addOption({QStringLiteral("metric"), tr("billed or effective"), QStringLiteral("metric")});
    parser.addOption(
        {QStringLiteral("currency"), tr("ISO 4217 code (default: the newest bill's)"), QStringLiteral("code")});
    parser.addOption({QStringLiteral("where"),
                      tr("only costs where DIMENSION=VALUE (repeatable; empty value: "
                         "unattributed)"),
                      QStringLiteral("filter")});
    parser.addOption({QStringLiteral("month"), tr("forecast: the month, e.g. 2026-12"), QStringLiteral("month")});
    parser.addOption({QStringLiteral("format"), tr("export: csv (daily sums) or focus (every line, FOCUS columns)"),
                      QStringLiteral("format")});
    parser.addOption({QStringLiteral("file"), tr("export: where to write it"), QStringLiteral("path")});
    parser.addOption({QStringLiteral("match"),
                      tr("what a rule looks at: provider, service, region, sub_account, sku "
                         "or tag:KEY"),
                      QStringLiteral("what")});
    parser.addOption({QStringLiteral("pattern"), tr("a wildcard pattern (* for any text)"), QStringLiteral("pattern")});
    parser.addOption({QStringLiteral("project"),
                      tr("the project a rule places costs in (slug); savings: only this project's"),
                      QStringLiteral("slug")});
    parser.addOption(
        {QStringLiteral("days"), tr("delta: days before and after the deployment (7)"), QStringLiteral("n")});
    parser.addOption({QStringLiteral("idle-days"),
                      tr("savings: an environment with no deployment for this many days is idle (14)"),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("stale-days"),
                      tr("savings: artifacts and caches untouched for this many days are stale (30)"),
                      QStringLiteral("n")});
    parser.addOption(
        {QStringLiteral("limit"), tr("lines: how many to show, the costliest first (200)"), QStringLiteral("n")});
    parser.addOption({QStringLiteral("window"),
                      tr("allocation: today, yesterday, week, month, lastweek, lastmonth, Nd, or FROM,TO (7d)"),
                      QStringLiteral("window")});
    parser.addOption({QStringLiteral("aggregate"),
                      tr("allocation: cluster, namespace, controllerKind, controller or label:KEY, comma-separated "
                         "(namespace)"),
                      QStringLiteral("by")});
    parser.addOption({QStringLiteral("share-namespaces"),
                      tr("allocation: namespaces whose cost is split among the others (a,b)"),
                      QStringLiteral("names")});
    parser.addOption(
        {QStringLiteral("share-split"), tr("allocation: weighted (by cost) or even"), QStringLiteral("rule")});
    parser.addOption({QStringLiteral("share-idle"), tr("allocation: share idle capacity among the rows")});
    parser.addOption({QStringLiteral("no-idle"), tr("allocation: leave idle capacity out")});
    parser.addOption({QStringLiteral("environment"), tr("an environment of that project"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("team"), tr("the team a rule gives costs to (slug)"), QStringLiteral("slug")});
    parser.addOption({QStringLiteral("position"), tr("where a rule stands; lower goes first"), QStringLiteral("n")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString organisation = parser.value(QStringLiteral("org"));
    bool numeric = false;
    const qint64 id = positional.value(1).toLongLong(&numeric);
    static const QStringList kPlain{QStringLiteral("summary"),    QStringLiteral("breakdown"),
                                    QStringLiteral("export"),     QStringLiteral("forecast"),
                                    QStringLiteral("imports"),    QStringLiteral("rules"),
                                    QStringLiteral("add-rule"),   QStringLiteral("savings"),
                                    QStringLiteral("allocation"), QStringLiteral("lines")};
    static const QStringList kWithId{QStringLiteral("delete-import"), QStringLiteral("update-rule"),
                                     QStringLiteral("delete-rule")};
    const bool known = (kPlain.contains(action) && positional.size() == 1) ||
                       (kWithId.contains(action) && positional.size() == 2 && numeric) ||
                       (action == u"import" && positional.size() == 2);
    if (action == u"delta") {
        if (positional.size() != 2 || !numeric || id <= 0 || !parser.isSet(QStringLiteral("project")))
            return m_context.usage(tr("delta needs --project P and a deployment's number"));
        if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
            return ExitError;
        return delta(parser, id);
    }
    if (organisation.isEmpty() || !known)
        return m_context.usage(tr(
            "costs needs --org O and one of: summary --from D --to D, breakdown --from D --to D "
            "[--by B] [--interval I] [--where D=V], export --from D --to D --file F [--format "
            "csv|focus], forecast --month M, savings [--project P], allocation [--window W] [--aggregate A], lines --from D --to D [--where D=V] [--limit N], import FILE, imports, delete-import ID, "
            "rules, add-rule --match M --pattern P [--project S] [--environment E] [--team T], "
            "update-rule ID [...], delete-rule ID"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    if (action == u"summary")
        return summary(parser, organisation);
    if (action == u"breakdown")
        return breakdown(parser, organisation);
    if (action == u"export")
        return exportCosts(parser, organisation);
    if (action == u"forecast")
        return forecast(parser, organisation);
    if (action == u"savings")
        return savings(parser, organisation);
    if (action == u"allocation")
        return allocation(parser, organisation);
    if (action == u"lines")
        return lines(parser, organisation);
    if (action == u"import")
        return importBill(parser, organisation, positional.value(1));
    shared::CostsApi api(m_context.api());
    if (action == u"imports")
        return printItems<CostImport>(
            m_context, parser,
            await<QList<CostImport>>([&](QObject *c, auto done) { api.imports(organisation, c, done); }),
            {tr("ID"), tr("SOURCE"), tr("PROVIDERS"), tr("FROM"), tr("TO"), tr("LINES"), tr("BILLED")},
            [](const CostImport &bill) {
                return QStringList{QString::number(bill.id),
                                   bill.source,
                                   bill.providers.join(u','),
                                   bill.periodStart.date().toString(Qt::ISODate),
                                   bill.periodEnd.date().toString(Qt::ISODate),
                                   QString::number(bill.lines),
                                   decimalOfNanos(bill.billedNanos) + u' ' + bill.currency};
            });
    if (action == u"delete-import")
        return printDone(m_context, parser, await<shared::Done>([&](QObject *c, auto done) {
                             api.removeImport(organisation, id, c, done);
                         }),
                         tr("Deleted import %1 and its lines.").arg(id));
    return rules(parser, organisation, action, id);
}

} // namespace adp::cli
