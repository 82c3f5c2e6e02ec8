#pragma once

#include "ApprovalPolicy.h"
#include "ports/ComplianceEvidence.h"

namespace adp::server::deployments {

// The deployments compliance checks read: each that started in a period, with the approvals it
// had against what its environment's approve rules ask now.
class DeploymentEvidence : public ports::DeploymentRecords
{
public:
    DeploymentEvidence(storage::Database &database, ports::UserDirectory &users)
        : m_database(database)
        , m_policy(users)
    {
    }

    QList<ports::StartedDeployment> startedBetween(qint64 sinceMs, qint64 untilMs) override;

private:
    storage::Database &m_database;
    ApprovalPolicy m_policy;
};

} // namespace adp::server::deployments
