#include "KubeDiscovery.h"

#include <QJsonArray>
#include <QUrl>

namespace adp::server::kube {

QString KubeDiscovery::Resource::path(const QString &ns, const QString &name) const
{
    QString path =
        group.isEmpty() ? QStringLiteral("/api/%1").arg(version) : QStringLiteral("/apis/%1/%2").arg(group, version);
    if (namespaced)
        path += QStringLiteral("/namespaces/") + QString::fromLatin1(QUrl::toPercentEncoding(ns));
    path += u'/' + plural;
    if (!name.isEmpty())
        path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(name));
    return path;
}

std::optional<KubeDiscovery::Resource> KubeDiscovery::find(const QString &apiVersion, const QString &kind,
                                                           QString &error)
{
    if (!m_byGroupVersion.contains(apiVersion)) {
        const QString path =
            apiVersion.contains(u'/') ? QStringLiteral("/apis/") + apiVersion : QStringLiteral("/api/") + apiVersion;
        const auto reply = m_client.get(path);
        if (reply.status == 404) {
            error = QStringLiteral("the cluster serves no API %1").arg(apiVersion);
            return std::nullopt;
        }
        if (!reply.ok()) {
            error = QStringLiteral("the API's list of %1 kinds could not be read: %2").arg(apiVersion, reply.message());
            return std::nullopt;
        }
        QList<Resource> resources;
        const QString group = apiVersion.contains(u'/') ? apiVersion.section(u'/', 0, 0) : QString();
        const QString version = apiVersion.section(u'/', -1);
        for (const QJsonValue &value : reply.object().value(QLatin1String("resources")).toArray()) {
            const QJsonObject resource = value.toObject();
            const QString name = resource.value(QLatin1String("name")).toString();
            if (name.contains(u'/'))
                continue; // a subresource
            resources.append({group, version, name, resource.value(QLatin1String("kind")).toString(),
                              resource.value(QLatin1String("namespaced")).toBool()});
        }
        m_byGroupVersion.insert(apiVersion, resources);
    }
    for (const Resource &resource : m_byGroupVersion.value(apiVersion)) {
        if (resource.kind == kind)
            return resource;
    }
    error = QStringLiteral("the cluster serves no kind %1 in %2").arg(kind, apiVersion);
    return std::nullopt;
}

} // namespace adp::server::kube
