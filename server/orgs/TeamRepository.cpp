#include "TeamRepository.h"

namespace adp::server::orgs {

using shared::Member;
using shared::Team;

QList<Team> TeamRepository::select(const QString &where, const storage::SqlParams &params)
{
    const auto rows =
        m_database.query(QStringLiteral("SELECT t.id, o.slug, t.name, t.slug, t.description, t.created_at, "
                                        "(SELECT COUNT(*) FROM team_members tm WHERE tm.team_id = t.id) "
                                        "FROM teams t JOIN organisations o ON o.id = t.organisation_id WHERE ") +
                             where + QStringLiteral(" ORDER BY t.slug"),
                         params);
    QList<Team> teams;
    for (int row = 0; row < rows.size(); ++row) {
        Team team;
        team.id = rows.value(row, 0).toLongLong();
        team.organisation = rows.value(row, 1).toString();
        team.name = rows.value(row, 2).toString();
        team.slug = rows.value(row, 3).toString();
        team.description = rows.value(row, 4).toString();
        team.createdAt = QDateTime::fromMSecsSinceEpoch(rows.value(row, 5).toLongLong(), Qt::UTC);
        team.memberCount = rows.value(row, 6).toInt();
        teams.append(team);
    }
    return teams;
}

QList<Team> TeamRepository::list(qint64 organisationId)
{
    return select(QStringLiteral("t.organisation_id = ?"), {organisationId});
}

std::optional<Team> TeamRepository::find(qint64 organisationId, const QString &key)
{
    bool numeric = false;
    const qint64 id = key.toLongLong(&numeric);
    const QList<Team> found =
        numeric ? select(QStringLiteral("t.organisation_id = ? AND t.id = ?"), {organisationId, id})
                : select(QStringLiteral("t.organisation_id = ? AND t.slug = ?"), {organisationId, key});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Team TeamRepository::insert(storage::Transaction &tx, Team team, qint64 organisationId)
{
    const auto rows =
        tx.exec(QStringLiteral("INSERT INTO teams (organisation_id, name, slug, description, created_at) "
                               "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                {organisationId, team.name, team.slug, team.description, team.createdAt.toMSecsSinceEpoch()});
    team.id = rows.value(0, 0).toLongLong();
    return team;
}

void TeamRepository::update(storage::Transaction &tx, const Team &team)
{
    tx.exec(QStringLiteral("UPDATE teams SET name = ?, slug = ?, description = ? WHERE id = ?"),
            {team.name, team.slug, team.description, team.id});
}

void TeamRepository::remove(storage::Transaction &tx, qint64 id)
{
    tx.exec(QStringLiteral("DELETE FROM teams WHERE id = ?"), {id});
}

QList<Member> TeamRepository::members(qint64 teamId)
{
    const auto rows =
        m_database.query(QStringLiteral("SELECT u.id, u.username, tm.created_at FROM team_members tm "
                                        "JOIN users u ON u.id = tm.user_id WHERE tm.team_id = ? ORDER BY u.username"),
                         {teamId});
    QList<Member> result;
    for (int row = 0; row < rows.size(); ++row)
        result.append({Member::Kind::User,
                       rows.value(row, 0).toLongLong(),
                       rows.value(row, 1).toString(),
                       {},
                       QDateTime::fromMSecsSinceEpoch(rows.value(row, 2).toLongLong(), Qt::UTC)});
    return result;
}

bool TeamRepository::hasMember(storage::Transaction &tx, qint64 teamId, qint64 userId)
{
    return !tx.exec(QStringLiteral("SELECT 1 FROM team_members WHERE team_id = ? AND user_id = ?"), {teamId, userId})
                .isEmpty();
}

void TeamRepository::addMember(storage::Transaction &tx, qint64 teamId, qint64 userId, qint64 nowMs)
{
    tx.exec(QStringLiteral("INSERT INTO team_members (team_id, user_id, created_at) VALUES (?, ?, ?)"),
            {teamId, userId, nowMs});
}

void TeamRepository::removeMember(storage::Transaction &tx, qint64 teamId, qint64 userId)
{
    tx.exec(QStringLiteral("DELETE FROM team_members WHERE team_id = ? AND user_id = ?"), {teamId, userId});
}

void TeamRepository::removeFromOrganisation(storage::Transaction &tx, qint64 organisationId, qint64 userId)
{
    tx.exec(QStringLiteral("DELETE FROM team_members WHERE user_id = ? AND team_id IN "
                           "(SELECT id FROM teams WHERE organisation_id = ?)"),
            {userId, organisationId});
}

} // namespace adp::server::orgs
