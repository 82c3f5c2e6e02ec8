#include "EnvironmentsCommand.h"

#include "Print.h"
#include "SyncCall.h"
#include "shared/client/DeploymentsApi.h"

#include <QCommandLineParser>
#include <QUrlQuery>

namespace adp::cli {

using shared::Deployment;
using shared::Environment;

namespace {

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
    return text.trimmed();
}

QString deploymentSentence(const Deployment &deployment)
{
    QString text = QCoreApplication::translate("EnvironmentsCommand", "Deployment #%1 to %2: %3\n")
                       .arg(deployment.iid)
                       .arg(deployment.environment, deployment.status);
    if (!deployment.statusReason.isEmpty())
        text += QCoreApplication::translate("EnvironmentsCommand", "  why: %1\n").arg(deployment.statusReason);
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
    return text.trimmed();
}

} // namespace

int EnvironmentsCommand::runEnvironments(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("project"), tr("the project (ID or slug)"), QStringLiteral("project")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList words = parser.positionalArguments();
    const QString project = parser.value(QStringLiteral("project"));
    const bool list = words == QStringList{QStringLiteral("list")};
    const bool show = words.size() == 2 && words.first() == u"show";
    if (project.isEmpty() || (!list && !show))
        return m_context.usage(tr("environments needs --project S list or show NAME"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    shared::DeploymentsApi api(m_context.api());
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
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList words = parser.positionalArguments();
    const QString project = parser.value(QStringLiteral("project"));
    const bool list = words == QStringList{QStringLiteral("list")};
    bool numeric = false;
    const qint64 iid = words.size() == 2 && words.first() == u"show" ? words.at(1).toLongLong(&numeric) : 0;
    if (project.isEmpty() || (!list && !numeric))
        return m_context.usage(tr("deployments needs --project S list [filters] or show IID"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    shared::DeploymentsApi api(m_context.api());
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

} // namespace adp::cli
