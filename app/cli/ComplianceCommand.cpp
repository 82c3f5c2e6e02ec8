#include "ComplianceCommand.h"

#include "Print.h"
#include "SyncCall.h"
#include "shared/client/ComplianceApi.h"
#include "shared/core/ComplianceText.h"

#include <QCommandLineParser>

namespace adp::cli {

using shared::ComplianceSchedule;

namespace {
void addLimitOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("stale-days"),
         QCoreApplication::translate("ComplianceCommand", "tokens and accounts unused this many days are stale (90)"),
         QStringLiteral("days")});
    parser.addOption(
        {QStringLiteral("rotation-days"),
         QCoreApplication::translate("ComplianceCommand", "secrets unchanged this many days are due for rotation (90)"),
         QStringLiteral("days")});
    parser.addOption(
        {QStringLiteral("sign-in-threshold"),
         QCoreApplication::translate("ComplianceCommand", "failed sign-ins in one hour that make a spike (10)"),
         QStringLiteral("count")});
}
} // namespace

int ComplianceCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption(
        {QStringLiteral("since"), tr("the period's start (ISO 8601; 30 days before --until)"), QStringLiteral("time")});
    parser.addOption({QStringLiteral("until"), tr("the period's end (ISO 8601; now)"), QStringLiteral("time")});
    addLimitOptions(parser);
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    if (parser.positionalArguments() != QStringList{QStringLiteral("report")})
        return m_context.usage(tr("compliance needs report [options] or schedules ..."));
    // The server's own parser checks the values; the CLI reports its field errors as usage errors.
    QUrlQuery url;
    for (const char *option : {"since", "until", "stale-days", "rotation-days", "sign-in-threshold"}) {
        if (parser.isSet(QString::fromLatin1(option)))
            url.addQueryItem(QString::fromLatin1(option).replace(u'-', u'_'),
                             parser.value(QString::fromLatin1(option)));
    }
    shared::FieldErrors errors;
    const auto query = shared::ComplianceQuery::fromUrlQuery(url, errors);
    if (!errors.isEmpty())
        return m_context.usage(
            QStringLiteral("--%1 %2").arg(QString(errors.first().field).replace(u'_', u'-'), errors.first().message));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    shared::ComplianceApi api(m_context.api());
    const auto result =
        await<shared::ComplianceReport>([&](QObject *c, auto done) { api.report(query, c, std::move(done)); });
    if (!result.ok())
        return m_context.fail(result.error());
    const shared::ComplianceReport &report = result.value();
    if (CliContext::outputFormat(parser) == OutputFormat::Json)
        Output(m_context.out(), OutputFormat::Json).json(report.toJson());
    else
        m_context.out() << shared::ComplianceText::plain(report, shared::ComplianceCheck::kMaxFindings) << Qt::flush;
    return report.failedChecks() == 0 ? ExitOk : ExitError;
}

QString ComplianceSchedulesCommand::sentenceOf(const ComplianceSchedule &schedule)
{
    const QString through = schedule.ruleId > 0 ? tr("rule %1 '%2' of %3 (%4)")
                                                      .arg(schedule.ruleId)
                                                      .arg(schedule.ruleName, schedule.ruleProject, schedule.channel)
                                                : tr("no rule (it was deleted)");
    QString sentence = tr("Schedule %1 '%2': %3 through %4, %5; next %6.")
                           .arg(schedule.id)
                           .arg(schedule.name, schedule.frequency == u"monthly" ? tr("monthly") : tr("weekly"), through,
                                schedule.active ? tr("active") : tr("paused"),
                                Output::localTime(schedule.nextRunAt, QStringLiteral("-"), true));
    if (schedule.lastRunAt.isValid())
        sentence += u'\n' + (schedule.lastOutcome == u"sent"
                                 ? tr("Last sent %1: %n check(s) failed.", nullptr, schedule.lastFailedChecks)
                                       .arg(Output::localTime(schedule.lastRunAt, {}, true))
                                 : tr("Last run %1 not sent: %2")
                                       .arg(Output::localTime(schedule.lastRunAt, {}, true), schedule.lastError));
    if (schedule.attempts > 0)
        sentence += u'\n' + tr("Retrying (%1 tries): %2").arg(schedule.attempts).arg(schedule.lastError);
    return sentence;
}

