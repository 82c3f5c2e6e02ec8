#include "ManifestAudit.h"

#include "ImageReference.h"
#include "shared/pipeline/YamlLoader.h"

#include <QRegularExpression>

namespace adp::shared::analysis {

using pipeline::ConfigNode;

namespace {
struct Context
{
    const QString &file;
    SecurityFindings &findings;
    QString object; // Kind/name, for the messages

    void add(const char *rule, Severity severity, int line, const QString &message, const QString &excerpt = {})
    {
        findings.append({QString::fromLatin1(rule), severity, file, line, message, excerpt,
                         QStringLiteral("%1:%2:%3:%4").arg(QString::fromLatin1(rule), file, object).arg(line)});
    }
};

const ConfigNode *path(const ConfigNode *node, const QStringList &keys)
{
    for (const QString &key : keys) {
        if (!node || !node->isMap())
            return nullptr;
        node = node->get(key);
    }
    return node;
}

bool isTrue(const ConfigNode *node)
{
    return node && node->boolean().value_or(false);
}

// The pod spec a workload makes: a Pod's spec, a template's, a CronJob's job template's.
const ConfigNode *podSpecOf(const ConfigNode &object, const QString &kind)
{
    if (kind == u"Pod")
        return path(&object, {QStringLiteral("spec")});
    if (kind == u"CronJob")
        return path(&object, {QStringLiteral("spec"), QStringLiteral("jobTemplate"), QStringLiteral("spec"),
                              QStringLiteral("template"), QStringLiteral("spec")});
    static const QStringList kWorkloads{QStringLiteral("Deployment"), QStringLiteral("StatefulSet"),
                                        QStringLiteral("DaemonSet"),  QStringLiteral("ReplicaSet"),
                                        QStringLiteral("Job"),        QStringLiteral("ReplicationController")};
    if (kWorkloads.contains(kind))
        return path(&object, {QStringLiteral("spec"), QStringLiteral("template"), QStringLiteral("spec")});
    return nullptr;
}

void checkContainer(const ConfigNode &container, const ConfigNode &pod, bool initContainer, Context &context)
{
    const ConfigNode *nameNode = container.get(QStringLiteral("name"));
    const QString name = nameNode ? nameNode->scalar : QStringLiteral("?");
    const int line = nameNode ? nameNode->line : container.line;
    const ConfigNode *security = container.get(QStringLiteral("securityContext"));
    if (isTrue(path(security, {QStringLiteral("privileged")})))
        context.add(
            "privileged_container", Severity::High, path(security, {QStringLiteral("privileged")})->line,
            ManifestAudit::tr("%1: container %2 is privileged: it is root on the node.").arg(context.object, name));
    const ConfigNode *nonRoot = path(security, {QStringLiteral("runAsNonRoot")});
    const ConfigNode *podNonRoot = path(&pod, {QStringLiteral("securityContext"), QStringLiteral("runAsNonRoot")});
    const ConfigNode *user = path(security, {QStringLiteral("runAsUser")});
    const ConfigNode *podUser = path(&pod, {QStringLiteral("securityContext"), QStringLiteral("runAsUser")});
    const auto userId = user ? user->integer() : podUser ? podUser->integer() : std::nullopt;
    if (userId == 0)
        context.add("runs_as_root", Severity::High, user ? user->line : podUser->line,
                    ManifestAudit::tr("%1: container %2 runs as user 0 (root).").arg(context.object, name));
    else if (!isTrue(nonRoot) && !isTrue(podNonRoot) && !userId)
        context.add("may_run_as_root", Severity::Medium, line,
                    ManifestAudit::tr("%1: container %2 may run as root: set securityContext.runAsNonRoot: true "
                                      "(or a runAsUser other than 0).")
                        .arg(context.object, name));
    const ConfigNode *escalation = path(security, {QStringLiteral("allowPrivilegeEscalation")});
    if (!escalation || escalation->boolean().value_or(true))
        context.add("privilege_escalation", Severity::Low, line,
                    ManifestAudit::tr("%1: container %2 does not set allowPrivilegeEscalation: false.")
                        .arg(context.object, name));
    const ConfigNode *limits = path(&container, {QStringLiteral("resources"), QStringLiteral("limits")});
    if (!limits || !limits->isMap() || limits->entries.isEmpty())
        context.add("no_limits", Severity::Medium, line,
                    ManifestAudit::tr("%1: container %2 has no resource limits: it may take the node's memory and "
                                      "CPU from its neighbours.")
                        .arg(context.object, name));
    if (!initContainer && !container.has(QStringLiteral("readinessProbe")) &&
        !container.has(QStringLiteral("livenessProbe")))
        context.add("no_probes", Severity::Low, line,
                    ManifestAudit::tr("%1: container %2 has no readiness or liveness probe: traffic reaches it "
                                      "before it is ready, and a hung process is never restarted.")
                        .arg(context.object, name));
    if (const ConfigNode *image = container.get(QStringLiteral("image")); image && image->isScalar()) {
        const ImageReference::Pin pin = ImageReference::pinOf(image->scalar);
        if (pin == ImageReference::Pin::Latest || pin == ImageReference::Pin::None)
            context.add("image_latest", Severity::Medium, image->line,
                        ManifestAudit::tr("%1: container %2 runs %3, which follows :latest: what runs changes "
                                          "without a change here. Pin a version or a digest.")
                            .arg(context.object, name, image->scalar),
                        image->scalar);
    }
}

void checkObject(const ConfigNode &object, Context &context)
{
    const ConfigNode *kindNode = object.get(QStringLiteral("kind"));
    const QString kind = kindNode ? kindNode->scalar : QString();
    if (kind == u"List") {
        if (const ConfigNode *items = object.get(QStringLiteral("items")); items && items->isSequence()) {
            for (const ConfigNode &item : items->items)
                checkObject(item, context);
        }
        return;
    }
    const ConfigNode *pod = podSpecOf(object, kind);
    if (!pod || !pod->isMap())
        return;
    const ConfigNode *name = path(&object, {QStringLiteral("metadata"), QStringLiteral("name")});
    context.object = kind + u'/' + (name ? name->scalar : QStringLiteral("?"));
    for (const char *key : {"hostNetwork", "hostPID", "hostIPC"}) {
        if (const ConfigNode *host = pod->get(QString::fromLatin1(key)); isTrue(host))
            context.add("host_namespace", Severity::High, host->line,
                        ManifestAudit::tr("%1 shares the node's %2: it sees and reaches what the node does.")
                            .arg(context.object, QString::fromLatin1(key)));
    }
    if (const ConfigNode *volumes = pod->get(QStringLiteral("volumes")); volumes && volumes->isSequence()) {
        for (const ConfigNode &volume : volumes->items) {
            if (const ConfigNode *host = volume.get(QStringLiteral("hostPath")))
                context.add("host_path", Severity::High, host->line,
                            ManifestAudit::tr("%1 mounts a path of the node (%2): a way out of the container.")
                                .arg(context.object, path(host, {QStringLiteral("path")})
                                                         ? path(host, {QStringLiteral("path")})->scalar
                                                         : QString()));
        }
    }
    for (const char *key : {"containers", "initContainers"}) {
        if (const ConfigNode *containers = pod->get(QString::fromLatin1(key)); containers && containers->isSequence()) {
            for (const ConfigNode &container : containers->items) {
                if (container.isMap())
                    checkContainer(container, *pod, QLatin1String(key) == QLatin1String("initContainers"), context);
            }
        }
    }
}
} // namespace

bool ManifestAudit::looksLikeManifest(const QByteArray &text)
{
    static const QRegularExpression apiVersion(QStringLiteral("(?m)^\\s*\"?apiVersion\"?\\s*:"));
    static const QRegularExpression kind(QStringLiteral("(?m)^\\s*\"?kind\"?\\s*:"));
    const QString start = QString::fromUtf8(text.left(64 * 1024));
    return apiVersion.match(start).hasMatch() && kind.match(start).hasMatch();
}

SecurityFindings ManifestAudit::audit(const QByteArray &text, const QString &file)
{
    SecurityFindings findings;
    pipeline::DefinitionErrors errors;
    const auto documents = pipeline::YamlLoader::loadAll(text, file, errors);
    if (!documents)
        return findings;
    Context context{file, findings, {}};
    for (const ConfigNode &document : *documents) {
        if (document.isMap())
            checkObject(document, context);
    }
    return findings;
}

} // namespace adp::shared::analysis
