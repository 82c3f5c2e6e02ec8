#pragma once

#include "EnvironmentRuleRepository.h"
#include "access/ProjectGuard.h"
#include "ports/OrganisationDirectory.h"
#include "ports/UserDirectory.h"

namespace adp::server::deployments {

// Protected environments: who may deploy to, or approve for, which
// environments of a project. Without a rule for an action, the role table
// decides: developers deploy, maintainers approve.
class EnvironmentRuleService
{
public:
    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &projects;
        EnvironmentRuleRepository &rules;
        ports::UserDirectory &users;
        ports::TeamDirectory &teams;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    explicit EnvironmentRuleService(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Outcome<QList<shared::EnvironmentRule>> list(const MutationContext &context, const QString &projectKey);
    Outcome<shared::EnvironmentRule> create(const MutationContext &context, const QString &projectKey,
                                            const shared::EnvironmentRuleFields &fields);
    Outcome<Unit> remove(const MutationContext &context, const QString &projectKey, qint64 ruleId);

    // The check deployments use: may `actor` perform `action` (deploy|approve) on `environment`?
    bool mayActOn(const Actor &actor, qint64 projectId, const QString &environment, const QString &action);
    // The same inside a transaction (a deploy job being admitted).
    static bool mayActOn(const storage::Executor &run, const Actor &actor, qint64 projectId, const QString &environment,
                         const QString &action);
    // Does a rule for `action` name this environment?
    static bool isProtected(const storage::Executor &run, qint64 projectId, const QString &environment,
                            const QString &action);

private:
    Dependencies m;
};

} // namespace adp::server::deployments