std::variant<shared::ComplianceScheduleFields, int>
ComplianceSchedulesCommand::fieldsOf(const QCommandLineParser &parser)
{
    shared::ComplianceScheduleFields fields;
    fields.name = CliContext::optionalValue(parser, "name");
    fields.frequency = CliContext::optionalValue(parser, "frequency");
    const auto number = [&](const char *option, std::optional<qint64> &into) -> std::optional<int> {
        const auto value = CliContext::optionalValue(parser, option);
        if (!value)
            return std::nullopt;
        bool ok = false;
        into = value->toLongLong(&ok);
        if (!ok)
            return m_context.usage(tr("--%1 takes a number").arg(QString::fromLatin1(option)));
        return std::nullopt;
    };
    for (const auto &[option, into] : {std::pair<const char *, std::optional<qint64> *>{"rule", &fields.ruleId},
                                       {"stale-days", &fields.staleDays},
                                       {"rotation-days", &fields.rotationDays},
                                       {"sign-in-threshold", &fields.signInThreshold}}) {
        if (const auto bad = number(option, *into))
            return *bad;
    }
    if (const auto bad = m_context.readActive(parser, fields.active))
        return *bad;
    return fields;
}

int ComplianceSchedulesCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("name"), tr("what the schedule is called"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("frequency"), tr("weekly (Mondays) or monthly (the 1st), 00:00 UTC"),
                      QStringLiteral("frequency")});
    parser.addOption(
        {QStringLiteral("rule"), tr("the notification rule (its id) the report goes through"), QStringLiteral("id")});
    addLimitOptions(parser);
    parser.addOption({QStringLiteral("active"), tr("update: send reports again")});
    parser.addOption({QStringLiteral("inactive"), tr("create, update: keep the schedule but send nothing")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    bool numeric = false;
    const qint64 id = positional.value(1).toLongLong(&numeric);
    const bool onAll = (action == u"list" || action == u"create") && positional.size() == 1;
    const bool onOne = (action == u"show" || action == u"update" || action == u"delete" || action == u"run") &&
                       positional.size() == 2 && numeric;
    if (!onAll && !onOne)
        return m_context.usage(tr("compliance schedules needs list | create --name N --frequency F --rule ID "
                                  "[options] | show ID | update ID [options] | delete ID | run ID"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    shared::ComplianceApi api(m_context.api());
    if (action == u"list")
        return printItems<ComplianceSchedule>(
            m_context, parser,
            await<QList<ComplianceSchedule>>([&](QObject *c, auto done) { api.schedules(c, std::move(done)); }),
            {tr("ID"), tr("NAME"), tr("FREQUENCY"), tr("THROUGH"), tr("ACTIVE"), tr("NEXT"), tr("LAST"),
             tr("FAILED CHECKS"), tr("ERROR")},
            [](const ComplianceSchedule &schedule) {
                return QStringList{
                    QString::number(schedule.id),
                    schedule.name,
                    schedule.frequency,
                    schedule.ruleId > 0
                        ? QStringLiteral("%1/%2 (%3)").arg(schedule.ruleProject, schedule.ruleName, schedule.channel)
                        : QStringLiteral("-"),
                    schedule.active ? tr("yes") : tr("no"),
                    Output::localTime(schedule.nextRunAt, QStringLiteral("-"), true),
                    schedule.lastOutcome.isEmpty() ? QStringLiteral("-") : schedule.lastOutcome,
                    QString::number(schedule.lastFailedChecks),
                    schedule.lastError};
            });
    const auto one =
        [&](const std::function<void(QObject *, std::function<void(const shared::ApiResult<ComplianceSchedule> &)>)>
                &call) {
            return printOne<ComplianceSchedule>(m_context, parser, await<ComplianceSchedule>(call), sentenceOf);
        };
    if (action == u"show")
        return one([&](QObject *c, auto done) { api.schedule(id, c, std::move(done)); });
    if (action == u"run")
        return one([&](QObject *c, auto done) { api.runSchedule(id, c, std::move(done)); });
    if (action == u"delete")
        return printDone(m_context, parser, await<shared::Done>([&](QObject *c, auto done) {
                             api.removeSchedule(id, c, std::move(done));
                         }),
                         tr("Deleted compliance schedule %1.").arg(id));
    if (action == u"create" && parser.isSet(QStringLiteral("active")))
        return m_context.usage(tr("create makes an active schedule unless --inactive"));
    const auto fields = fieldsOf(parser);
    if (const int *usage = std::get_if<int>(&fields))
        return *usage;
    const auto &changes = std::get<shared::ComplianceScheduleFields>(fields);
    if (action == u"create")
        return one([&](QObject *c, auto done) { api.createSchedule(changes, c, std::move(done)); });
    return one([&](QObject *c, auto done) { api.updateSchedule(id, changes, c, std::move(done)); });
}

} // namespace adp::cli
