#include "ClusterUsage.h"

#include "Quantity.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <cmath>

namespace adp::server::kube {

namespace {
constexpr double kMib = 1024.0 * 1024.0;

qint64 millicoresOf(const QJsonValue &value)
{
    const auto cores = Quantity::parse(value.toString());
    return cores ? qint64(std::llround(*cores * 1000.0)) : 0;
}

qint64 mibOf(const QJsonValue &value)
{
    const auto bytes = Quantity::parse(value.toString());
    return bytes ? qint64(std::llround(*bytes / kMib)) : 0;
}

QString podKey(const QString &ns, const QString &name)
{
    return ns + u'/' + name;
}

// The workload a pod belongs to: its controlling owner, a ReplicaSet's Deployment (the set's name
// is the Deployment's plus its pod-template-hash), a Job's CronJob (the job's name is the
// CronJob's plus its scheduled minute).
std::pair<QString, QString> controllerOf(const QJsonObject &metadata)
{
    for (const QJsonValue &value : metadata.value(QStringLiteral("ownerReferences")).toArray()) {
        const QJsonObject owner = value.toObject();
        if (!owner.value(QStringLiteral("controller")).toBool())
            continue;
        const QString kind = owner.value(QStringLiteral("kind")).toString();
        const QString name = owner.value(QStringLiteral("name")).toString();
        const QString hash =
            metadata.value(QStringLiteral("labels")).toObject().value(QStringLiteral("pod-template-hash")).toString();
        if (kind == u"ReplicaSet" && !hash.isEmpty() && name.endsWith(u'-' + hash))
            return {QStringLiteral("Deployment"), name.chopped(hash.size() + 1)};
        static const QRegularExpression scheduled(QStringLiteral("^(.+)-[0-9]{8,}$"));
        if (const auto match = scheduled.match(name); kind == u"Job" && match.hasMatch())
            return {QStringLiteral("CronJob"), match.captured(1)};
        return {kind, name};
    }
    return {};
}

// Labels that name a revision or a run, not the workload: they would split one workload in many.
QMap<QString, QString> workloadLabels(const QJsonObject &labels)
{
    static const QStringList kPerRevision{QStringLiteral("pod-template-hash"),
                                          QStringLiteral("controller-revision-hash"),
                                          QStringLiteral("statefulset.kubernetes.io/pod-name"),
                                          QStringLiteral("controller-uid"), QStringLiteral("job-name")};
    QMap<QString, QString> kept;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (!kPerRevision.contains(it.key()) && !it.key().startsWith(u"batch.kubernetes.io/"))
            kept.insert(it.key(), it.value().toString());
    }
    return kept;
}
} // namespace

std::optional<QList<QJsonObject>> ClusterUsageReader::listAll(const QString &path, QString &error)
{
    QList<QJsonObject> items;
    QString next;
    do {
        QString page = path + QStringLiteral("?limit=%1").arg(kPageSize);
        if (!next.isEmpty())
            page += QStringLiteral("&continue=") + QString::fromLatin1(QUrl::toPercentEncoding(next));
        const KubeApiClient::Reply reply = m_client.get(page);
        if (!reply.ok()) {
            error = reply.answered() ? reply.message() : reply.error;
            return std::nullopt;
        }
        const QJsonObject list = reply.object();
        for (const QJsonValue &item : list.value(QStringLiteral("items")).toArray())
            items.append(item.toObject());
        next = list.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("continue")).toString();
    } while (!next.isEmpty());
    return items;
}

std::optional<ClusterSnapshot> ClusterUsageReader::read(QString &error)
{
    const auto nodes = listAll(QStringLiteral("/api/v1/nodes"), error);
    if (!nodes)
        return std::nullopt;
    const auto pods = listAll(QStringLiteral("/api/v1/pods"), error);
    if (!pods)
        return std::nullopt;
    // Optional: a cluster without a metrics provider answers 404 (or 503 while it starts).
    QString ignored;
    const auto metrics = listAll(QStringLiteral("/apis/metrics.k8s.io/v1beta1/pods"), ignored);
    return snapshotOf(*nodes, *pods, metrics);
}

