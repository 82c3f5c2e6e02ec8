#pragma once

#include "DeploymentRepository.h"
#include "access/ProjectGuard.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "ports/DeployJobResumer.h"
#include "ports/EnvironmentRollbacks.h"
#include "ports/Housekeeping.h"

namespace adp::server::deployments {

// Rollback and pins. A rollback runs an earlier successful deployment's job again at its commit
// (a person's retry: approvals apply, manual jobs run) as a new deployment that pins its
// environment; automatic deploys then wait until someone unpins it (here) or deploys on purpose
// (DeploymentAdmission). A chore frees deploy jobs still waiting for a pin that is gone. A failed
// Kubernetes rollout may ask for the same rollback automatically.
class EnvironmentPins : public ports::Housekeeping, public ports::EnvironmentRollbacks
{
public:
    static constexpr int kTidyBatch = 50; // environments freed per chore run; the rest on the next

    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &projects;
        ports::DeployJobResumer &jobs;
        const audit::AuditRecorder &audit;
    };
    explicit EnvironmentPins(Dependencies dependencies)
        : m(dependencies)
    {
    }

    // Answers the rollback's deployment.
    Outcome<shared::Deployment> rollback(const MutationContext &context, const QString &projectKey, qint64 iid);
    Outcome<shared::Environment> unpin(const MutationContext &context, const QString &projectKey,
                                       const QString &environmentKey);
    void tidy() override;
    // After a failed rollout: the last success redeployed by the server itself, audited with why.
    Result rollBackAfterFailure(qint64 projectId, qint64 failedJobId, int attempt, const QString &reason) override;

private:
    std::optional<ServiceError> rollbackRefusal(const MutationContext &context, qint64 projectId, qint64 iid,
                                                const std::optional<DeploymentRepository::Redeployable> &target);
    // Lets the deploy jobs a pin held back be admitted again.
    void resumeHeld(qint64 environmentId);

    Dependencies m;
};

} // namespace adp::server::deployments
