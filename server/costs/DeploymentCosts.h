#pragma once

#include "CostLedger.h"
#include "access/ProjectGuard.h"
#include "core/Clock.h"
#include "core/ServiceError.h"
#include "ports/DeploymentHistory.h"
#include "shared/costs/CostDelta.h"

namespace adp::server::costs {

// The cost change a deployment caused: its environment's mean daily cost (its jobs and the bill
// lines attributed to it) in the days before the deployment's day and the complete days after.
// Reporters and up (deployment.cost.read).
class DeploymentCosts
{
public:
    struct Dependencies
    {
        const access::ProjectGuard &guard;
        ports::DeploymentHistory &deployments;
        CostLedger &ledger;
        const Clock &clock;
    };
    explicit DeploymentCosts(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Outcome<shared::costs::DeploymentCostDelta> deltaOf(const MutationContext &context, const QString &project,
                                                        qint64 iid, int days, const shared::FieldErrors &invalid);

private:
    // What the environment cost over the days [fromDay, toDay).
    qint64 costOver(qint64 organisationId, const QString &environment, const QString &currency, qint64 fromDay,
                    qint64 toDay);

    Dependencies m;
};

} // namespace adp::server::costs
