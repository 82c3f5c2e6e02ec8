#include "DeploymentEvidence.h"

namespace adp::server::deployments {

QList<ports::StartedDeployment> DeploymentEvidence::startedBetween(qint64 sinceMs, qint64 untilMs)
{
    const storage::Executor run = storage::executorOf(m_database);
    QList<ports::StartedDeployment> found;
    for (DeploymentRepository::Started &started : DeploymentRepository::startedBetween(run, sinceMs, untilMs)) {
        ports::StartedDeployment &deployment = started.deployment;
        const auto approvals = DeploymentRepository::approvals(run, deployment.id);
        const auto standing = m_policy.standing(run, started.projectId, deployment.environment, approvals);
        deployment.approvalRequired = standing.required;
        deployment.approvalsSatisfied = standing.satisfied;
        deployment.approvals = int(std::count_if(approvals.cbegin(), approvals.cend(),
                                                 [](const auto &approval) { return approval.status == u"approved"; }));
        found.append(std::move(deployment));
    }
    return found;
}

} // namespace adp::server::deployments
