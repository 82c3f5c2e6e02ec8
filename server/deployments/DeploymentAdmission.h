#pragma once

#include "ApprovalPolicy.h"
#include "DeploymentRepository.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "ports/DeploymentGate.h"
#include "ports/UserDirectory.h"

namespace adp::server::deployments {

// How a deploy job is let start (ports::DeploymentGate): environments are made by the first
// pipeline that names them and each start job gets its deployment; before a deploy job starts,
// whoever starts it must be allowed to deploy there (protected environments), and a job older
// than the environment's last successful deployment is skipped (GitLab's "prevent outdated
// deployment jobs"), one a rollback's pin or a hard freeze holds waits, and one that needs approvals
// waits (its deployment blocked) until it has them, or fails when someone rejects it. Refusals are
// audited with the job's change.
class DeploymentAdmission : public ports::DeploymentGate
{
public:
    struct Dependencies
    {
        ports::UserDirectory &users;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    explicit DeploymentAdmission(Dependencies dependencies)
        : m(dependencies)
        , m_approvals(dependencies.users)
    {
    }

    void pipelineStored(storage::Transaction &tx, const ports::PipelineWithDeployJobs &pipeline) override;
    ports::DeployVerdict admit(storage::Transaction &tx, const ports::DeployJobStart &start) override;
    bool inDeployFreeze(const storage::Executor &run, qint64 projectId, qint64 atMs) override;

private:
    std::optional<ports::DeployVerdict> refusal(storage::Transaction &tx, const ports::DeployJobStart &start);
    // The deployment of the job's attempt that starts; a person's retry numbers a new one.
    std::optional<DeploymentRepository::Stored> deploymentFor(storage::Transaction &tx, const ports::DeployJob &job);
    // Rollbacks pin; a pin holds automatic deploys back. nullopt: go on.
    std::optional<ports::DeployVerdict> pinning(storage::Transaction &tx, const ports::DeployJobStart &start,
                                                const DeploymentRepository::Stored &deployment);
    // A hard freeze holds deploy jobs while a freeze window is active, unless a maintainer overrode it.
    std::optional<ports::DeployVerdict> freezing(storage::Transaction &tx, const ports::DeployJobStart &start,
                                                 const DeploymentRepository::Stored &deployment);
    void recordRefusal(storage::Transaction &tx, const ports::DeployJobStart &start, const QString &reason);
    void record(storage::Transaction &tx, const ports::DeployJobStart &start, const QString &action,
                const QString &targetType, qint64 targetId, const QJsonObject &details);

    Dependencies m;
    ApprovalPolicy m_approvals;
};

} // namespace adp::server::deployments
