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

} // namespace adp::server::projects
