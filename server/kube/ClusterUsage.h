#pragma once

#include "KubeApiClient.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <optional>

namespace adp::server::kube {

// What a cluster's nodes offer and its running pods reserve and use at one moment, the pods
// grouped by the workload that owns them (a ReplicaSet's Deployment, a Job's CronJob).
struct ClusterSnapshot
{
    struct Workload
    {
        QString namespaceName;
        QString controllerKind; // empty: a pod no controller owns
        QString controller;
        QMap<QString, QString> labels; // its pods' labels, without the per-revision ones
        int pods = 0;
        int podsMeasured = 0; // those the metrics API reported on (usage of the others reads 0)
        qint64 cpuRequestMcores = 0;
        qint64 cpuUsageMcores = 0;
        qint64 cpuAllocatedMcores = 0; // max(request, usage) pod by pod
        qint64 memoryRequestMib = 0;
        qint64 memoryUsageMib = 0;
        qint64 memoryAllocatedMib = 0;
    };
    int nodes = 0;
    qint64 cpuCapacityMcores = 0;
    qint64 memoryCapacityMib = 0;
    QList<Workload> workloads;
    bool usageMeasured = false; // the cluster serves metrics.k8s.io: usage is known, not taken as 0
};

// Reads a snapshot through the API: nodes, running pods (paged), and pod metrics when
// metrics-server (or any metrics.k8s.io provider) answers; without them usage counts as 0 and
// a workload's cost is its request.
class ClusterUsageReader
{
public:
    static constexpr int kPageSize = 500;

    explicit ClusterUsageReader(KubeApiClient &client)
        : m_client(client)
    {
    }
    // nullopt with `error` in words when the nodes or pods could not be listed.
    std::optional<ClusterSnapshot> read(QString &error);

    // The snapshot of already listed items (Node, Pod and PodMetrics objects).
    static ClusterSnapshot snapshotOf(const QList<QJsonObject> &nodes, const QList<QJsonObject> &pods,
                                      const std::optional<QList<QJsonObject>> &podMetrics);

private:
    // Every item of a list, page by page; nullopt with `error` when a page failed.
    std::optional<QList<QJsonObject>> listAll(const QString &path, QString &error);

    KubeApiClient &m_client;
};

} // namespace adp::server::kube
