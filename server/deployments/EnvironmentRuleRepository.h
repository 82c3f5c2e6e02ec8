#pragma once

#include "shared/core/EnvironmentRule.h"
#include "storage/Executor.h"

namespace adp::server::deployments {

// The `environment_rules` table.
class EnvironmentRuleRepository
{
public:
    explicit EnvironmentRuleRepository(storage::Database &database)
        : m_database(database)
    {
    }

    QList<shared::EnvironmentRule> list(qint64 projectId);
    // The rules for one action, with the user ids each grants (a user rule: that
    // user; a team rule: its members) so a check needs no further query.
    struct Grant
    {
        QString environment;
        QString minRole;       // set for a role rule
        QList<qint64> userIds; // set for a user or team rule
        int requiredApprovals = 1;
    };
    static QList<Grant> grants(const storage::Executor &run, qint64 projectId, const QString &action);

    shared::EnvironmentRule insert(storage::Transaction &tx, qint64 projectId, shared::EnvironmentRule rule,
                                   qint64 userId, qint64 teamId);
    std::optional<shared::EnvironmentRule> find(storage::Transaction &tx, qint64 projectId, qint64 ruleId);
    void remove(storage::Transaction &tx, qint64 ruleId);

private:
    storage::Database &m_database;
};

} // namespace adp::server::deployments
