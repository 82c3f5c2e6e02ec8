#include "SchedulesCommand.h"

#include "Print.h"
#include "SyncCall.h"
#include "shared/client/SchedulesApi.h"
#include "shared/pipeline/CronSchedule.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTimeZone>

namespace adp::cli {

using shared::PipelineSchedule;

namespace {

QString scheduleSentence(const PipelineSchedule &schedule)
{
    QString text =
        QCoreApplication::translate("SchedulesCommand", "Schedule %1 (%2): '%3' in %4 for %5, %6, owned by %7\n")
            .arg(schedule.id)
            .arg(schedule.description, schedule.cron, schedule.timezone, schedule.ref,
                 schedule.active ? QCoreApplication::translate("SchedulesCommand", "active")
                                 : QCoreApplication::translate("SchedulesCommand", "inactive"),
                 schedule.owner);
    for (const QDateTime &time : schedule.nextRuns)
        text += QCoreApplication::translate("SchedulesCommand", "  next: %1\n")
                    .arg(Output::localTime(time, QStringLiteral("-")));
    if (!schedule.lastError.isEmpty())
        text += QCoreApplication::translate("SchedulesCommand", "  last run made no pipeline: %1\n")
                    .arg(schedule.lastError);
    return text.trimmed();
}

} // namespace

std::variant<shared::PipelineScheduleFields, int> SchedulesCommand::fieldsOf(const QCommandLineParser &parser)
{
    shared::PipelineScheduleFields fields;
    fields.description = CliContext::optionalValue(parser, "description");
    fields.cron = CliContext::optionalValue(parser, "cron");
    fields.timezone = CliContext::optionalValue(parser, "timezone");
    fields.ref = CliContext::optionalValue(parser, "ref");
    if (const auto bad = m_context.readActive(parser, fields.active))
        return *bad;
    if (parser.isSet(QStringLiteral("variable"))) {
        QList<QPair<QString, QString>> variables;
        for (const QString &assignment : parser.values(QStringLiteral("variable"))) {
            const qsizetype equals = assignment.indexOf(u'=');
            if (equals <= 0)
                return m_context.usage(tr("-v takes KEY=VALUE, not '%1'").arg(assignment));
            variables.append({assignment.left(equals), assignment.mid(equals + 1)});
        }
        fields.variables = variables;
    }
    return fields;
}

int SchedulesCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption(
        {QStringLiteral("project"), tr("list, create: the project (ID or slug)"), QStringLiteral("project")});
    parser.addOption({QStringLiteral("description"), tr("what the schedule is for"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("cron"), tr("when: five cron fields (\"30 2 * * *\") or @daily, @hourly..."),
                      QStringLiteral("expression")});
    parser.addOption(
        {QStringLiteral("timezone"), tr("the cron's time zone (IANA name; default UTC)"), QStringLiteral("zone")});
    parser.addOption({QStringLiteral("ref"), tr("the branch or tag to run"), QStringLiteral("ref")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("variable")},
                      tr("a pipeline variable KEY=VALUE; repeat for several (update: replaces them all)"),
                      QStringLiteral("KEY=VALUE")});
    parser.addOption({QStringLiteral("active"), tr("update: run it again")});
    parser.addOption({QStringLiteral("inactive"), tr("create, update: keep it but do not run it")});
    parser.addOption(
        {QStringLiteral("count"), tr("next: how many times to show (1-50, default 5)"), QStringLiteral("n")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    if (parser.positionalArguments() == QStringList{QStringLiteral("next")})
        return next(parser);
    const auto asked = CliContext::itemAction(
        parser, {QStringLiteral("list"), QStringLiteral("create")},
        {QStringLiteral("show"), QStringLiteral("update"), QStringLiteral("delete"), QStringLiteral("run")});
    if (!asked)
        return m_context.usage(tr("schedules needs --project S list|create [options], show|update|delete|run ID, "
                                  "or next --cron C"));
    const QString &action = asked->action;
    const qint64 id = asked->id;
    const auto fields = fieldsOf(parser);
    if (const int *usage = std::get_if<int>(&fields))
        return *usage;
    if (action == u"create" && parser.isSet(QStringLiteral("active")))
        return m_context.usage(tr("create makes an active schedule unless --inactive"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    shared::SchedulesApi api(m_context.api());
    const QString project = parser.value(QStringLiteral("project"));
    const auto &changes = std::get<shared::PipelineScheduleFields>(fields);
    if (action == u"list")
        return printItems<PipelineSchedule>(
            m_context, parser,
            await<QList<PipelineSchedule>>([&](QObject *c, auto done) { api.list(project, c, done); }),
            {tr("ID"), tr("DESCRIPTION"), tr("CRON"), tr("TIME ZONE"), tr("REF"), tr("ACTIVE"), tr("NEXT RUN"),
             tr("OWNER")},
            [](const PipelineSchedule &schedule) {
                return QStringList{QString::number(schedule.id),
                                   schedule.description,
                                   schedule.cron,
                                   schedule.timezone,
                                   schedule.ref,
                                   schedule.active ? tr("yes") : tr("no"),
                                   Output::localTime(schedule.nextRunAt, QStringLiteral("-")),
                                   schedule.owner};
            });
    if (action == u"create")
        return printOne<PipelineSchedule>(m_context, parser, await<PipelineSchedule>([&](QObject *c, auto done) {
                                              api.create(project, changes, c, done);
                                          }),
                                          scheduleSentence);
    if (action == u"show")
        return printOne<PipelineSchedule>(m_context, parser,
                                          await<PipelineSchedule>([&](QObject *c, auto done) { api.get(id, c, done); }),
                                          scheduleSentence);
    if (action == u"update")
        return printOne<PipelineSchedule>(m_context, parser, await<PipelineSchedule>([&](QObject *c, auto done) {
                                              api.update(id, changes, c, done);
                                          }),
                                          scheduleSentence);
    if (action == u"run")
        return printOne<shared::Pipeline>(
            m_context, parser, await<shared::Pipeline>([&](QObject *c, auto done) { api.play(id, c, done); }),
            [](const shared::Pipeline &pipeline) {
                return tr("Pipeline %1 (%2) for %3 at %4: %5")
                    .arg(pipeline.id)
                    .arg(pipeline.source, pipeline.ref, pipeline.sha.left(8), pipeline.status);
            });
    return printDone(m_context, parser, await<shared::Done>([&](QObject *c, auto done) { api.remove(id, c, done); }),
                     tr("Deleted schedule %1.").arg(id));
}

int SchedulesCommand::next(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("cron")))
        return m_context.usage(tr("schedules next needs --cron"));
    bool numeric = true;
    const int count = parser.isSet(QStringLiteral("count")) ? parser.value(QStringLiteral("count")).toInt(&numeric) : 5;
    if (!numeric || count < 1 || count > 50)
        return m_context.usage(tr("--count must be from 1 to 50"));
    const QString zoneName =
        parser.isSet(QStringLiteral("timezone")) ? parser.value(QStringLiteral("timezone")) : QStringLiteral("UTC");
    if (!QTimeZone::isTimeZoneIdAvailable(zoneName.toUtf8())) {
        m_context.err()
            << tr("'%1' is not a known time zone; use an IANA name such as Europe/Berlin or UTC").arg(zoneName)
            << Qt::endl;
        return ExitError;
    }
    QString error;
    const auto schedule = pipeline::CronSchedule::parse(parser.value(QStringLiteral("cron")), &error);
    if (!schedule) {
        m_context.err() << tr("The cron expression is not valid: %1").arg(error) << Qt::endl;
        return ExitError;
    }
    const QTimeZone zone(zoneName.toUtf8());
    const QList<QDateTime> times = schedule->next(QDateTime::currentDateTimeUtc(), zone, count);
    if (CliContext::outputFormat(parser) == OutputFormat::Json) {
        QJsonArray list;
        for (const QDateTime &time : times)
            list.append(time.toTimeZone(zone).toString(Qt::ISODate));
        Output(m_context.out(), OutputFormat::Json).json(QJsonObject{{QStringLiteral("next_runs"), list}});
        return ExitOk;
    }
    for (const QDateTime &time : times)
        m_context.out() << time.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm t")) << Qt::endl;
    return ExitOk;
}

} // namespace adp::cli
