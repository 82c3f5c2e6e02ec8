#pragma once

#include "ports/DeploymentHistory.h"
#include "storage/Database.h"

namespace adp::server::deployments {

// ports::DeploymentHistory over the deployments tables.
class DeploymentHistorySource : public ports::DeploymentHistory
{
public:
    explicit DeploymentHistorySource(storage::Database &database)
        : m_database(database)
    {
    }
    std::optional<ports::DeploymentFacts> factsOf(qint64 projectId, qint64 iid) override;

private:
    storage::Database &m_database;
};

} // namespace adp::server::deployments
