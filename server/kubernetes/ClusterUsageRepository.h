#pragma once

#include "kube/ClusterUsage.h"
#include "storage/Executor.h"
#include "storage/Transaction.h"

#include <optional>

namespace adp::server::kubernetes {

// The cluster usage tables (schema 47): each cluster's day sums of what its workloads reserved
// and used and what its nodes offered, the samples a p95 is taken from, and where the next
// interval starts.
class ClusterUsageRepository
{
public:
    struct State
    {
        qint64 sampledAt = 0;    // the last interval's end
        qint64 keptSampleAt = 0; // when a sample was last kept
    };
    static std::optional<State> state(const storage::Executor &run, qint64 clusterId);

    // `snapshot` held over [fromMs, toMs): added to the day sums (split at UTC midnights), the
    // cluster's state moved on to `toMs` from `before` (none: its first sample, which only starts
    // the first interval). False, and nothing counted, when another pass moved it first: an
    // interval is counted once. A kept sample goes with it when `keepSample`.
    static bool record(storage::Transaction &tx, qint64 clusterId, const kube::ClusterSnapshot &snapshot, qint64 fromMs,
                       qint64 toMs, const std::optional<State> &before, bool keepSample);
    // A pass that could not read the cluster: said on its state, nothing counted.
    static void recordFailure(storage::Transaction &tx, qint64 clusterId, const QString &error);
    static void forgetSamplesBefore(storage::Transaction &tx, qint64 clusterId, qint64 beforeMs);
};

} // namespace adp::server::kubernetes
