#include "ClustersCommand.h"

#include "Output.h"
#include "Print.h"
#include "SyncCall.h"
#include "shared/client/ClustersApi.h"

#include <QCommandLineParser>
#include <QFile>

namespace adp::cli {

using shared::Cluster;
using shared::ClusterConnection;

namespace {

QString lastCheckOf(const Cluster &cluster)
{
    if (!cluster.lastCheck)
        return ClustersCommand::tr("not tested");
    return cluster.lastCheck->connected ? ClustersCommand::tr("connected, %1").arg(cluster.lastCheck->version)
                                        : ClustersCommand::tr("failed");
}

} // namespace

std::optional<QByteArray> ClustersCommand::readKubeconfig(const QString &path)
{
    // Read before anything is sent: a missing file is the caller's to fix, not the server's to refuse.
    QFile file(path);
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        m_context.err() << tr("Cannot read the kubeconfig %1: %2").arg(path, file.errorString()) << Qt::endl;
        return std::nullopt;
    }
    return file.read(512 * 1024);
}

int ClustersCommand::printConnection(const QCommandLineParser &parser,
                                     const shared::ApiResult<ClusterConnection> &result)
{
    if (!result.ok())
        return m_context.fail(result.error());
    const ClusterConnection &connection = result.value();
    if (CliContext::outputFormat(parser) == OutputFormat::Json) {
        Output(m_context.out(), OutputFormat::Json).json(connection.toJson());
        return connection.connected ? ExitOk : ExitError;
    }
    if (!connection.connected) {
        m_context.err() << tr("Cannot use the cluster (%1): %2").arg(connection.problem, connection.message)
                        << Qt::endl;
        return ExitError;
    }
    m_context.out() << tr("Connected to Kubernetes %1 (%2); namespace %3.")
                           .arg(connection.version, connection.platform, connection.namespaceName)
                    << Qt::endl;
    QList<QStringList> rows{{tr("FOR"), tr("MAY"), tr("ALLOWED")}};
    for (const auto &permission : connection.permissions)
        rows.append({permission.purpose == u"deploy" ? tr("deploying") : tr("jobs as pods"), permission.describe(),
                     permission.allowed ? tr("yes") : tr("no")});
    m_context.out() << Output::table(rows);
    m_context.out() << (connection.allows(QStringLiteral("deploy")) ? tr("Deployments can use this cluster.")
                                                                    : tr("Deployments cannot use this cluster."))
                    << u' '
                    << (connection.allows(QStringLiteral("jobs")) ? tr("Jobs can run here as pods.")
                                                                  : tr("Jobs cannot run here as pods."))
                    << Qt::endl;
    return ExitOk;
}

int ClustersCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("project"), tr("the project whose clusters these are"), QStringLiteral("slug")});
    parser.addOption({QStringLiteral("organisation"),
                      tr("instead of --project: the organisation whose clusters these are (for all its projects)"),
                      QStringLiteral("slug")});
    parser.addOption({QStringLiteral("name"), tr("add: the cluster's name in ADP"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("kubeconfig"), tr("add, test: the kubeconfig file (- for standard input)"),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("context"), tr("add, test: the context to use (default: its current-context)"),
                      QStringLiteral("name")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    bool numeric = false;
    const qint64 id = (action == u"remove" || action == u"test") && positional.size() == 2
                          ? positional.at(1).toLongLong(&numeric)
                          : 0;
    const bool withKubeconfig = parser.isSet(QStringLiteral("kubeconfig"));
    const bool adding =
        action == u"add" && positional.size() == 1 && parser.isSet(QStringLiteral("name")) && withKubeconfig;
    const bool testingDraft = action == u"test" && positional.size() == 1 && withKubeconfig;
    const bool valid = (action == u"list" && positional.size() == 1) || adding || testingDraft || numeric;
    const bool organisation = parser.isSet(QStringLiteral("organisation"));
    if (!valid || organisation == parser.isSet(QStringLiteral("project")))
        return m_context.usage(tr("clusters needs --project SLUG or --organisation SLUG and one of: list, add --name N "
                                  "--kubeconfig FILE [--context C], test ID, test --kubeconfig FILE [--context C], "
                                  "remove ID"));
    QByteArray kubeconfig;
    if (adding || testingDraft) {
        const auto read = readKubeconfig(parser.value(QStringLiteral("kubeconfig")));
        if (!read)
            return ExitError;
        kubeconfig = *read;
    }
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    shared::ClustersApi clusters =
        organisation
            ? shared::ClustersApi::ofOrganisation(m_context.api(), parser.value(QStringLiteral("organisation")))
            : shared::ClustersApi(m_context.api(), parser.value(QStringLiteral("project")));
    const shared::ClusterFields fields{CliContext::optionalValue(parser, "name"), QString::fromUtf8(kubeconfig),
                                       CliContext::optionalValue(parser, "context")};
    if (action == u"list")
        return printItems<Cluster>(
            m_context, parser, await<QList<Cluster>>([&](QObject *c, auto done) { clusters.list(c, done); }),
            {tr("ID"), tr("NAME"), tr("SCOPE"), tr("SERVER"), tr("NAMESPACE"), tr("CREDENTIAL"), tr("LAST TEST")},
            [](const Cluster &cluster) {
                return QStringList{QString::number(cluster.id),
                                   cluster.name,
                                   cluster.scope == u"organisation" ? tr("organisation") : tr("project"),
                                   cluster.server,
                                   cluster.namespaceName,
                                   cluster.credential,
                                   lastCheckOf(cluster)};
            });
    if (adding)
        return printOne<Cluster>(
            m_context, parser, await<Cluster>([&](QObject *c, auto done) { clusters.create(fields, c, done); }),
            [](const Cluster &cluster) {
                return tr("Cluster %1 (%2): %3, namespace %4, with a %5.")
                    .arg(cluster.id)
                    .arg(cluster.name, cluster.server, cluster.namespaceName,
                         cluster.credential == u"token" ? tr("bearer token") : tr("client certificate"));
            });
    if (testingDraft)
        return printConnection(
            parser, await<ClusterConnection>([&](QObject *c, auto done) { clusters.testDraft(fields, c, done); }));
    if (action == u"test")
        return printConnection(parser,
                               await<ClusterConnection>([&](QObject *c, auto done) { clusters.test(id, c, done); }));
    return printDone(m_context, parser,
                     await<shared::Done>([&](QObject *c, auto done) { clusters.remove(id, c, done); }),
                     tr("Removed cluster %1.").arg(id));
}

} // namespace adp::cli
