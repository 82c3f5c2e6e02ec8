#include "Permissions.h"

#include "shared/core/Roles.h"

#include <QStringList>

namespace adp::server::access {

namespace {
using Requirement = Permission::Requirement;

// Keep in step with docs/permissions.md (tst_permissions compares them).
using Scope = Permission::Scope;
using shared::OrganisationRole;
using shared::ProjectRole;

constexpr int role(ProjectRole value)
{
    return static_cast<int>(value);
}
constexpr int role(OrganisationRole value)
{
    return static_cast<int>(value);
}

// Keep in step with docs/permissions.md (tst_permissions compares them).
const Permission kTable[] = {
    {"health.read", Requirement::Anyone, false, false},
    {"auth.login", Requirement::Anyone, true, false},
    {"auth.providers", Requirement::Anyone, false, false},
    {"auth.oauth", Requirement::Anyone, true, false},
    {"auth.logout", Requirement::SignedIn, false, false},
    {"auth.me", Requirement::SignedIn, false, false},
    {"session.list", Requirement::SignedIn, false, false},
    {"session.revoke", Requirement::SignedIn, true, true},
    {"token.list", Requirement::SignedIn, false, false},
    {"token.create", Requirement::SignedIn, true, true},
    {"token.revoke", Requirement::SignedIn, true, false},
    {"user.list", Requirement::SignedIn, false, false},
    {"org.list", Requirement::SignedIn, false, false},
    {"org.create", Requirement::SignedIn, true, false},
    {"org.read", Requirement::SignedIn, false, false, Scope::Organisation, role(OrganisationRole::Member)},
    {"org.update", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"org.delete", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Owner)},
    {"org.member.list", Requirement::SignedIn, false, false, Scope::Organisation, role(OrganisationRole::Member)},
    {"org.member.set", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"org.member.remove", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"org.invitation.list", Requirement::SignedIn, false, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"org.invitation.create", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"org.invitation.revoke", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"invitation.accept", Requirement::SignedIn, true, true},
    {"team.list", Requirement::SignedIn, false, false, Scope::Organisation, role(OrganisationRole::Member)},
    {"ai.provider.list", Requirement::SignedIn, false, false, Scope::Organisation, role(OrganisationRole::Member)},
    {"ai.provider.read", Requirement::SignedIn, false, false, Scope::Organisation, role(OrganisationRole::Member)},
    {"ai.provider.create", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"ai.provider.update", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"ai.provider.delete", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"cost.import.list", Requirement::SignedIn, false, false, Scope::Organisation, role(OrganisationRole::Member)},
    {"cost.import.read", Requirement::SignedIn, false, false, Scope::Organisation, role(OrganisationRole::Member)},
    {"cost.import.create", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"cost.import.delete", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"cost.read", Requirement::SignedIn, false, false, Scope::Organisation, role(OrganisationRole::Member)},
    {"deployment.cost.read", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Reporter)},
    {"cost.rule.list", Requirement::SignedIn, false, false, Scope::Organisation, role(OrganisationRole::Member)},
    {"cost.rule.read", Requirement::SignedIn, false, false, Scope::Organisation, role(OrganisationRole::Member)},
    {"cost.rule.create", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"cost.rule.update", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"cost.rule.delete", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"cost.price.list", Requirement::SignedIn, false, false, Scope::Organisation, role(OrganisationRole::Member)},
    {"cost.price.create", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"cost.price.delete", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"cost.budget.list", Requirement::SignedIn, false, false, Scope::Organisation, role(OrganisationRole::Member)},
    {"cost.budget.read", Requirement::SignedIn, false, false, Scope::Organisation, role(OrganisationRole::Member)},
    {"cost.budget.create", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"cost.budget.update", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"cost.budget.delete", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"team.read", Requirement::SignedIn, false, false, Scope::Organisation, role(OrganisationRole::Member)},
    {"team.create", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"org.cluster.list", Requirement::SignedIn, false, false, Scope::Organisation, role(OrganisationRole::Member)},
    {"org.cluster.create", Requirement::SignedIn, true, true, Scope::Organisation, role(OrganisationRole::Admin)},
    {"org.cluster.test", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"org.cluster.delete", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"team.update", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"team.delete", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"team.member.list", Requirement::SignedIn, false, false, Scope::Organisation, role(OrganisationRole::Member)},
    {"team.member.set", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"team.member.remove", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Admin)},
    {"project.list", Requirement::SignedIn, false, false},
    {"approval.list", Requirement::SignedIn, false, false},
    {"project.create", Requirement::SignedIn, true, false, Scope::Organisation, role(OrganisationRole::Member)},
    {"project.read", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Viewer)},
    {"project.update", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"project.delete", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"project.member.list", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Viewer)},
    {"project.member.set", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"project.member.remove", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"project.token.list", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"project.token.create", Requirement::SignedIn, true, true, Scope::Project, role(ProjectRole::Maintainer)},
    {"project.token.revoke", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"environment.rule.list", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Reporter)},
    {"environment.rule.create", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"environment.rule.delete", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"environment.setting.list", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Reporter)},
    {"environment.setting.set", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"environment.setting.delete", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"freeze_window.list", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Reporter)},
    {"freeze_window.create", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"freeze_window.delete", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"cluster.list", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Reporter)},
    {"cluster.create", Requirement::SignedIn, true, true, Scope::Project, role(ProjectRole::Maintainer)},
    {"cluster.delete", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"cluster.test", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"kubernetes_target.list", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Reporter)},
    {"kubernetes_target.set", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"kubernetes_target.delete", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"kubernetes_executor.get", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Reporter)},
    {"kubernetes_executor.set", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"kubernetes_executor.delete", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"kubernetes_rollout.list", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Reporter)},
    {"kubernetes_drift.check", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Developer)},
    {"deployment.freeze_override", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"environment.list", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Reporter)},
    {"environment.read", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Reporter)},
    {"deployment.list", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Reporter)},
    {"deployment.read", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Reporter)},
    {"environment.stop", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Developer)},
    {"environment.unpin", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Developer)},
    // Developers; a protected environment's deploy rules decide who may roll it back.
    {"deployment.rollback", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Developer)},
    // Reporters named by an approve rule may approve; the rules decide the rest.
    {"deployment.approve", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Reporter)},
    {"deployment.reject", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Reporter)},
    {"provider.create", Requirement::Administrator, true, false},
    {"provider.delete", Requirement::Administrator, true, false},
    {"audit.read", Requirement::Auditor, false, false},
    {"audit.export", Requirement::Auditor, false, false},
    {"audit.streams", Requirement::Auditor, false, false},
    {"audit.signing_key", Requirement::Anyone, false, false},
    {"compliance.read", Requirement::Auditor, false, false},
    {"compliance.schedules", Requirement::Auditor, false, false},
    {"events.subscribe", Requirement::SignedIn, false, false},
    {"pipeline.lint", Requirement::SignedIn, false, false},
    {"pipeline.create", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Developer)},
    {"pipeline.list", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Viewer)},
    {"pipeline.list.visible", Requirement::SignedIn, false, false},
    {"job.list.visible", Requirement::SignedIn, false, false},
    {"pipeline.read", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Viewer)},
    {"pipeline.cancel", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Developer)},
    {"pipeline.retry", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Developer)},
    {"job.retry", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Developer)},
    {"job.play", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Developer)},
    {"job.log.read", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Reporter)},
    {"job.analysis.read", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Reporter)},
    {"project.advice.read", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Reporter)},
    {"repository.file.read", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Reporter)},
    // Asking a model spends the organisation's tokens: developers, as for running pipelines.
    {"ai.explain", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Developer)},
    {"ai.review", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Developer)},
    {"ai.risk", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Developer)},
    {"ai.savings", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Developer)},
    {"ai.answer.list", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Reporter)},
    {"ai.answer.read", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Reporter)},
    {"ai.answer.cancel", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Developer)},
    {"ai.answer.rate", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Reporter)},
    {"project.webhook.set", Requirement::SignedIn, true, true, Scope::Project, role(ProjectRole::Maintainer)},
    {"project.repository_token.read", Requirement::SignedIn, false, false, Scope::Project,
     role(ProjectRole::Maintainer)},
    {"project.repository_token.set", Requirement::SignedIn, true, true, Scope::Project, role(ProjectRole::Maintainer)},
    {"project.repository_token.delete", Requirement::SignedIn, true, false, Scope::Project,
     role(ProjectRole::Maintainer)},
    {"project.variable.list", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"project.variable.set", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"project.variable.delete", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"protected_ref.list", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Reporter)},
    {"protected_ref.create", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"protected_ref.delete", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"job.artifacts.read", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Reporter)},
    {"job.artifacts.delete", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"project.cache.clear", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"notification.rule.list", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"notification.rule.read", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"notification.rule.create", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"notification.rule.update", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"notification.rule.delete", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Maintainer)},
    {"pipeline.schedule.list", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Reporter)},
    {"pipeline.schedule.read", Requirement::SignedIn, false, false, Scope::Project, role(ProjectRole::Reporter)},
    {"pipeline.schedule.create", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Developer)},
    {"pipeline.schedule.update", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Developer)},
    {"pipeline.schedule.delete", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Developer)},
    {"pipeline.schedule.play", Requirement::SignedIn, true, false, Scope::Project, role(ProjectRole::Developer)},
    {"webhook.receive", Requirement::Anyone, true, false},    // verified by the project's webhook secret, not a session
    {"job_pod.workspace", Requirement::Anyone, false, false}, // verified by the running job's own token
    {"job_pod.result", Requirement::Anyone, true, false},
};
} // namespace

std::optional<Permission> Permissions::find(const QString &action)
{
    for (const Permission &permission : kTable) {
        if (action == QLatin1String(permission.action))
            return permission;
    }
    return std::nullopt;
}

bool Permissions::allows(const Actor *actor, const QString &action)
{
    const auto permission = find(action);
    if (!permission)
        return false; // an action nobody wrote down is nobody's
    if (permission->who == Requirement::Anyone)
        return true;
    if (!actor)
        return false;
    if (permission->who == Requirement::Administrator && !actor->isAdmin)
        return false;
    if (permission->who == Requirement::Auditor && !actor->mayReadAudit())
        return false;
    if (permission->writes && !actor->mayWrite())
        return false;
    return !(permission->sessionOnly && actor->tokenId != 0);
}

Permissions::Decision Permissions::decide(const QString &action, int role, bool visible)
{
    if (!visible)
        return Decision::Hidden;
    const auto permission = find(action);
    if (!permission)
        return Decision::Refused;
    return role >= permission->minimumRole ? Decision::Allowed : Decision::Refused;
}

QStringList Permissions::actions()
{
    QStringList names;
    for (const Permission &permission : kTable)
        names.append(QLatin1String(permission.action));
    return names;
}

} // namespace adp::server::access
