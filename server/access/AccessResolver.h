#pragma once

#include "core/RequestContext.h"
#include "events/Event.h"
#include "shared/core/Roles.h"
#include "shared/core/Visibility.h"
#include "storage/Executor.h"

#include <QSet>
#include <optional>

namespace adp::server::access {

// What one caller may do with one project: their effective role and whether
// they may know it exists.
struct ProjectAccess
{
    qint64 projectId = 0;
    qint64 organisationId = 0;
    shared::Visibility visibility = shared::Visibility::Private;
    shared::ProjectRole role = shared::ProjectRole::None; // through membership, a team or the organisation
    bool visible = false;
};

struct OrganisationAccess
{
    qint64 organisationId = 0;
    QString slug;
    shared::OrganisationRole role = shared::OrganisationRole::None;
    bool visible = false;
};

// A WHERE fragment over the `projects` table and its parameters.
struct SqlCondition
{
    QString sql; // empty: no restriction
    storage::SqlParams params;
};

// Works out roles from the membership tables. GitLab's rules: server
// administrators and organisation owners/admins act as maintainers of every
// project; a user's project role is the highest of their own grant and their
// teams' grants; a public project is visible to every signed-in user and an
// internal one to every member of its organisation, read-only.
class AccessResolver
{
public:
    static std::optional<ProjectAccess> project(const storage::Executor &run, const Actor &actor, qint64 projectId);
    static std::optional<OrganisationAccess> organisation(const storage::Executor &run, const Actor &actor,
                                                          qint64 organisationId);
    // The same for an organisation named by id or slug: finding it and the caller's role is one query.
    static std::optional<OrganisationAccess> organisationNamed(const storage::Executor &run, const Actor &actor,
                                                               const QString &key);
    // Restricts a projects listing to what `actor` may see, given their
    // memberships (null for an administrator): plain comparisons per row.
    static SqlCondition visibleProjects(const Actor &actor, const struct Memberships *memberships);
    // Who may receive a live event about the project (nullopt: everyone, it is public).
    static events::Audience projectAudience(const storage::Executor &run, qint64 projectId);
    // The same when the caller knows the project's visibility (one query fewer).
    static events::Audience projectAudience(const storage::Executor &run, qint64 projectId, const QString &visibility);
    // That query itself, for a caller that sends it with other statements (nullopt: public, no
    // query needed), and what its rows mean.
    struct AudienceQuery
    {
        QString sql;
        storage::SqlParams params;
    };
    static std::optional<AudienceQuery> projectAudienceQuery(qint64 projectId, const QString &visibility);
    static events::Audience audienceOf(const storage::ResultSet &rows);
};

} // namespace adp::server::access
