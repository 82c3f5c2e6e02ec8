#include "EnvironmentsCommand.h"

#include "Print.h"
#include "SyncCall.h"
#include "shared/client/DeploymentsApi.h"
#include "shared/client/FreezesApi.h"
#include "shared/client/MembersApi.h"

#include <QCommandLineParser>
#include <QUrlQuery>

namespace adp::cli {

using shared::Deployment;
using shared::Environment;

namespace {

QString settingSentence(const shared::EnvironmentSetting &setting)
{
    return QCoreApplication::translate("EnvironmentsCommand", "%1: hard freeze %2, self-approval %3.")
        .arg(setting.environment,
             setting.hardFreeze ? QCoreApplication::translate("EnvironmentsCommand", "on")
                                : QCoreApplication::translate("EnvironmentsCommand", "off"),
             setting.allowSelfApproval ? QCoreApplication::translate("EnvironmentsCommand", "allowed")
                                       : QCoreApplication::translate("EnvironmentsCommand", "not allowed"));
}

QString deploymentLine(const Deployment &deployment)
{
    return QCoreApplication::translate("EnvironmentsCommand", "#%1 %2 of %3 at %4 by %5 (%6)")
        .arg(deployment.iid)
        .arg(deployment.status, deployment.ref, deployment.sha.left(8),
             deployment.triggeredBy.isEmpty() ? QStringLiteral("-") : deployment.triggeredBy,
             Output::localTime(deployment.finishedAt.isValid() ? deployment.finishedAt : deployment.createdAt));
}

QString environmentSentence(const Environment &environment)
{
    QString text = QCoreApplication::translate("EnvironmentsCommand", "Environment %1 (%2, %3)\n")
                       .arg(environment.name, environment.tier, environment.state);
    if (!environment.externalUrl.isEmpty())
        text += QCoreApplication::translate("EnvironmentsCommand", "  url: %1\n").arg(environment.externalUrl);
    text += QCoreApplication::translate("EnvironmentsCommand", "  running now: %1\n")
                .arg(environment.lastDeployment ? deploymentLine(*environment.lastDeployment)
                                                : QCoreApplication::translate("EnvironmentsCommand", "nothing yet"));
    if (environment.latestDeployment &&
        (!environment.lastDeployment || environment.latestDeployment->id != environment.lastDeployment->id))
        text += QCoreApplication::translate("EnvironmentsCommand", "  latest: %1\n")
                    .arg(deploymentLine(*environment.latestDeployment));
    if (environment.autoStopAt.isValid())
        text += QCoreApplication::translate("EnvironmentsCommand", "  stops by itself: %1\n")
                    .arg(Output::localTime(environment.autoStopAt));
    if (environment.pinnedDeployment > 0)
        text +=
            QCoreApplication::translate("EnvironmentsCommand",
                                        "  pinned to #%1 by %2 at %3: automatic deploys wait (unpin to let them go)\n")
                .arg(environment.pinnedDeployment)
                .arg(environment.pinnedBy.isEmpty() ? QStringLiteral("-") : environment.pinnedBy,
                     Output::localTime(environment.pinnedAt));
    return text.trimmed();
}

QString deploymentSentence(const Deployment &deployment)
{
    QString text = QCoreApplication::translate("EnvironmentsCommand", "Deployment #%1 to %2: %3\n")
                       .arg(deployment.iid)
                       .arg(deployment.environment, deployment.status);
    if (!deployment.statusReason.isEmpty())
        text += QCoreApplication::translate("EnvironmentsCommand", "  why: %1\n").arg(deployment.statusReason);
    if (deployment.rollbackOf > 0)
        text += QCoreApplication::translate("EnvironmentsCommand", "  rollback to #%1\n").arg(deployment.rollbackOf);
    text += QCoreApplication::translate("EnvironmentsCommand", "  %1 at %2, pipeline %3, job %4 (%5, attempt %6)\n")
                .arg(deployment.ref, deployment.sha.left(8))
                .arg(deployment.pipelineId)
                .arg(deployment.jobId)
                .arg(deployment.jobName)
                .arg(deployment.jobAttempt);
    text += QCoreApplication::translate("EnvironmentsCommand", "  by %1; started %2, finished %3\n")
                .arg(deployment.triggeredBy.isEmpty() ? QStringLiteral("-") : deployment.triggeredBy,
                     Output::localTime(deployment.startedAt, QStringLiteral("-")),
                     Output::localTime(deployment.finishedAt, QStringLiteral("-")));
    for (const shared::DeploymentApproval &approval : deployment.approvals)
        text += QCoreApplication::translate("EnvironmentsCommand", "  %1 by %2 %3%4\n")
                    .arg(approval.status, approval.user, Output::localTime(approval.createdAt),
                         approval.comment.isEmpty() ? QString() : QStringLiteral(": ") + approval.comment);
    return text.trimmed();
}

} // namespace

int EnvironmentsCommand::runEnvironments(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("project"), tr("the project (ID or slug)"), QStringLiteral("project")});
    parser.addOption({QStringLiteral("action"), tr("protect: deploy or approve"), QStringLiteral("action")});
    parser.addOption({QStringLiteral("role"), tr("protect: the least project role it allows"), QStringLiteral("role")});
    parser.addOption({QStringLiteral("user"), tr("protect: the user it allows"), QStringLiteral("user")});
    parser.addOption({QStringLiteral("team"), tr("protect: the team it allows"), QStringLiteral("team")});
    parser.addOption({QStringLiteral("approvals"), tr("protect --action approve: how many must approve (1-10)"),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("hard-freeze"),
                      tr("protect: on holds deploy jobs while a freeze window is active; off lets them run"),
                      QStringLiteral("on|off")});
    parser.addOption({QStringLiteral("self-approval"),
                      tr("protect: on lets whoever started a deployment approve it; off (the default) does not"),
                      QStringLiteral("on|off")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList words = parser.positionalArguments();
    const QString project = parser.value(QStringLiteral("project"));
    const QString verb = words.value(0);
    const bool list = words == QStringList{QStringLiteral("list")} || words == QStringList{QStringLiteral("rules")} ||
                      words == QStringList{QStringLiteral("settings")};
    const bool named = words.size() == 2 && (verb == u"show" || verb == u"stop" || verb == u"unpin" ||
                                             verb == u"protect" || verb == u"unprotect");
    if (project.isEmpty() || (!list && !named))
        return m_context.usage(
            tr("environments needs --project S list, rules, settings, or show|stop|unpin|protect|unprotect NAME"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    if (verb == u"rules")
        return rules(parser, project);
    if (verb == u"settings")
        return settings(parser, project);
    if (verb == u"protect")
        return protect(parser, project, words.at(1));
    if (verb == u"unprotect")
        return unprotect(parser, project, words.at(1));
    const bool show = verb == u"show";
    shared::DeploymentsApi api(m_context.api());
    if (verb == u"stop" || verb == u"unpin")
        return printOne<Environment>(m_context, parser, await<Environment>([&](QObject *c, auto done) {
                                         if (verb == u"stop")
                                             api.stop(project, words.at(1), c, done);
                                         else
                                             api.unpin(project, words.at(1), c, done);
                                     }),
                                     environmentSentence);
    if (show)
        return printOne<Environment>(m_context, parser, await<Environment>([&](QObject *c, auto done) {
                                         api.environment(project, words.at(1), c, done);
                                     }),
                                     environmentSentence);
    return printItems<Environment>(
        m_context, parser,
        await<QList<Environment>>([&](QObject *c, auto done) { api.environments(project, c, done); }),
        {tr("NAME"), tr("TIER"), tr("STATE"), tr("RUNNING NOW"), tr("URL")}, [](const Environment &environment) {
            return QStringList{environment.name, environment.tier, environment.state,
                               environment.lastDeployment ? deploymentLine(*environment.lastDeployment)
                                                          : QStringLiteral("-"),
                               environment.externalUrl};
        });
}

int EnvironmentsCommand::rules(const QCommandLineParser &parser, const QString &project)
{
    shared::MembersApi api(m_context.api());
    return printItems<shared::EnvironmentRule>(
        m_context, parser,
        await<QList<shared::EnvironmentRule>>([&](QObject *c, auto done) { api.environmentRules(project, c, done); }),
        {tr("ID"), tr("ENVIRONMENT"), tr("ACTION"), tr("WHO"), tr("APPROVALS")},
        [](const shared::EnvironmentRule &rule) {
            const QString who = !rule.minRole.isEmpty() ? tr("role %1 and above").arg(rule.minRole)
                                : !rule.user.isEmpty()  ? tr("user %1").arg(rule.user)
                                                        : tr("team %1").arg(rule.team);
            return QStringList{QString::number(rule.id), rule.environment, rule.action, who,
                               rule.action == u"approve" ? QString::number(rule.requiredApprovals)
                                                         : QStringLiteral("-")};
        });
}

int EnvironmentsCommand::protect(const QCommandLineParser &parser, const QString &project, const QString &environment)
{
    shared::EnvironmentRuleFields fields;
    fields.environment = environment;
    fields.action = CliContext::optionalValue(parser, "action");
    fields.minRole = CliContext::optionalValue(parser, "role");
    fields.user = CliContext::optionalValue(parser, "user");
    fields.team = CliContext::optionalValue(parser, "team");
    if (parser.isSet(QStringLiteral("approvals"))) {
        bool numeric = false;
        fields.requiredApprovals = parser.value(QStringLiteral("approvals")).toLongLong(&numeric);
        if (!numeric)
            return m_context.usage(tr("--approvals takes a number"));
    }
    shared::EnvironmentSettingFields setting;
    setting.environment = environment;
    for (const auto &[option, value] :
         {std::pair{"hard-freeze", &setting.hardFreeze}, {"self-approval", &setting.allowSelfApproval}}) {
        const auto given = CliContext::optionalValue(parser, option);
        if (given && *given != u"on" && *given != u"off")
            return m_context.usage(tr("--%1 takes on or off").arg(QLatin1String(option)));
        if (given)
            *value = *given == u"on";
    }
    const bool changesSetting = setting.hardFreeze || setting.allowSelfApproval;
    if (!fields.action && !changesSetting)
        return m_context.usage(
            tr("protect needs --action deploy|approve, or --hard-freeze on|off, or --self-approval on|off"));
    if (changesSetting) {
        shared::FreezesApi freezes(m_context.api(), project);
        const auto changed =
            await<shared::EnvironmentSetting>([&](QObject *c, auto done) { freezes.putSetting(setting, c, done); });
        if (!changed.ok())
            return m_context.fail(changed.error());
        if (!fields.action)
            return printOne<shared::EnvironmentSetting>(m_context, parser, changed, settingSentence);
        if (CliContext::outputFormat(parser) != OutputFormat::Json)
            m_context.out() << settingSentence(changed.value()) << Qt::endl;
    }
    shared::MembersApi api(m_context.api());
    return printOne<shared::EnvironmentRule>(
        m_context, parser, await<shared::EnvironmentRule>([&](QObject *c, auto done) {
            api.addEnvironmentRule(project, fields, c, done);
        }),
        [](const shared::EnvironmentRule &rule) {
            return tr("Rule %1: %2 on %3 is now protected.").arg(rule.id).arg(rule.action, rule.environment);
        });
}

int EnvironmentsCommand::settings(const QCommandLineParser &parser, const QString &project)
{
    shared::FreezesApi freezes(m_context.api(), project);
    return printItems<shared::EnvironmentSetting>(
        m_context, parser,
        await<QList<shared::EnvironmentSetting>>([&](QObject *c, auto done) { freezes.settings(c, done); }),
        {tr("ID"), tr("ENVIRONMENT"), tr("HARD FREEZE"), tr("SELF-APPROVAL")},
        [](const shared::EnvironmentSetting &setting) {
            return QStringList{QString::number(setting.id), setting.environment,
                               setting.hardFreeze ? tr("on") : tr("off"),
                               setting.allowSelfApproval ? tr("allowed") : tr("not allowed")};
        });
}

int EnvironmentsCommand::unprotect(const QCommandLineParser &parser, const QString &project, const QString &environment)
{
    shared::MembersApi api(m_context.api());
    const auto rules =
        await<QList<shared::EnvironmentRule>>([&](QObject *c, auto done) { api.environmentRules(project, c, done); });
    if (!rules.ok())
        return m_context.fail(rules.error());
    int removed = 0;
    for (const shared::EnvironmentRule &rule : rules.value()) {
        if (rule.environment != environment)
            continue;
        const auto done =
            await<shared::Done>([&](QObject *c, auto then) { api.removeEnvironmentRule(project, rule.id, c, then); });
        if (!done.ok())
            return m_context.fail(done.error());
        ++removed;
    }
    shared::FreezesApi freezes(m_context.api(), project);
    const auto settings =
        await<QList<shared::EnvironmentSetting>>([&](QObject *c, auto done) { freezes.settings(c, done); });
    if (!settings.ok())
        return m_context.fail(settings.error());
    for (const shared::EnvironmentSetting &setting : settings.value()) {
        if (setting.environment != environment)
            continue;
        const auto done =
            await<shared::Done>([&](QObject *c, auto then) { freezes.removeSetting(setting.id, c, then); });
        if (!done.ok())
            return m_context.fail(done.error());
    }
    return printDone(m_context, parser, shared::Done{},
                     tr("Removed %n rule(s) naming %1.", nullptr, removed).arg(environment));
}

int EnvironmentsCommand::runDeployments(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("project"), tr("the project (ID or slug)"), QStringLiteral("project")});
    parser.addOption(
        {QStringLiteral("environment"), tr("list: only to this environment (name or ID)"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("status"), tr("list: only with this status"), QStringLiteral("status")});
    parser.addOption({QStringLiteral("limit"), tr("list: deployments to show (1-100)"), QStringLiteral("n")});
    parser.addOption({QStringLiteral("cursor"), tr("list: the page after this cursor"), QStringLiteral("cursor")});
    parser.addOption({QStringLiteral("comment"), tr("approve, reject: why"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("from"),
                      tr("compare: the deployment to compare with (default: the successful one before it)"),
                      QStringLiteral("iid")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList words = parser.positionalArguments();
    const QString project = parser.value(QStringLiteral("project"));
    const bool list = words == QStringList{QStringLiteral("list")};
    bool numeric = false;
    const QString verb = words.value(0);
    const bool onOne = words.size() == 2 && (verb == u"show" || verb == u"approve" || verb == u"reject" ||
                                             verb == u"rollback" || verb == u"override-freeze" || verb == u"compare");
    const qint64 iid = onOne ? words.at(1).toLongLong(&numeric) : 0;
    if (project.isEmpty() || (!list && !numeric))
        return m_context.usage(tr(
            "deployments needs --project S list [filters], or show|approve|reject|rollback|override-freeze|compare IID"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    shared::DeploymentsApi api(m_context.api());
    if (verb == u"approve" || verb == u"reject")
        return printOne<Deployment>(m_context, parser, await<Deployment>([&](QObject *c, auto done) {
                                        api.decide(project, iid, verb, parser.value(QStringLiteral("comment")), c,
                                                   done);
                                    }),
                                    deploymentSentence);
    if (verb == u"rollback")
        return printOne<Deployment>(
            m_context, parser, await<Deployment>([&](QObject *c, auto done) { api.rollback(project, iid, c, done); }),
            deploymentSentence);
    if (verb == u"compare")
        return compare(parser, project, iid);
    if (verb == u"override-freeze")
        return printOne<Deployment>(m_context, parser, await<Deployment>([&](QObject *c, auto done) {
                                        api.overrideFreeze(project, iid, c, done);
                                    }),
                                    deploymentSentence);
    if (!list)
        return printOne<Deployment>(
            m_context, parser, await<Deployment>([&](QObject *c, auto done) { api.deployment(project, iid, c, done); }),
            deploymentSentence);
    QUrlQuery filters;
    for (const char *name : {"environment", "status", "limit", "cursor"}) {
        if (parser.isSet(QString::fromLatin1(name)))
            filters.addQueryItem(QString::fromLatin1(name), parser.value(QString::fromLatin1(name)));
    }
    const auto page =
        await<shared::DeploymentPage>([&](QObject *c, auto done) { api.deployments(project, filters, c, done); });
    if (!page.ok())
        return m_context.fail(page.error());
    if (CliContext::outputFormat(parser) == OutputFormat::Json) {
        QJsonArray items;
        for (const Deployment &deployment : page.value().items)
            items.append(deployment.toJson());
        Output(m_context.out(), OutputFormat::Json)
            .json(
                QJsonObject{{QStringLiteral("items"), items},
                            {QStringLiteral("next_cursor"),
                             page.value().nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page.value().nextCursor)}});
        return ExitOk;
    }
    QList<QStringList> rows{
        {tr("IID"), tr("ENVIRONMENT"), tr("STATUS"), tr("REF"), tr("COMMIT"), tr("BY"), tr("FINISHED"), tr("JOB")}};
    for (const Deployment &deployment : page.value().items)
        rows.append({QString::number(deployment.iid), deployment.environment, deployment.status, deployment.ref,
                     deployment.sha.left(8),
                     deployment.triggeredBy.isEmpty() ? QStringLiteral("-") : deployment.triggeredBy,
                     Output::localTime(deployment.finishedAt, QStringLiteral("-")), QString::number(deployment.jobId)});
    m_context.out() << Output::table(rows);
    if (!page.value().nextCursor.isEmpty())
        m_context.out() << tr("More: --cursor %1").arg(page.value().nextCursor) << Qt::endl;
    m_context.out().flush();
    return ExitOk;
}

int EnvironmentsCommand::compare(const QCommandLineParser &parser, const QString &project, qint64 iid)
{
    bool numeric = true;
    const qint64 from =
        parser.isSet(QStringLiteral("from")) ? parser.value(QStringLiteral("from")).toLongLong(&numeric) : 0;
    if (!numeric)
        return m_context.usage(tr("--from takes a deployment number"));
    shared::DeploymentsApi api(m_context.api());
    const auto compared =
        await<shared::DeploymentComparison>([&](QObject *c, auto done) { api.compare(project, iid, from, c, done); });
    if (!compared.ok())
        return m_context.fail(compared.error());
    const shared::DeploymentComparison &comparison = compared.value();
    if (CliContext::outputFormat(parser) == OutputFormat::Json) {
        Output(m_context.out(), OutputFormat::Json).json(comparison.toJson());
        return ExitOk;
    }
    QTextStream &out = m_context.out();
    const auto side = [](const Deployment &deployment) {
        const qint64 seconds = deployment.durationSeconds();
        return tr("#%1 %2 at %3 by %4, %5")
            .arg(deployment.iid)
            .arg(deployment.environment, deployment.sha.left(8),
                 deployment.triggeredBy.isEmpty() ? QStringLiteral("-") : deployment.triggeredBy,
                 seconds < 0 ? deployment.status : tr("%1 in %2 s").arg(deployment.status).arg(seconds));
    };
    out << tr("From %1").arg(side(comparison.from)) << Qt::endl << tr("To   %1").arg(side(comparison.to)) << Qt::endl;
    const QString heading =
        comparison.direction == u"backward" ? tr("Commits it takes away (%n):", nullptr, int(comparison.commits.size()))
        : comparison.direction == u"same"   ? tr("The same commit.")
                                            : tr("Commits it brings (%n):", nullptr, int(comparison.commits.size()));
    out << heading << Qt::endl;
    for (const auto &commit : comparison.commits)
        out << QStringLiteral("  %1 %2 (%3)").arg(commit.sha.left(8), commit.title, commit.author) << Qt::endl;
    if (comparison.moreCommits)
        out << tr("  ... and more") << Qt::endl;
    out << tr("Files changed (%n):", nullptr, int(comparison.files.size())) << Qt::endl;
    for (const auto &file : comparison.files)
        out << QStringLiteral("  %1 %2").arg(file.status, file.path) << Qt::endl;
    if (comparison.moreFiles)
        out << tr("  ... and more") << Qt::endl;
    out.flush();
    return ExitOk;
}

} // namespace adp::cli
