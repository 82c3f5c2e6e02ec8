#pragma once

#include "RolloutRepository.h"
#include "access/ProjectGuard.h"
#include "core/Clock.h"
#include "crypto/SecretBox.h"
#include "events/Event.h"
#include "ports/Housekeeping.h"
#include "shared/core/KubernetesTarget.h"

namespace adp::server::kubernetes {

// Drift: whether an environment's live objects are still what its latest (healthy) rollout
// applied, checked on request (developers: it asks the cluster) and by a chore on the leader
// every minute, the result kept on the rollout and published. Re-syncing is running the deploy
// job again: its apply takes back what it owns (or says which fields another manager holds).
class DriftService : public ports::Housekeeping
{
public:
    static constexpr int kChoreBatch = 20;

    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &projects;
        const crypto::SecretBox &secrets;
        events::EventPublisher &events;
        const Clock &clock;
    };
    explicit DriftService(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Outcome<shared::KubernetesDrift> check(const MutationContext &context, const QString &projectKey,
                                           const QString &environment);
    void tidy() override;

private:
    // Measures, keeps and publishes; nullopt with `error` when the cluster could not be asked.
    std::optional<shared::KubernetesDrift> measure(const RolloutRepository::Healthy &rollout, QString &error);
    Dependencies m;
};

} // namespace adp::server::kubernetes
