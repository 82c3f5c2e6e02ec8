#pragma once

#include "ports/DeploymentHistory.h"
#include "shared/core/DeploymentRisk.h"

namespace adp::server::ai {

// The rules' view of a deployment's risk, each reason with its level (the highest wins): security
// findings in what the change adds, the pipeline or infrastructure or database migrations changed,
// a large change, recent failures in the environment, nothing known-good to roll back to.
class RiskRules
{
public:
    static constexpr int kManyFiles = 15;
    static constexpr int kLargeFiles = 50;
    static constexpr int kManyLines = 300;
    static constexpr int kLargeLines = 1000;

    static QList<shared::DeploymentRisk::Reason> reasonsFor(const ports::DeploymentFacts &facts,
                                                            const std::optional<shared::CodeReview> &change);
    static QString levelOf(const QList<shared::DeploymentRisk::Reason> &reasons);
};

} // namespace adp::server::ai
