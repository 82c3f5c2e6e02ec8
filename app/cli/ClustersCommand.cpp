#include "ClustersCommand.h"

#include "Output.h"
#include "Print.h"
#include "SyncCall.h"
#include "shared/client/ClustersApi.h"

#include <QCommandLineParser>
#include <QFile>

namespace adp::cli {

using shared::Cluster;

int ClustersCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("project"), tr("the project whose clusters these are"), QStringLiteral("slug")});
    parser.addOption({QStringLiteral("name"), tr("add: the cluster's name in ADP"), QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("kubeconfig"), tr("add: the kubeconfig file (- for standard input)"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("context"), tr("add: the context to use (default: its current-context)"),
                      QStringLiteral("name")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    bool numeric = false;
    const qint64 id = action == u"remove" && positional.size() == 2 ? positional.at(1).toLongLong(&numeric) : 0;
    const bool adding = action == u"add" && positional.size() == 1 && parser.isSet(QStringLiteral("name")) &&
                        parser.isSet(QStringLiteral("kubeconfig"));
    const bool valid = (action == u"list" && positional.size() == 1) || adding || numeric;
    if (!valid || !parser.isSet(QStringLiteral("project")))
        return m_context.usage(tr("clusters needs --project SLUG and one of: list, add --name N --kubeconfig FILE "
                                  "[--context C], remove ID"));
    QByteArray kubeconfig;
    if (adding) {
        // Read before anything is sent: a missing file is the caller's to fix, not the server's to refuse.
        const QString path = parser.value(QStringLiteral("kubeconfig"));
        QFile file(path);
        const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
        if (!opened) {
            m_context.err() << tr("Cannot read the kubeconfig %1: %2").arg(path, file.errorString()) << Qt::endl;
            return ExitError;
        }
        kubeconfig = file.read(512 * 1024);
    }
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    shared::ClustersApi clusters(m_context.api(), parser.value(QStringLiteral("project")));
    if (action == u"list")
        return printItems<Cluster>(
            m_context, parser, await<QList<Cluster>>([&](QObject *c, auto done) { clusters.list(c, done); }),
            {tr("ID"), tr("NAME"), tr("SERVER"), tr("NAMESPACE"), tr("CREDENTIAL")}, [](const Cluster &cluster) {
                return QStringList{QString::number(cluster.id), cluster.name, cluster.server, cluster.namespaceName,
                                   cluster.credential};
            });
    if (adding) {
        const shared::ClusterFields fields{CliContext::optionalValue(parser, "name"), QString::fromUtf8(kubeconfig),
                                           CliContext::optionalValue(parser, "context")};
        return printOne<Cluster>(
            m_context, parser, await<Cluster>([&](QObject *c, auto done) { clusters.create(fields, c, done); }),
            [](const Cluster &cluster) {
                return tr("Cluster %1 (%2): %3, namespace %4, with a %5.")
                    .arg(cluster.id)
                    .arg(cluster.name, cluster.server, cluster.namespaceName,
                         cluster.credential == u"token" ? tr("bearer token") : tr("client certificate"));
            });
    }
    return printDone(m_context, parser,
                     await<shared::Done>([&](QObject *c, auto done) { clusters.remove(id, c, done); }),
                     tr("Removed cluster %1.").arg(id));
}

} // namespace adp::cli
