#pragma once

#include "ReviewService.h"
#include "ports/DeploymentHistory.h"
#include "shared/core/DeploymentRisk.h"

namespace adp::server::ai {

// "Is this deployment risky?" — the approval packet weighed: what the change brings since the
// environment's last successful deployment (ReviewService's rules), the environment's recent
// failures, and the rules' level with every reason; then, when the organisation has a model, its
// opinion on the same evidence, streamed to whoever asked.
class RiskService
{
public:
    struct Dependencies
    {
        const access::ProjectGuard &guard;
        ports::DeploymentHistory &deployments;
        ReviewService &review;
        const ports::ProjectSecrets &secrets;
        ModelQuestions &questions;
    };
    explicit RiskService(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Outcome<shared::DeploymentRisk> assess(const MutationContext &context, const QString &project, qint64 iid,
                                           std::optional<qint64> providerId, const shared::FieldErrors &invalid);

private:
    Dependencies m;
};

} // namespace adp::server::ai
