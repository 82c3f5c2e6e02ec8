#pragma once

#include "shared/core/FieldError.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QUrlQuery>
#include <optional>

namespace adp::shared::costs {

// What an allocation question asks, in OpenCost's words: ?window=7d&aggregate=namespace&idle=true
// &shareIdle=false&shareNamespaces=kube-system,monitoring&shareSplit=weighted&currency=USD. Usage
// is kept by UTC day, so a window is whole days: today, yesterday, week, month, lastweek,
// lastmonth, Nd (the last N days, today among them), or "FROM,TO" (dates or RFC 3339 midnights,
// TO excluded).
struct AllocationQuery
{
    static constexpr int kMaxDays = 366;
    QString window = QStringLiteral("7d");
    QDate from; // [from, to)
    QDate to;
    QStringList aggregate{QStringLiteral("namespace")}; // cluster, namespace, controllerKind, controller, label:KEY
    bool idle = true;
    bool shareIdle = false;
    QStringList shareNamespaces;
    QString shareSplit = QStringLiteral("weighted"); // or even
    QString currency;                                // empty: the organisation's

    // Errors name the parameter; `today` is the server's UTC day.
    static AllocationQuery fromQuery(const QUrlQuery &query, const QDate &today, FieldErrors &errors);
    QUrlQuery toQuery() const;
};

// What something reserved, used and took over time, and what that cost. Quantities are sums over
// its pods of value × time: millicore-ms, MiB-ms.
struct ResourceTotals
{
    qint64 observedMs = 0; // how long it had a running pod
    qint64 cpuRequestMcoreMs = 0;
    qint64 cpuUsageMcoreMs = 0;
    qint64 cpuAllocatedMcoreMs = 0; // max(request, usage), pod by pod, sample by sample
    qint64 memoryRequestMibMs = 0;
    qint64 memoryUsageMibMs = 0;
    qint64 memoryAllocatedMibMs = 0;
    qint64 cpuNanos = 0; // the allocated quantities priced
    qint64 memoryNanos = 0;

    // The same thing over more time (another day of a window): the times add up.
    void addLater(const ResourceTotals &other);
    // Another thing over the same time (a namespace's workloads): the longest time is the row's.
    void addAlongside(const ResourceTotals &other);
};

// One workload's reservations and use over a window, priced day by day: what the server gathers.
struct WorkloadUsage : ResourceTotals
{
    QString cluster; // project/name
    QString namespaceName;
    QString controllerKind; // Deployment, StatefulSet, DaemonSet, Job, CronJob; empty for a bare pod
    QString controller;
    QMap<QString, QString> labels;
};

// What a cluster's nodes offered over the window, priced the same way.
struct ClusterCapacity
{
    QString cluster;
    qint64 observedMs = 0;
    qint64 cpuMcoreMs = 0;
    qint64 memoryMibMs = 0;
    qint64 cpuNanos = 0;
    qint64 memoryNanos = 0;
};

// One row of an allocation answer, with OpenCost's field names; money as decimal text. Its CPU
// and memory cost include its share of idle when idle is shared.
struct Allocation : ResourceTotals
{
    static constexpr const char *kIdle = "__idle__";
    static constexpr const char *kUnallocated = "__unallocated__"; // a label the workload lacks

    QString name;
    QMap<QString, QString> properties; // what it was aggregated by: cluster, namespace, ...
    QMap<QString, QString> labels;     // when aggregated by a label: that label
    qint64 sharedNanos = 0;            // its share of the shared namespaces

    bool isIdle() const { return name == QLatin1String(kIdle); }
    qint64 totalNanos() const { return cpuNanos + memoryNanos + sharedNanos; }
    double cpuEfficiency() const;
    double memoryEfficiency() const;
    QJsonObject toJson(const QDate &from, const QDate &to) const;
    static std::optional<Allocation> fromJson(const QJsonObject &object);
};

// GET /api/v1/organisations/{o}/costs/allocation.
struct AllocationSet
{
    QString organisation;
    QString currency;
    AllocationQuery query;
    qint64 totalNanos = 0;
    QList<Allocation> allocations; // the most costly first, idle last
    QStringList notes;             // what the figures cannot say, and why

    QJsonObject toJson() const;
    static std::optional<AllocationSet> fromJson(const QJsonObject &object);
};

// Workloads and capacity into allocation rows as OpenCost makes them: grouped by the asked
// properties; each cluster's capacity not allocated is idle (its own row, or shared out by each
// row's CPU and memory cost); the shared namespaces' cost split among the other rows by their
// cost (weighted) or equally (even). Sharing moves money, never makes or loses a billionth.
class AllocationCalculator
{
public:
    static QList<Allocation> allocate(const QList<WorkloadUsage> &workloads, const QList<ClusterCapacity> &capacities,
                                      const AllocationQuery &query);
};

} // namespace adp::shared::costs
