#pragma once

#include "ApprovalPolicy.h"
#include "access/ProjectGuard.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "ports/DeployJobResumer.h"

namespace adp::server::deployments {

// Approving or rejecting a deployment that waits for approval. Only someone an approve rule of
// its environment names may decide, never whoever started it, each person once, and only while
// it waits (a finished or canceled pipeline's approvals are over). The decision is stored under
// the deployment's row lock, so approvals given at once are counted once each; then the deploy
// job is admitted again: it starts once the rules are met, fails when rejected. Every decision
// and every refusal is audited.
class DeploymentApprovalService
{
public:
    static constexpr int kCommentMax = 1000;

    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &projects;
        ports::UserDirectory &users;
        ports::DeployJobResumer &jobs;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    explicit DeploymentApprovalService(Dependencies dependencies)
        : m(dependencies)
        , m_policy(dependencies.users)
    {
    }

    enum class Decision { Approve, Reject };
    Outcome<shared::Deployment> decide(const MutationContext &context, const QString &projectKey, qint64 iid,
                                       Decision decision, const QString &comment);
    // Deployments across the caller's projects that wait for the caller's decision (oldest first,
    // at most `limit`): what an approver's desktop shows and announces.
    Outcome<QList<shared::Deployment>> waitingFor(const MutationContext &context, int limit = 100);

private:
    // Why the caller may not decide on this deployment now; nullopt when they may.
    std::optional<ServiceError> refusal(const storage::Executor &run, const MutationContext &context, qint64 projectId,
                                        qint64 iid, const std::optional<DeploymentRepository::ToDecide> &deployment);

    Dependencies m;
    ApprovalPolicy m_policy;
};

} // namespace adp::server::deployments
