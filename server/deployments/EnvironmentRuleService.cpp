#include "EnvironmentRuleService.h"

#include "shared/core/WildcardPattern.h"

namespace adp::server::deployments {

using shared::EnvironmentRule;
using shared::ProjectRole;

Outcome<QList<EnvironmentRule>> EnvironmentRuleService::list(const MutationContext &context, const QString &projectKey)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("environment.rule.list"));
    if (!found.ok())
        return found.error();
    return m.rules.list(found.value().project.id);
}

Outcome<EnvironmentRule> EnvironmentRuleService::create(const MutationContext &context, const QString &projectKey,
                                                        const shared::EnvironmentRuleFields &fields)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("environment.rule.create"));
    if (!found.ok())
        return found.error();
    const shared::FieldErrors errors = fields.validate();
    if (!errors.isEmpty())
        return ServiceError::validation(errors);

    qint64 userId = 0;
    qint64 teamId = 0;
    if (fields.user) {
        const auto user = m.users.userNamed(*fields.user);
        if (!user)
            return ServiceError::validation(
                {{QStringLiteral("user"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                  QStringLiteral("is not a user")}});
        userId = user->id;
    }
    if (fields.team) {
        const auto team = m.teams.find(found.value().organisationId, *fields.team);
        if (!team)
            return ServiceError::validation(
                {{QStringLiteral("team"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                  QStringLiteral("is not a team of the project's organisation")}});
        teamId = team->id;
    }
    EnvironmentRule rule{0,
                         fields.environment->trimmed(),
                         *fields.action,
                         fields.minRole.value_or(QString()),
                         fields.user.value_or(QString()),
                         fields.team.value_or(QString()),
                         int(fields.requiredApprovals.value_or(1)),
                         m.clock.now()};
    const qint64 projectId = found.value().project.id;
    storage::Transaction tx(m.database);
    rule = m.rules.insert(tx, projectId, rule, userId, teamId);
    m.audit.record(tx, context,
                   {QStringLiteral("environment.rule.created"),
                    QStringLiteral("project"),
                    QString::number(projectId),
                    {},
                    rule.toJson()});
    tx.commit();
    return rule;
}

Outcome<Unit> EnvironmentRuleService::remove(const MutationContext &context, const QString &projectKey, qint64 ruleId)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("environment.rule.delete"));
    if (!found.ok())
        return found.error();
    const qint64 projectId = found.value().project.id;
    storage::Transaction tx(m.database);
    const auto rule = m.rules.find(tx, projectId, ruleId);
    if (!rule)
        return ServiceError::notFound(QStringLiteral("Environment rule"));
    m.rules.remove(tx, ruleId);
    m.audit.record(tx, context,
                   {QStringLiteral("environment.rule.deleted"),
                    QStringLiteral("project"),
                    QString::number(projectId),
                    rule->toJson(),
                    {}});
    tx.commit();
    return Unit{};
}

bool EnvironmentRuleService::mayActOn(const Actor &actor, qint64 projectId, const QString &environment,
                                      const QString &action)
{
    return mayActOn(storage::executorOf(m.database), actor, projectId, environment, action);
}

bool EnvironmentRuleService::isProtected(const storage::Executor &run, qint64 projectId, const QString &environment,
                                         const QString &action)
{
    for (const auto &grant : EnvironmentRuleRepository::grants(run, projectId, action)) {
        if (shared::wildcard::matches(grant.environment, environment))
            return true;
    }
    return false;
}

bool EnvironmentRuleService::mayActOn(const storage::Executor &run, const Actor &actor, qint64 projectId,
                                      const QString &environment, const QString &action)
{
    const auto access = access::AccessResolver::project(run, actor, projectId);
    if (!access || !access->visible)
        return false;
    QList<EnvironmentRuleRepository::Grant> applying;
    for (const auto &grant : EnvironmentRuleRepository::grants(run, projectId, action)) {
        if (shared::wildcard::matches(grant.environment, environment))
            applying.append(grant);
    }
    if (applying.isEmpty()) {
        const ProjectRole needed = action == u"approve" ? ProjectRole::Maintainer : ProjectRole::Developer;
        return access->role >= needed;
    }
    // A protected environment: only what its rules name, whatever the role otherwise allows.
    for (const auto &grant : std::as_const(applying)) {
        if (!grant.minRole.isEmpty() &&
            access->role >= shared::projectRoleFromString(grant.minRole).value_or(ProjectRole::Maintainer))
            return true;
        if (grant.userIds.contains(actor.userId))
            return true;
    }
    return false;
}

} // namespace adp::server::deployments
