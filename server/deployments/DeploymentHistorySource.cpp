#include "DeploymentHistorySource.h"

#include "DeploymentRepository.h"

namespace adp::server::deployments {

std::optional<ports::DeploymentFacts> DeploymentHistorySource::factsOf(qint64 projectId, qint64 iid)
{
    const storage::Executor run = storage::executorOf(m_database);
    const auto deployment = iid > 0 ? DeploymentRepository::deployment(run, projectId, iid) : std::nullopt;
    if (!deployment)
        return std::nullopt;
    ports::DeploymentFacts facts{*deployment, std::nullopt, {}};
    if (const qint64 previous =
            DeploymentRepository::previousSuccessfulIid(run, projectId, deployment->environment, iid);
        previous > 0)
        facts.previousSuccess = DeploymentRepository::deployment(run, projectId, previous);
    if (const auto environment = DeploymentRepository::environmentIdOf(run, projectId, deployment->environment)) {
        DeploymentRepository::Query query;
        query.projectId = projectId;
        query.environmentId = *environment;
        query.beforeId = deployment->id;
        query.limit = kEarlier;
        facts.earlier = DeploymentRepository::deployments(run, query);
    }
    return facts;
}

} // namespace adp::server::deployments
