#include "ManifestApplier.h"

#include <QJsonArray>

namespace adp::server::kube {

namespace {

// kubectl's way of naming an object: lower-case kind, the group, the name.
QString describeObject(const QString &apiVersion, const QString &kind, const QString &name)
{
    const QString group = apiVersion.contains(u'/') ? apiVersion.section(u'/', 0, 0) : QString();
    return (group.isEmpty() ? kind.toLower() : kind.toLower() + u'.' + group) + u'/' + name;
}

QString conflictText(const KubeApiClient::Reply &reply)
{
    QStringList fields;
    const QJsonArray causes =
        reply.object().value(QLatin1String("details")).toObject().value(QLatin1String("causes")).toArray();
    for (const QJsonValue &cause : causes) {
        const QJsonObject c = cause.toObject();
        fields.append(QStringLiteral("%1 (%2)").arg(c.value(QLatin1String("field")).toString(),
                                                    c.value(QLatin1String("message")).toString()));
    }
    if (fields.isEmpty())
        return reply.message();
    return QStringLiteral("fields owned by another manager: %1; apply again with force-conflicts to take them")
        .arg(fields.join(QStringLiteral(", ")));
}

} // namespace

QString AppliedObject::describe() const
{
    return describeObject(apiVersion, kind, name);
}

QJsonObject AppliedObject::toJson() const
{
    return {{QStringLiteral("apiVersion"), apiVersion},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("namespace"), namespaceName},
            {QStringLiteral("name"), name}};
}

AppliedObject AppliedObject::fromJson(const QJsonObject &object)
{
    return {object.value(QLatin1String("apiVersion")).toString(), object.value(QLatin1String("kind")).toString(),
            object.value(QLatin1String("namespace")).toString(), object.value(QLatin1String("name")).toString()};
}

ManifestApplier::ManifestApplier(KubeApiClient &client, KubeDiscovery &discovery, QString fieldManager, Log log)
    : m_client(client)
    , m_discovery(discovery)
    , m_fieldManager(std::move(fieldManager))
    , m_log(std::move(log))
{
}

int ManifestApplier::applyOrder(const QString &kind)
{
    static const QStringList order{QStringLiteral("Namespace"),
                                   QStringLiteral("CustomResourceDefinition"),
                                   QStringLiteral("ServiceAccount"),
                                   QStringLiteral("ClusterRole"),
                                   QStringLiteral("ClusterRoleBinding"),
                                   QStringLiteral("Role"),
                                   QStringLiteral("RoleBinding"),
                                   QStringLiteral("ConfigMap"),
                                   QStringLiteral("Secret"),
                                   QStringLiteral("PersistentVolumeClaim"),
                                   QStringLiteral("Service"),
                                   QStringLiteral("DaemonSet"),
                                   QStringLiteral("Deployment"),
                                   QStringLiteral("StatefulSet"),
                                   QStringLiteral("Job"),
                                   QStringLiteral("CronJob"),
                                   QStringLiteral("Ingress")};
    const qsizetype at = order.indexOf(kind);
    return at < 0 ? int(order.size()) : int(at);
}

ManifestApplier::Result ManifestApplier::apply(QList<Manifest> manifests, const QString &ns, bool force)
{
    std::stable_sort(manifests.begin(), manifests.end(),
                     [](const Manifest &a, const Manifest &b) { return applyOrder(a.kind()) < applyOrder(b.kind()); });
    Result result;
    for (Manifest manifest : manifests) {
        const QString what = describeObject(manifest.apiVersion(), manifest.kind(), manifest.name());
        QString error;
        const auto resource = m_discovery.find(manifest.apiVersion(), manifest.kind(), error);
        if (!resource) {
            result.problems.append(QStringLiteral("%1 (%2): %3").arg(what, manifest.origin, error));
            m_log(result.problems.last());
            continue;
        }
        QString target = resource->namespaced ? manifest.namespaceName() : QString();
        if (resource->namespaced && target.isEmpty()) {
            target = ns;
            QJsonObject metadata = manifest.object.value(QLatin1String("metadata")).toObject();
            metadata.insert(QStringLiteral("namespace"), ns);
            manifest.object.insert(QStringLiteral("metadata"), metadata);
        }
        if (resource->namespaced && target != ns) {
            result.problems.append(
                QStringLiteral("%1 (%2): it names the namespace %3, but this environment deploys to %4")
                    .arg(what, manifest.origin, target, ns));
            m_log(result.problems.last());
            continue;
        }
        const auto reply =
            m_client.apply(resource->path(target, manifest.name()), manifest.object, m_fieldManager, force);
        if (!reply.ok()) {
            const QString why = reply.status == 409 ? conflictText(reply) : reply.message();
            result.problems.append(QStringLiteral("%1 (%2): %3").arg(what, manifest.origin, why));
            m_log(result.problems.last());
            continue;
        }
        result.applied.append({manifest.apiVersion(), manifest.kind(), target, manifest.name()});
        m_log(QStringLiteral("%1 serverside-applied").arg(what));
    }
    return result;
}

QStringList ManifestApplier::prune(const QList<AppliedObject> &previous, const QList<AppliedObject> &current,
                                   const QString &label, const QString &value)
{
    QStringList problems;
    for (const AppliedObject &object : previous) {
        if (current.contains(object))
            continue;
        QString error;
        const auto resource = m_discovery.find(object.apiVersion, object.kind, error);
        if (!resource) {
            problems.append(QStringLiteral("%1: %2").arg(object.describe(), error));
            continue;
        }
        const QString path = resource->path(object.namespaceName, object.name);
        const auto live = m_client.get(path);
        if (live.status == 404)
            continue; // gone already
        if (!live.ok()) {
            problems.append(QStringLiteral("%1: %2").arg(object.describe(), live.message()));
            continue;
        }
        const QJsonObject labels =
            live.object().value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")).toObject();
        if (labels.value(label).toString() != value) {
            m_log(QStringLiteral("%1 left alone: it no longer carries %2=%3").arg(object.describe(), label, value));
            continue;
        }
        const auto removed = m_client.remove(path, QStringLiteral("Background"));
        if (!removed.ok() && removed.status != 404) {
            problems.append(QStringLiteral("%1: %2").arg(object.describe(), removed.message()));
            continue;
        }
        m_log(QStringLiteral("%1 pruned").arg(object.describe()));
    }
    return problems;
}

} // namespace adp::server::kube
