#include "ProjectMemberRepository.h"

namespace adp::server::projects {

using shared::Member;

namespace {
QString columnOf(Member::Kind kind)
{
    return kind == Member::Kind::User ? QStringLiteral("user_id") : QStringLiteral("team_id");
}
} // namespace

QList<Member> ProjectMemberRepository::list(qint64 projectId)
{
    const auto rows = m_database.query(
        QStringLiteral("SELECT 0, u.id, u.username, pm.role, pm.created_at FROM project_members pm "
                       "JOIN users u ON u.id = pm.user_id WHERE pm.project_id = ? "
                       "UNION ALL SELECT 1, t.id, t.slug, pm.role, pm.created_at FROM project_members pm "
                       "JOIN teams t ON t.id = pm.team_id WHERE pm.project_id = ? ORDER BY 1, 3"),
        {projectId, projectId});
    QList<Member> members;
    for (int row = 0; row < rows.size(); ++row)
        members.append({rows.value(row, 0).toInt() == 0 ? Member::Kind::User : Member::Kind::Team,
                        rows.value(row, 1).toLongLong(), rows.value(row, 2).toString(), rows.value(row, 3).toString(),
                        QDateTime::fromMSecsSinceEpoch(rows.value(row, 4).toLongLong(), Qt::UTC)});
    return members;
}

QString ProjectMemberRepository::roleOf(storage::Transaction &tx, qint64 projectId, Member::Kind kind, qint64 id)
{
    const auto rows =
        tx.exec(QStringLiteral("SELECT role FROM project_members WHERE project_id = ? AND %1 = ?").arg(columnOf(kind)),
                {projectId, id});
    return rows.isEmpty() ? QString() : rows.value(0, 0).toString();
}

void ProjectMemberRepository::set(storage::Transaction &tx, qint64 projectId, Member::Kind kind, qint64 id,
                                  shared::ProjectRole role, qint64 nowMs)
{
    const QString roleName = shared::projectRoleToString(role);
    const auto updated =
        tx.exec(QStringLiteral("UPDATE project_members SET role = ? WHERE project_id = ? AND %1 = ? RETURNING id")
                    .arg(columnOf(kind)),
                {roleName, projectId, id});
    if (updated.isEmpty())
        add(tx, projectId, kind, id, role, nowMs);
}

void ProjectMemberRepository::add(storage::Transaction &tx, qint64 projectId, Member::Kind kind, qint64 id,
                                  shared::ProjectRole role, qint64 nowMs)
{
    tx.execLater(QStringLiteral("INSERT INTO project_members (project_id, %1, role, created_at) VALUES (?, ?, ?, ?)")
                     .arg(columnOf(kind)),
                 {projectId, id, shared::projectRoleToString(role), nowMs});
}

void ProjectMemberRepository::remove(storage::Transaction &tx, qint64 projectId, Member::Kind kind, qint64 id)
{
    tx.exec(QStringLiteral("DELETE FROM project_members WHERE project_id = ? AND %1 = ?").arg(columnOf(kind)),
            {projectId, id});
}

QList<ports::RoleAboveTeams> ProjectMemberRepository::rolesAboveTeams()
{
    const auto rows = m_database.query(
        QStringLiteral("SELECT pm.project_id, p.slug, u.username, pm.role, t.slug, pt.role FROM project_members pm "
                       "JOIN users u ON u.id = pm.user_id JOIN projects p ON p.id = pm.project_id "
                       "JOIN team_members tm ON tm.user_id = pm.user_id "
                       "JOIN project_members pt ON pt.project_id = pm.project_id AND pt.team_id = tm.team_id "
                       "JOIN teams t ON t.id = tm.team_id ORDER BY p.slug, u.username, t.slug"),
        {});
    const auto rank = [](const QString &role) {
        return shared::projectRoleFromString(role).value_or(shared::ProjectRole::None);
    };
    QList<ports::RoleAboveTeams> found;
    for (int row = 0; row < rows.size(); ++row) {
        const qint64 projectId = rows.value(row, 0).toLongLong();
        const QString username = rows.value(row, 2).toString();
        if (found.isEmpty() || found.last().projectId != projectId || found.last().username != username)
            found.append({projectId, rows.value(row, 1).toString(), username, rows.value(row, 3).toString(), {}, {}});
        ports::RoleAboveTeams &grant = found.last();
        const QString teamRole = rows.value(row, 5).toString();
        grant.teams.append(rows.value(row, 4).toString());
        if (rank(teamRole) > rank(grant.teamRole))
            grant.teamRole = teamRole;
    }
    found.removeIf(
        [&rank](const ports::RoleAboveTeams &grant) { return rank(grant.directRole) <= rank(grant.teamRole); });
    return found;
}

} // namespace adp::server::projects
