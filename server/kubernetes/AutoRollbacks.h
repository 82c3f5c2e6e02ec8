#pragma once

#include "ports/EnvironmentRollbacks.h"
#include "ports/Housekeeping.h"
#include "storage/Database.h"

namespace adp::server::kubernetes {

// Failed rollouts of environments whose target rolls back on its own: once the failed deploy job
// has ended, its environment's last success is redeployed (deployments/ pins the environment and
// records why), and the rollout keeps what was done. A chore on the leader, so once per failure;
// a failed rollback is not rolled back again.
class AutoRollbacks : public ports::Housekeeping
{
public:
    static constexpr int kBatch = 20;

    AutoRollbacks(storage::Database &database, ports::EnvironmentRollbacks &rollbacks)
        : m_database(database)
        , m_rollbacks(rollbacks)
    {
    }
    void tidy() override;

private:
    storage::Database &m_database;
    ports::EnvironmentRollbacks &m_rollbacks;
};

} // namespace adp::server::kubernetes
