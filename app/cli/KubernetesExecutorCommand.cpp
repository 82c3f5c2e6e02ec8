#include "KubernetesExecutorCommand.h"

#include "Print.h"
#include "SyncCall.h"
#include "shared/client/KubernetesApi.h"

#include <QCommandLineParser>

namespace adp::cli {

using shared::KubernetesExecutor;

namespace {

const QList<QPair<const char *, const char *>> kQuantities{
    {"cpu-request", QT_TRANSLATE_NOOP("KubernetesExecutorCommand", "executor: the CPU a job's container requests")},
    {"cpu-limit", QT_TRANSLATE_NOOP("KubernetesExecutorCommand", "executor: the most CPU a job's container may use")},
    {"memory-request",
     QT_TRANSLATE_NOOP("KubernetesExecutorCommand", "executor: the memory a job's container requests")},
    {"memory-limit",
     QT_TRANSLATE_NOOP("KubernetesExecutorCommand", "executor: the most memory a job's container may use")},
    {"max-cpu",
     QT_TRANSLATE_NOOP("KubernetesExecutorCommand", "executor: the most CPU a job's KUBERNETES_CPU_* may ask for")},
    {"max-memory", QT_TRANSLATE_NOOP("KubernetesExecutorCommand",
                                     "executor: the most memory a job's KUBERNETES_MEMORY_* may ask for")}};

QString describe(const KubernetesExecutor &executor)
{
    QStringList lines{
        KubernetesExecutorCommand::tr("Jobs run as pods on cluster %1, namespace %2, in %3 unless they name an image.")
            .arg(executor.clusterName, executor.namespaceName, executor.image),
        KubernetesExecutorCommand::tr("Helper image: %1").arg(executor.helperImage)};
    if (!executor.serviceAccount.isEmpty())
        lines.append(KubernetesExecutorCommand::tr("Service account: %1").arg(executor.serviceAccount));
    QStringList selector;
    for (auto it = executor.nodeSelector.constBegin(); it != executor.nodeSelector.constEnd(); ++it)
        selector.append(it.key() + u'=' + it.value());
    if (!selector.isEmpty())
        lines.append(KubernetesExecutorCommand::tr("Node selector: %1").arg(selector.join(QStringLiteral(", "))));
    const QString none = KubernetesExecutorCommand::tr("none");
    const auto or_ = [&none](const QString &value) { return value.isEmpty() ? none : value; };
    lines.append(KubernetesExecutorCommand::tr("CPU: request %1, limit %2, jobs may ask up to %3")
                     .arg(or_(executor.cpuRequest), or_(executor.cpuLimit), or_(executor.maxCpu)));
    lines.append(KubernetesExecutorCommand::tr("Memory: request %1, limit %2, jobs may ask up to %3")
                     .arg(or_(executor.memoryRequest), or_(executor.memoryLimit), or_(executor.maxMemory)));
    return lines.join(u'\n');
}

} // namespace

void KubernetesExecutorCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("image"), tr("executor: the image of jobs that name none"), QStringLiteral("image")});
    parser.addOption({QStringLiteral("helper-image"),
                      tr("executor: the image that fetches the workspace and returns files"), QStringLiteral("image")});
    parser.addOption({QStringLiteral("node-selector"), tr("executor: the nodes jobs run on, as label=value,..."),
                      QStringLiteral("labels")});
    for (const auto &[name, help] : kQuantities)
        parser.addOption({QLatin1String(name), tr(help), QStringLiteral("quantity")});
}

int KubernetesExecutorCommand::run(const QCommandLineParser &parser, const QString &action)
{
    shared::KubernetesApi api(m_context.api(), parser.value(QStringLiteral("project")));
    if (action == u"off")
        return printDone(m_context, parser,
                         await<shared::Done>([&](QObject *c, auto done) { api.removeExecutor(c, done); }),
                         tr("The project's jobs run on the server's workers again."));
    if (action == u"set")
        return set(parser);
    return printOne<KubernetesExecutor>(
        m_context, parser, await<KubernetesExecutor>([&](QObject *c, auto done) { api.executor(c, done); }), describe);
}

int KubernetesExecutorCommand::set(const QCommandLineParser &parser)
{
    shared::KubernetesExecutorFields fields;
    if (parser.isSet(QStringLiteral("cluster"))) {
        bool numeric = false;
        fields.clusterId = parser.value(QStringLiteral("cluster")).toLongLong(&numeric);
        if (!numeric)
            return m_context.usage(tr("--cluster takes a cluster's id"));
    }
    fields.namespaceName = CliContext::optionalValue(parser, "namespace");
    fields.serviceAccount = CliContext::optionalValue(parser, "service-account");
    fields.image = CliContext::optionalValue(parser, "image");
    fields.helperImage = CliContext::optionalValue(parser, "helper-image");
    if (const auto selector = CliContext::optionalValue(parser, "node-selector")) {
        QMap<QString, QString> labels;
        for (const QString &pair : selector->split(u',', Qt::SkipEmptyParts)) {
            if (!pair.contains(u'='))
                return m_context.usage(tr("--node-selector takes label=value pairs separated by commas"));
            labels.insert(pair.section(u'=', 0, 0).trimmed(), pair.section(u'=', 1).trimmed());
        }
        fields.nodeSelector = labels;
    }
    fields.cpuRequest = CliContext::optionalValue(parser, "cpu-request");
    fields.cpuLimit = CliContext::optionalValue(parser, "cpu-limit");
    fields.memoryRequest = CliContext::optionalValue(parser, "memory-request");
    fields.memoryLimit = CliContext::optionalValue(parser, "memory-limit");
    fields.maxCpu = CliContext::optionalValue(parser, "max-cpu");
    fields.maxMemory = CliContext::optionalValue(parser, "max-memory");
    shared::KubernetesApi api(m_context.api(), parser.value(QStringLiteral("project")));
    return printOne<KubernetesExecutor>(
        m_context, parser, await<KubernetesExecutor>([&](QObject *c, auto done) { api.setExecutor(fields, c, done); }),
        describe);
}

} // namespace adp::cli
