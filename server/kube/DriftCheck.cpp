#include "DriftCheck.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace adp::server::kube {

namespace {

void collect(const QJsonObject &tree, const QString &prefix, QStringList &paths)
{
    for (auto it = tree.begin(); it != tree.end(); ++it) {
        if (it.key() == QLatin1String("."))
            continue;
        QString path = prefix;
        if (it.key().startsWith(QLatin1String("f:"))) {
            path += u'.' + it.key().mid(2);
        } else if (it.key().startsWith(QLatin1String("k:"))) {
            const QJsonObject key = QJsonDocument::fromJson(it.key().mid(2).toUtf8()).object();
            QStringList parts;
            for (auto part = key.begin(); part != key.end(); ++part)
                parts.append(QStringLiteral("%1=\"%2\"").arg(part.key(), part.value().toVariant().toString()));
            path += u'[' + parts.join(u',') + u']';
        } else {
            path += u'[' + it.key() + u']'; // v: and i: elements, as they are
        }
        const QJsonObject child = it.value().toObject();
        if (child.isEmpty() || child.contains(QLatin1String(".")))
            paths.append(path);
        if (!child.isEmpty())
            collect(child, path, paths);
    }
}

} // namespace

QStringList DriftCheck::pathsOf(const QJsonObject &fieldsV1)
{
    QStringList paths;
    collect(fieldsV1, {}, paths);
    return paths;
}

QList<DriftCheck::Object> DriftCheck::check(const QList<AppliedObject> &applied)
{
    QList<Object> report;
    for (const AppliedObject &object : applied) {
        Object entry{object, false, {}, {}};
        QString error;
        const auto resource = m_discovery.find(object.apiVersion, object.kind, error);
        if (!resource) {
            entry.error = error;
            report.append(entry);
            continue;
        }
        const auto live = m_client.get(resource->path(object.namespaceName, object.name));
        if (live.status == 404) {
            entry.missing = true;
        } else if (!live.ok()) {
            entry.error = live.message();
        } else {
            const QJsonArray managers = live.object()
                                            .value(QLatin1String("metadata"))
                                            .toObject()
                                            .value(QLatin1String("managedFields"))
                                            .toArray();
            for (const QJsonValue &value : managers) {
                const QJsonObject manager = value.toObject();
                // Another hand's update; a controller's writes (status, its own annotations) are its job, not drift.
                const QString name = manager.value(QLatin1String("manager")).toString();
                if (name == m_fieldManager || name == QLatin1String("kube-controller-manager") ||
                    name == QLatin1String("kubelet") || name == QLatin1String("k3s") ||
                    name.endsWith(QLatin1String("-controller")) ||
                    manager.value(QLatin1String("operation")).toString() != QLatin1String("Update") ||
                    manager.value(QLatin1String("subresource")).toString() == QLatin1String("status"))
                    continue;
                for (const QString &path : pathsOf(manager.value(QLatin1String("fieldsV1")).toObject())) {
                    if (!path.startsWith(QLatin1String(".status")))
                        entry.fields.append({path, manager.value(QLatin1String("manager")).toString()});
                }
            }
        }
        report.append(entry);
    }
    return report;
}

} // namespace adp::server::kube
