#pragma once

#include "core/RequestContext.h"

#include <QString>
#include <optional>

namespace adp::server::auth {

// The permission table: every action a route performs, who may perform it,
// and whether it writes. docs/permissions.md shows the same table, and a
// test walks every registered route and role against that document.
// Organisation, team and project roles extend `Requirement` as they arrive.
struct Permission
{
    enum class Requirement { Anyone, SignedIn, Administrator };

    const char *action;
    Requirement who;
    bool writes;       // refused to read-only (read_api) tokens
    bool sessionOnly;  // refused to every API token (e.g. minting tokens)
};

class Permissions
{
public:
    static std::optional<Permission> find(const QString &action);
    // The one authorisation check: may `actor` (null when anonymous) perform `action`?
    static bool allows(const Actor *actor, const QString &action);
    static QStringList actions();
};

} // namespace adp::server::auth
