#pragma once

#include "core/Clock.h"
#include "crypto/SecretBox.h"
#include "events/Event.h"
#include "kube/RolloutWatcher.h"
#include "ports/KubernetesDeployer.h"
#include "storage/Database.h"

namespace adp::server::kubernetes {

// Deploys a job's checkout to its environment's cluster: reads the target's manifests (the job's
// variables filled in, the project's image pinned to the commit, ADP's labels added), applies
// them with server-side apply as "adp", prunes what the environment's previous rollout applied and
// this one does not, and follows the rollout to Healthy or Degraded. Each step is in the job's
// log; the rollout (inventory, every object's health) is stored as it goes and published live.
class EnvironmentDeployer : public ports::KubernetesDeployer
{
public:
    static constexpr const char *kFieldManager = "adp";
    static constexpr const char *kEnvironmentLabel = "adp.dev/environment";
    static constexpr const char *kProjectLabel = "adp.dev/project";

    struct Dependencies
    {
        storage::Database &database;
        const crypto::SecretBox &secrets;
        events::EventPublisher &events;
        const Clock &clock;
        kube::RolloutWatcher::Options watch;
    };
    explicit EnvironmentDeployer(Dependencies dependencies)
        : m(dependencies)
    {
    }

    std::optional<ports::KubernetesDeployOutcome> deploy(const ports::KubernetesDeploy &deploy, const Log &log,
                                                         const KeepGoing &keepGoing) override;
    JobKubeconfig jobKubeconfig(const ports::KubernetesDeploy &deploy, qint64 lifetimeSeconds) override;

private:
    // Stores and publishes the rollout as it stands, masked values hidden in every message.
    void record(qint64 rolloutId, const ports::KubernetesDeploy &deploy, const QString &status, const QString &reason,
                const QList<kube::AppliedObject> &inventory, const QList<kube::ObjectHealth> &health, bool finished);

    Dependencies m;
};

} // namespace adp::server::kubernetes
