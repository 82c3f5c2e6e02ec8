#include "Permissions.h"

#include <QStringList>

namespace adp::server::auth {

namespace {
using Requirement = Permission::Requirement;

// Keep in step with docs/permissions.md (tst_permissions compares them).
const Permission kTable[] = {
    {"health.read", Requirement::Anyone, false, false},
    {"auth.login", Requirement::Anyone, true, false},
    {"auth.providers", Requirement::Anyone, false, false},
    {"auth.logout", Requirement::SignedIn, false, false},
    {"auth.me", Requirement::SignedIn, false, false},
    {"session.list", Requirement::SignedIn, false, false},
    {"session.revoke", Requirement::SignedIn, true, true},
    {"token.list", Requirement::SignedIn, false, false},
    {"token.create", Requirement::SignedIn, true, true},
    {"token.revoke", Requirement::SignedIn, true, false},
    {"project.list", Requirement::SignedIn, false, false},
    {"project.read", Requirement::SignedIn, false, false},
    {"project.create", Requirement::SignedIn, true, false},
    {"project.update", Requirement::SignedIn, true, false},
    {"project.delete", Requirement::SignedIn, true, false},
    {"audit.read", Requirement::Administrator, false, false},
    {"events.subscribe", Requirement::SignedIn, false, false},
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
    if (permission->writes && !actor->mayWrite())
        return false;
    return !(permission->sessionOnly && actor->tokenId != 0);
}

QStringList Permissions::actions()
{
    QStringList names;
    for (const Permission &permission : kTable)
        names.append(QLatin1String(permission.action));
    return names;
}

} // namespace adp::server::auth
