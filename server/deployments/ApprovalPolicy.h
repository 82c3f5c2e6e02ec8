#pragma once

#include "DeploymentRepository.h"
#include "ports/UserDirectory.h"

namespace adp::server::deployments {

// What the approve rules of an environment ask (GitLab's approval rules): each rule that names the
// environment needs its number of approvals from those it names (a minimum role, a user, a team);
// one person's approval counts for every rule they are named by; one rejection rejects.
class ApprovalPolicy
{
public:
    explicit ApprovalPolicy(ports::UserDirectory &users)
        : m_users(users)
    {
    }

    struct Standing
    {
        bool required = false;  // an approve rule names the environment
        bool satisfied = false; // every such rule has its approvals
        std::optional<DeploymentRepository::Approval> rejection;
    };
    Standing standing(const storage::Executor &run, qint64 projectId, const QString &environment,
                      const QList<DeploymentRepository::Approval> &approvals);
    // Is the person named by an approve rule of the environment?
    bool mayApprove(const storage::Executor &run, qint64 projectId, const QString &environment, qint64 userId);

private:
    bool covers(const storage::Executor &run, qint64 projectId, const QString &minRole, const QList<qint64> &userIds,
                qint64 userId);

    ports::UserDirectory &m_users;
};

} // namespace adp::server::deployments
