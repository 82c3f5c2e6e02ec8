#pragma once

#include "shared/core/Deployment.h"

#include <optional>

namespace adp::server::ports {

// A deployment with what came before it in its environment, for features that weigh it (the
// assistants' risk); implemented by deployments/, which alone reads its tables.
struct DeploymentFacts
{
    shared::Deployment deployment;
    std::optional<shared::Deployment> previousSuccess; // the last successful one to the environment before it
    QList<shared::Deployment> earlier;                 // the environment's deployments before it, newest first
};

class DeploymentHistory
{
public:
    static constexpr int kEarlier = 5;

    virtual ~DeploymentHistory() = default;
    virtual std::optional<DeploymentFacts> factsOf(qint64 projectId, qint64 iid) = 0;
};

} // namespace adp::server::ports
