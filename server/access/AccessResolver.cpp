#include "AccessResolver.h"

#include "MembershipCache.h"

namespace adp::server::access {

using shared::OrganisationRole;
using shared::ProjectRole;
using shared::Visibility;

namespace {

// The highest project role a user holds in a project, directly or through a team.
const QString kProjectRoleOfUser = QStringLiteral(
    "(SELECT MAX(CASE pm.role WHEN 'viewer' THEN 10 WHEN 'reporter' THEN 20 WHEN 'developer' THEN 30 "
    "WHEN 'maintainer' THEN 40 END) FROM project_members pm WHERE pm.project_id = p.id "
    "AND (pm.user_id = ? OR pm.team_id IN (SELECT tm.team_id FROM team_members tm WHERE tm.user_id = ?)))");

OrganisationRole organisationRoleOf(const QVariant &value)
{
    return value.isNull() ? OrganisationRole::None
                          : shared::organisationRoleFromString(value.toString()).value_or(OrganisationRole::None);
}

bool managesEverything(OrganisationRole role)
{
    return role == OrganisationRole::Owner || role == OrganisationRole::Admin;
}

} // namespace

std::optional<ProjectAccess> AccessResolver::project(const storage::Executor &run, const Actor &actor, qint64 projectId)
{
    const auto rows = run(QStringLiteral("SELECT p.organisation_id, p.visibility, "
                                         "(SELECT om.role FROM organisation_members om "
                                         "WHERE om.organisation_id = p.organisation_id AND om.user_id = ?), ") +
                              kProjectRoleOfUser + QStringLiteral(" FROM projects p WHERE p.id = ?"),
                          {actor.userId, actor.userId, actor.userId, projectId});
    if (rows.isEmpty())
        return std::nullopt;
    ProjectAccess access;
    access.projectId = projectId;
    access.organisationId = rows.value(0, 0).toLongLong();
    access.visibility = shared::visibilityFromString(rows.value(0, 1).toString()).value_or(Visibility::Private);
    const OrganisationRole organisationRole = organisationRoleOf(rows.value(0, 2));
    const int memberRole = rows.value(0, 3).isNull() ? 0 : rows.value(0, 3).toInt();

    if (actor.isAdmin || managesEverything(organisationRole))
        access.role = ProjectRole::Maintainer;
    else
        access.role = static_cast<ProjectRole>(memberRole);
    const bool seenByVisibility =
        access.visibility == Visibility::Public ||
        (access.visibility == Visibility::Internal && organisationRole != OrganisationRole::None);
    if (access.role == ProjectRole::None && seenByVisibility)
        access.role = ProjectRole::Viewer; // read-only, like a guest in GitLab
    if (actor.projectLimit != 0) {
        // A project token: its own project only, at no more than its role.
        if (actor.projectLimit != projectId)
            access.role = ProjectRole::None;
        else
            access.role = std::min(access.role, static_cast<ProjectRole>(actor.projectRoleCap));
    }
    access.visible = access.role != ProjectRole::None;
    return access;
}

namespace {
std::optional<OrganisationAccess> organisationAccess(const storage::Executor &run, const Actor &actor,
                                                     const QString &where, const QVariant &key)
{
    const auto rows = run(QStringLiteral("SELECT o.id, o.slug, (SELECT om.role FROM organisation_members om "
                                         "WHERE om.organisation_id = o.id AND om.user_id = ?) "
                                         "FROM organisations o WHERE ") +
                              where,
                          {actor.userId, key});
    if (rows.isEmpty())
        return std::nullopt;
    OrganisationAccess access;
    access.organisationId = rows.value(0, 0).toLongLong();
    access.slug = rows.value(0, 1).toString();
    if (actor.projectLimit != 0)
        return access; // a project token knows no organisation
    access.role = actor.isAdmin ? OrganisationRole::Owner : organisationRoleOf(rows.value(0, 2));
    access.visible = access.role != OrganisationRole::None;
    return access;
}
} // namespace

std::optional<OrganisationAccess> AccessResolver::organisation(const storage::Executor &run, const Actor &actor,
                                                               qint64 organisationId)
{
    return organisationAccess(run, actor, QStringLiteral("o.id = ?"), organisationId);
}

std::optional<OrganisationAccess> AccessResolver::organisationNamed(const storage::Executor &run, const Actor &actor,
                                                                    const QString &key)
{
    bool numeric = false;
    const qint64 id = key.toLongLong(&numeric);
    return numeric ? organisationAccess(run, actor, QStringLiteral("o.id = ?"), id)
                   : organisationAccess(run, actor, QStringLiteral("o.slug = ?"), key);
}

namespace {
// "column IN (?, ?, ...)" with the list padded to a power of two, so that a
// handful of statement shapes serve every list length (prepared statements).
QString inList(const QString &column, const QList<qint64> &ids, storage::SqlParams &params)
{
    qsizetype size = 1;
    while (size < ids.size())
        size *= 2;
    QStringList marks;
    for (qsizetype i = 0; i < size; ++i) {
        marks.append(QStringLiteral("?"));
        params.append(ids.isEmpty() ? QVariant() : QVariant(ids.at(std::min(i, ids.size() - 1))));
    }
    return column + QStringLiteral(" IN (") + marks.join(u',') + u')';
}
} // namespace

SqlCondition AccessResolver::visibleProjects(const Actor &actor, const Memberships *memberships)
{
    if (actor.isAdmin || !memberships)
        return {};
    // One statement each: the parameters must be appended in the order of their placeholders.
    SqlCondition condition;
    const QString internal =
        inList(QStringLiteral("projects.organisation_id"), memberships->organisations, condition.params);
    const QString managed = inList(QStringLiteral("projects.organisation_id"), memberships->managed, condition.params);
    const QString direct = inList(QStringLiteral("projects.id"), memberships->projects, condition.params);
    condition.sql =
        QStringLiteral("(projects.visibility = 'public' OR (projects.visibility = 'internal' AND %1) OR %2 OR %3)")
            .arg(internal, managed, direct);
    if (actor.projectLimit != 0) {
        condition.sql += QStringLiteral(" AND projects.id = ?");
        condition.params.append(actor.projectLimit);
    }
    return condition;
}

events::Audience AccessResolver::projectAudience(const storage::Executor &run, qint64 projectId)
{
    const auto project = run(QStringLiteral("SELECT visibility FROM projects WHERE id = ?"), {projectId});
    if (project.isEmpty())
        return QSet<qint64>{};
    return projectAudience(run, projectId, project.value(0, 0).toString());
}

events::Audience AccessResolver::projectAudience(const storage::Executor &run, qint64 projectId,
                                                 const QString &visibility)
{
    const auto query = projectAudienceQuery(projectId, visibility);
    if (!query)
        return std::nullopt;
    return audienceOf(run(query->sql, query->params));
}

std::optional<AccessResolver::AudienceQuery> AccessResolver::projectAudienceQuery(qint64 projectId,
                                                                                  const QString &visibility)
{
    if (visibility == u"public")
        return std::nullopt;
    const QString organisationMembers =
        visibility == u"internal" ? QStringLiteral("SELECT om.user_id FROM organisation_members om, projects p "
                                                   "WHERE p.id = ? AND om.organisation_id = p.organisation_id")
                                  : QStringLiteral("SELECT om.user_id FROM organisation_members om, projects p "
                                                   "WHERE p.id = ? AND om.organisation_id = p.organisation_id "
                                                   "AND om.role IN ('owner', 'admin')");
    return AudienceQuery{organisationMembers +
                             QStringLiteral(" UNION SELECT pm.user_id FROM project_members pm WHERE pm.project_id = ? "
                                            "AND pm.user_id IS NOT NULL "
                                            "UNION SELECT tm.user_id FROM team_members tm JOIN project_members pm "
                                            "ON pm.team_id = tm.team_id WHERE pm.project_id = ?"),
                         {projectId, projectId, projectId}};
}

events::Audience AccessResolver::audienceOf(const storage::ResultSet &rows)
{
    QSet<qint64> users;
    for (int row = 0; row < rows.size(); ++row)
        users.insert(rows.value(row, 0).toLongLong());
    return users;
}

} // namespace adp::server::access
