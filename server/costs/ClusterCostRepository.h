#pragma once

#include "shared/costs/ClusterAllocation.h"
#include "storage/Database.h"

#include <functional>

namespace adp::server::costs {

// What the connected clusters' usage tables hold (schema 47, written by the kubernetes sampler),
// read for an organisation: its projects' clusters and its own. Reads only.
class ClusterCostRepository
{
public:
    explicit ClusterCostRepository(storage::Database &database)
        : m_database(database)
    {
    }

    // A cluster's name as costs show it: project/name, or the organisation's cluster's own name.
    static QString clusterSql();

    // One workload's day, unpriced, with where it is attributed: the project and environment whose
    // Kubernetes target deploys to its namespace of that cluster, else the cluster's own project
    // (no environment), else nobody.
    struct WorkloadDay
    {
        qint64 clusterId = 0;
        qint64 day = 0;
        shared::costs::WorkloadUsage usage;
        QString projectSlug;
        QString projectName;
        QString environment; // project/name, or empty
        QString environmentName;
    };
    void forEachWorkloadDay(qint64 organisationId, qint64 fromDay, qint64 toDay,
                            const std::function<void(const WorkloadDay &)> &visit);

    // A cluster's day of capacity, unpriced, with the project that owns the cluster (none for an
    // organisation's cluster).
    struct CapacityDay
    {
        qint64 clusterId = 0;
        qint64 day = 0;
        QString projectSlug;
        QString projectName;
        shared::costs::ClusterCapacity capacity;
    };
    void forEachCapacityDay(qint64 organisationId, qint64 fromDay, qint64 toDay,
                            const std::function<void(const CapacityDay &)> &visit);

    // Each cluster as its last sampling pass left it.
    struct ClusterState
    {
        QString cluster;
        bool sampled = false;
        bool usageMeasured = false;
        QString error;
    };
    QList<ClusterState> states(qint64 organisationId);

    // A workload's kept samples since a moment, oldest first, with its attribution's project; only
    // of clusters whose usage is measured (else usage reads 0 and says nothing).
    struct Sample
    {
        qint64 atMs = 0;
        int pods = 0;
        int measuredPods = 0; // whose usage the metrics API reported: what usage sums
        qint64 cpuRequestMcores = 0;
        qint64 cpuUsageMcores = 0;
        qint64 memoryRequestMib = 0;
        qint64 memoryUsageMib = 0;
    };
    struct WorkloadSamples
    {
        QString cluster;
        QString projectSlug;
        QString projectName;
        QString namespaceName;
        QString controllerKind;
        QString controller;
        QList<Sample> samples;
    };
    QList<WorkloadSamples> samplesSince(qint64 organisationId, qint64 sinceMs);

private:
    storage::Database &m_database;
};

} // namespace adp::server::costs
