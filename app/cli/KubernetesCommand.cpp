#include "KubernetesCommand.h"

#include "KubernetesExecutorCommand.h"
#include "Output.h"
#include "Print.h"
#include "SyncCall.h"
#include "shared/client/KubernetesApi.h"

#include <QCommandLineParser>

namespace adp::cli {

using shared::KubernetesRollout;
using shared::KubernetesTarget;

int KubernetesCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("project"), tr("the project"), QStringLiteral("slug")});
    parser.addOption(
        {QStringLiteral("cluster"), tr("target: the cluster's id (adp clusters list)"), QStringLiteral("id")});
    parser.addOption({QStringLiteral("manifests"), tr("target: the manifests' file or directory in the repository"),
                      QStringLiteral("path")});
    parser.addOption(
        {QStringLiteral("namespace"), tr("target: the namespace (default: the cluster's)"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("auto-rollback"),
                      tr("target: redeploy the last healthy revision when a rollout fails"), QStringLiteral("on|off")});
    parser.addOption({QStringLiteral("force-conflicts"), tr("target: take fields other field managers own"),
                      QStringLiteral("on|off")});
    parser.addOption({QStringLiteral("service-account"),
                      tr("target: deploy jobs get a short-lived KUBECONFIG of it; executor: the job pods' account"),
                      QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("limit"), tr("rollouts: how many (at most 50)"), QStringLiteral("n"), QStringLiteral("10")});
    KubernetesExecutorCommand::addOptions(parser);
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString environment = positional.value(1);
    const QString executorAction = action == u"executor" ? positional.value(1, QStringLiteral("show")) : QString();
    const bool valid = (action == u"targets" && positional.size() == 1) ||
                       ((action == u"target" || action == u"untarget" || action == u"rollouts" || action == u"drift") &&
                        positional.size() == 2) ||
                       (action == u"executor" && positional.size() <= 2 &&
                        (executorAction == u"show" || executorAction == u"set" || executorAction == u"off"));
    if (!valid || !parser.isSet(QStringLiteral("project")))
        return m_context.usage(
            tr("kubernetes needs --project SLUG and one of: targets, target ENV --cluster ID "
               "--manifests PATH [--namespace N] [--auto-rollback on|off] [--force-conflicts on|off] "
               "[--service-account SA], "
               "untarget ENV, rollouts ENV [--limit N], drift ENV, "
               "executor [show], executor set [--cluster ID] [--namespace N] [--image I] [--helper-image I] "
               "[--service-account SA] [--node-selector label=value,...] [--cpu-request Q] [--cpu-limit Q] "
               "[--memory-request Q] [--memory-limit Q] [--max-cpu Q] [--max-memory Q], executor off"));
    for (const char *option : {"auto-rollback", "force-conflicts"}) {
        const auto given = CliContext::optionalValue(parser, option);
        if (given && *given != u"on" && *given != u"off")
            return m_context.usage(tr("--%1 takes on or off").arg(QLatin1String(option)));
    }
    if (action == u"target" && (!parser.isSet(QStringLiteral("cluster")) || !parser.isSet(QStringLiteral("manifests"))))
        return m_context.usage(tr("target needs --cluster ID and --manifests PATH"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    if (action == u"target")
        return setTarget(parser, environment);
    if (action == u"untarget")
        return removeTarget(parser, environment);
    if (action == u"rollouts")
        return showRollouts(parser, environment);
    if (action == u"drift")
        return checkDrift(parser, environment);
    if (action == u"executor")
        return KubernetesExecutorCommand(m_context).run(parser, executorAction);
    shared::KubernetesApi api(m_context.api(), parser.value(QStringLiteral("project")));
    return printItems<KubernetesTarget>(
        m_context, parser, await<QList<KubernetesTarget>>([&](QObject *c, auto done) { api.targets(c, done); }),
        {tr("ENVIRONMENT"), tr("CLUSTER"), tr("NAMESPACE"), tr("MANIFESTS"), tr("AUTO-ROLLBACK")},
        [](const KubernetesTarget &target) {
            return QStringList{target.environment, target.clusterName, target.namespaceName, target.manifestPath,
                               target.autoRollback ? tr("on") : tr("off")};
        });
}

int KubernetesCommand::setTarget(const QCommandLineParser &parser, const QString &environment)
{
    bool numeric = false;
    const qint64 cluster = parser.value(QStringLiteral("cluster")).toLongLong(&numeric);
    if (!numeric)
        return m_context.usage(tr("--cluster takes a cluster's id"));
    shared::KubernetesTargetFields fields;
    fields.environment = environment;
    fields.clusterId = cluster;
    fields.manifestPath = parser.value(QStringLiteral("manifests"));
    fields.namespaceName = CliContext::optionalValue(parser, "namespace");
    fields.serviceAccount = CliContext::optionalValue(parser, "service-account");
    if (const auto given = CliContext::optionalValue(parser, "auto-rollback"))
        fields.autoRollback = *given == u"on";
    if (const auto given = CliContext::optionalValue(parser, "force-conflicts"))
        fields.forceConflicts = *given == u"on";
    shared::KubernetesApi api(m_context.api(), parser.value(QStringLiteral("project")));
    return printOne<KubernetesTarget>(
        m_context, parser, await<KubernetesTarget>([&](QObject *c, auto done) { api.setTarget(fields, c, done); }),
        [](const KubernetesTarget &target) {
            return tr("%1 deploys to cluster %2, namespace %3, from %4 (automatic rollback %5).")
                .arg(target.environment, target.clusterName, target.namespaceName, target.manifestPath,
                     target.autoRollback ? tr("on") : tr("off"));
        });
}

int KubernetesCommand::removeTarget(const QCommandLineParser &parser, const QString &environment)
{
    shared::KubernetesApi api(m_context.api(), parser.value(QStringLiteral("project")));
    const auto targets = await<QList<KubernetesTarget>>([&](QObject *c, auto done) { api.targets(c, done); });
    if (!targets.ok())
        return m_context.fail(targets.error());
    for (const KubernetesTarget &target : targets.value()) {
        if (target.environment == environment)
            return printDone(m_context, parser,
                             await<shared::Done>([&](QObject *c, auto done) { api.removeTarget(target.id, c, done); }),
                             tr("%1 no longer deploys to Kubernetes.").arg(environment));
    }
    m_context.err() << tr("%1 has no Kubernetes target.").arg(environment) << Qt::endl;
    return ExitError;
}

int KubernetesCommand::showRollouts(const QCommandLineParser &parser, const QString &environment)
{
    bool numeric = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&numeric);
    if (!numeric)
        return m_context.usage(tr("--limit takes a number"));
    shared::KubernetesApi api(m_context.api(), parser.value(QStringLiteral("project")));
    const auto rollouts =
        await<QList<KubernetesRollout>>([&](QObject *c, auto done) { api.rollouts(environment, limit, c, done); });
    if (!rollouts.ok() || CliContext::outputFormat(parser) == OutputFormat::Json)
        return printItems<KubernetesRollout>(m_context, parser, rollouts, {}, {});
    for (const KubernetesRollout &rollout : rollouts.value()) {
        m_context.out() << tr("Rollout %1 of job %2 at %3 on %4/%5: %6")
                               .arg(rollout.id)
                               .arg(rollout.jobId)
                               .arg(rollout.sha.left(8), rollout.clusterName, rollout.namespaceName, rollout.status)
                        << Qt::endl;
        if (!rollout.reason.isEmpty())
            m_context.out() << "  " << rollout.reason << Qt::endl;
        if (!rollout.rollback.isEmpty())
            m_context.out() << "  " << rollout.rollback << Qt::endl;
        QList<QStringList> rows{{tr("OBJECT"), tr("HEALTH"), tr("MESSAGE")}};
        for (const auto &object : rollout.objects)
            rows.append({object.kind.toLower() + u'/' + object.name, object.health, object.message});
        m_context.out() << Output::table(rows);
    }
    m_context.out().flush();
    return ExitOk;
}

int KubernetesCommand::checkDrift(const QCommandLineParser &parser, const QString &environment)
{
    shared::KubernetesApi api(m_context.api(), parser.value(QStringLiteral("project")));
    return printOne<shared::KubernetesDrift>(
        m_context, parser,
        await<shared::KubernetesDrift>([&](QObject *c, auto done) { api.checkDrift(environment, c, done); }),
        [](const shared::KubernetesDrift &drift) {
            if (!drift.drifted)
                return tr("%1 is as its rollout %2 left it.").arg(drift.environment).arg(drift.rolloutId);
            QStringList lines{tr("%1 drifted from its rollout %2:").arg(drift.environment).arg(drift.rolloutId)};
            for (const auto &object : drift.objects) {
                const QString name = object.kind.toLower() + u'/' + object.name;
                if (object.missing)
                    lines.append(tr("  %1 is missing").arg(name));
                if (!object.error.isEmpty())
                    lines.append(tr("  %1 could not be read: %2").arg(name, object.error));
                for (const auto &field : object.fields)
                    lines.append(tr("  %1 %2 changed by %3").arg(name, field.field, field.manager));
            }
            lines.append(tr("Run its deploy job again to re-sync."));
            return lines.join(u'\n');
        });
}

} // namespace adp::cli
