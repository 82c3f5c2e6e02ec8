#include "ClusterUsageSampler.h"

#include "ClusterCredentials.h"
#include "ClusterRepository.h"
#include "ClusterUsageRepository.h"
#include "kube/ClusterUsage.h"

#include <spdlog/spdlog.h>

namespace adp::server::kubernetes {

bool ClusterUsageSampler::sample(const shared::Cluster &cluster, QString &error)
{
    const storage::Executor run = storage::executorOf(m.database);
    const auto config = ClusterCredentials::open(run, m.secrets, cluster, error);
    std::optional<kube::ClusterSnapshot> snapshot;
    if (config) {
        kube::KubeApiClient client(*config);
        snapshot = kube::ClusterUsageReader(client).read(error);
    }
    storage::Transaction tx(m.database);
    if (!snapshot) {
        ClusterUsageRepository::recordFailure(tx, cluster.id, error);
        tx.commit();
        return false;
    }
    // Read the state after the cluster answered: a pass that took longer still starts where the
    // last one ended, and the compare-and-set below keeps two passes from counting one interval.
    const auto before = ClusterUsageRepository::state(storage::executorOf(tx), cluster.id);
    const qint64 now = m.clock.nowMs();
    const qint64 from = before ? std::max(before->sampledAt, now - kMaxGapMs) : now;
    if (before && now <= before->sampledAt)
        return true;
    const bool keep = !before || now - before->keptSampleAt >= kSampleEveryMs;
    if (!ClusterUsageRepository::record(tx, cluster.id, *snapshot, from, now, before, keep))
        return true; // another pass counted it
    if (keep)        // the cluster's samples too old for a p95 go as new ones come
        ClusterUsageRepository::forgetSamplesBefore(tx, cluster.id, now - qint64(kSampleKeepDays) * 86'400'000);
    tx.commit();
    return true;
}

void ClusterUsageSampler::tidy()
{
    const storage::Executor run = storage::executorOf(m.database);
    for (const shared::Cluster &cluster : ClusterRepository::listEvery(run)) {
        QString error;
        try {
            if (!sample(cluster, error))
                spdlog::warn("cluster usage: {} could not be read: {}", cluster.name.toStdString(),
                             error.toStdString());
        } catch (const std::exception &e) {
            spdlog::warn("cluster usage: {}: {}", cluster.name.toStdString(), e.what());
        }
    }
}

} // namespace adp::server::kubernetes
