#pragma once

#include "core/Clock.h"
#include "crypto/SecretBox.h"
#include "ports/Housekeeping.h"
#include "shared/core/Cluster.h"
#include "storage/Database.h"

namespace adp::server::kubernetes {

// Cost allocation's eyes on the connected clusters, a chore of the scheduler's leader (once a
// minute): each pass reads every cluster's nodes, running pods and pod metrics and counts the
// time since that cluster's last pass (at most kMaxGapMs: a server that was down does not guess
// what it did not see) at what the pass found. Every kSampleEveryMs a workload's figures are
// also kept as a sample, for kSampleKeepDays, for the p95 of its usage.
class ClusterUsageSampler : public ports::Housekeeping
{
public:
    static constexpr qint64 kMaxGapMs = 5 * 60'000;
    static constexpr qint64 kSampleEveryMs = 5 * 60'000;
    static constexpr int kSampleKeepDays = 15;

    struct Dependencies
    {
        storage::Database &database;
        const crypto::SecretBox &secrets;
        const Clock &clock;
    };
    explicit ClusterUsageSampler(Dependencies dependencies)
        : m(dependencies)
    {
    }

    void tidy() override;
    // One cluster now; false with `error` when it could not be read.
    bool sample(const shared::Cluster &cluster, QString &error);

private:
    Dependencies m;
};

} // namespace adp::server::kubernetes