ClusterSnapshot ClusterUsageReader::snapshotOf(const QList<QJsonObject> &nodes, const QList<QJsonObject> &pods,
                                               const std::optional<QList<QJsonObject>> &podMetrics)
{
    ClusterSnapshot snapshot;
    for (const QJsonObject &node : nodes) {
        const QJsonObject capacity =
            node.value(QStringLiteral("status")).toObject().value(QStringLiteral("capacity")).toObject();
        snapshot.cpuCapacityMcores += millicoresOf(capacity.value(QStringLiteral("cpu")));
        snapshot.memoryCapacityMib += mibOf(capacity.value(QStringLiteral("memory")));
        ++snapshot.nodes;
    }
    // Each pod's usage: its containers' sums.
    QHash<QString, std::pair<qint64, qint64>> usage;
    snapshot.usageMeasured = podMetrics.has_value();
    for (const QJsonObject &metrics : podMetrics.value_or(QList<QJsonObject>{})) {
        const QJsonObject metadata = metrics.value(QStringLiteral("metadata")).toObject();
        auto &[cpu, memory] = usage[podKey(metadata.value(QStringLiteral("namespace")).toString(),
                                           metadata.value(QStringLiteral("name")).toString())];
        for (const QJsonValue &container : metrics.value(QStringLiteral("containers")).toArray()) {
            const QJsonObject used = container.toObject().value(QStringLiteral("usage")).toObject();
            cpu += millicoresOf(used.value(QStringLiteral("cpu")));
            memory += mibOf(used.value(QStringLiteral("memory")));
        }
    }
    QMap<QString, qsizetype> byWorkload;
    for (const QJsonObject &pod : pods) {
        if (pod.value(QStringLiteral("status")).toObject().value(QStringLiteral("phase")).toString() != u"Running")
            continue;
        const QJsonObject metadata = pod.value(QStringLiteral("metadata")).toObject();
        const QString ns = metadata.value(QStringLiteral("namespace")).toString();
        const QString name = metadata.value(QStringLiteral("name")).toString();
        auto [kind, controller] = controllerOf(metadata);
        if (controller.isEmpty())
            controller = name; // a bare pod is its own workload
        const QString key = ns + u'\n' + kind + u'\n' + controller;
        auto found = byWorkload.constFind(key);
        if (found == byWorkload.constEnd()) {
            ClusterSnapshot::Workload workload;
            workload.namespaceName = ns;
            workload.controllerKind = kind;
            workload.controller = controller;
            workload.labels = workloadLabels(metadata.value(QStringLiteral("labels")).toObject());
            snapshot.workloads.append(workload);
            found = byWorkload.insert(key, snapshot.workloads.size() - 1);
        }
        ClusterSnapshot::Workload &workload = snapshot.workloads[*found];
        qint64 cpuRequest = 0, memoryRequest = 0;
        for (const QJsonValue &container :
             pod.value(QStringLiteral("spec")).toObject().value(QStringLiteral("containers")).toArray()) {
            const QJsonObject requests = container.toObject()
                                             .value(QStringLiteral("resources"))
                                             .toObject()
                                             .value(QStringLiteral("requests"))
                                             .toObject();
            cpuRequest += millicoresOf(requests.value(QStringLiteral("cpu")));
            memoryRequest += mibOf(requests.value(QStringLiteral("memory")));
        }
        const auto measured = usage.constFind(podKey(ns, name));
        const auto [cpuUsed, memoryUsed] = measured == usage.constEnd() ? std::pair<qint64, qint64>{} : *measured;
        ++workload.pods;
        workload.podsMeasured += measured == usage.constEnd() ? 0 : 1;
        workload.cpuRequestMcores += cpuRequest;
        workload.cpuUsageMcores += cpuUsed;
        workload.cpuAllocatedMcores += std::max(cpuRequest, cpuUsed);
        workload.memoryRequestMib += memoryRequest;
        workload.memoryUsageMib += memoryUsed;
        workload.memoryAllocatedMib += std::max(memoryRequest, memoryUsed);
    }
    return snapshot;
}

} // namespace adp::server::kube
