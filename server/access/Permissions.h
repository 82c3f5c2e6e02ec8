#pragma once

#include "core/RequestContext.h"

#include <QString>
#include <optional>

namespace adp::server::access {

// The permission table: every action a route performs, who may perform it,
// and whether it writes. docs/permissions.md shows the same table, and a
// test walks every registered route and role against that document.
//
// The check has two halves. The route half (`allows`) runs before any
// handler: is there a session, is the token's scope enough. Actions scoped to
// an organisation or a project also need a minimum role there; services ask
// `decide` once they know the caller's role in the resource they loaded.
struct Permission
{
    // Auditor: administrators and auditors (never through a project token).
    enum class Requirement { Anyone, SignedIn, Administrator, Auditor };
    enum class Scope { Server, Organisation, Project };

    const char *action;
    Requirement who;
    bool writes;      // refused to read-only (read_api) tokens
    bool sessionOnly; // refused to every API token (e.g. minting tokens)
    Scope scope = Scope::Server;
    int minimumRole = 0; // a shared::OrganisationRole or shared::ProjectRole value, by scope
};

class Permissions
{
public:
    static std::optional<Permission> find(const QString &action);
    // The one authorisation check: may `actor` (null when anonymous) perform `action`?
    static bool allows(const Actor *actor, const QString &action);
    static QStringList actions();

    // The resource half: `role` is the caller's effective role in the
    // organisation or project (server administrators count as its owners),
    // `visible` whether they may know it exists. Hidden becomes 404 so that
    // ids and slugs of other people's things do not leak.
    enum class Decision { Allowed, Hidden, Refused };
    static Decision decide(const QString &action, int role, bool visible);
};

} // namespace adp::server::access
