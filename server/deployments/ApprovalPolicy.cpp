#include "ApprovalPolicy.h"

#include "EnvironmentRuleService.h"
#include "access/AccessResolver.h"
#include "shared/core/WildcardPattern.h"

namespace adp::server::deployments {

bool ApprovalPolicy::covers(const storage::Executor &run, qint64 projectId, const QString &minRole,
                            const QList<qint64> &userIds, qint64 userId)
{
    if (userIds.contains(userId))
        return true;
    if (minRole.isEmpty())
        return false;
    const auto user = m_users.userById(userId);
    if (!user)
        return false;
    const auto access = access::AccessResolver::project(run, ports::actorOf(*user), projectId);
    return access && access->visible &&
           access->role >= shared::projectRoleFromString(minRole).value_or(shared::ProjectRole::Maintainer);
}

ApprovalPolicy::Standing ApprovalPolicy::standing(const storage::Executor &run, qint64 projectId,
                                                  const QString &environment,
                                                  const QList<DeploymentRepository::Approval> &approvals)
{
    Standing standing;
    for (const DeploymentRepository::Approval &approval : approvals) {
        if (approval.status == u"rejected")
            standing.rejection = approval;
    }
    bool allMet = true;
    for (const auto &grant : EnvironmentRuleRepository::grants(run, projectId, QStringLiteral("approve"))) {
        if (!shared::wildcard::matches(grant.environment, environment))
            continue;
        standing.required = true;
        int given = 0;
        for (const DeploymentRepository::Approval &approval : approvals) {
            if (approval.status == u"approved" && covers(run, projectId, grant.minRole, grant.userIds, approval.userId))
                ++given;
        }
        allMet = allMet && given >= grant.requiredApprovals;
    }
    standing.satisfied = standing.required && allMet && !standing.rejection;
    return standing;
}

bool ApprovalPolicy::mayApprove(const storage::Executor &run, qint64 projectId, const QString &environment,
                                qint64 userId)
{
    for (const auto &grant : EnvironmentRuleRepository::grants(run, projectId, QStringLiteral("approve"))) {
        if (shared::wildcard::matches(grant.environment, environment) &&
            covers(run, projectId, grant.minRole, grant.userIds, userId))
            return true;
    }
    return false;
}

} // namespace adp::server::deployments
