#include "OrganisationRepository.h"

namespace adp::server::orgs {

using shared::Member;
using shared::Organisation;
using shared::OrganisationRole;

namespace {
const QString kColumns = QStringLiteral("o.id, o.name, o.slug, o.description, o.created_at");

Organisation fromRow(const storage::ResultSet &rows, int row)
{
    Organisation organisation;
    organisation.id = rows.value(row, 0).toLongLong();
    organisation.name = rows.value(row, 1).toString();
    organisation.slug = rows.value(row, 2).toString();
    organisation.description = rows.value(row, 3).toString();
    organisation.createdAt = QDateTime::fromMSecsSinceEpoch(rows.value(row, 4).toLongLong(), Qt::UTC);
    return organisation;
}
} // namespace

std::optional<Organisation> OrganisationRepository::find(const QString &key)
{
    bool numeric = false;
    const qint64 id = key.toLongLong(&numeric);
    const auto rows =
        m_database.query(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM organisations o WHERE ") +
                             (numeric ? QStringLiteral("o.id = ?") : QStringLiteral("o.slug = ?")),
                         {numeric ? QVariant(id) : QVariant(key)});
    if (rows.isEmpty())
        return std::nullopt;
    return fromRow(rows, 0);
}

QList<Organisation> OrganisationRepository::listFor(qint64 userId, bool isAdmin)
{
    const QString sql =
        isAdmin
            ? QStringLiteral("SELECT ") + kColumns + QStringLiteral(", 'owner' FROM organisations o ORDER BY o.slug")
            : QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(", om.role FROM organisations o JOIN organisation_members om "
                                 "ON om.organisation_id = o.id WHERE om.user_id = ? ORDER BY o.slug");
    const auto rows = isAdmin ? m_database.query(sql) : m_database.query(sql, {userId});
    QList<Organisation> result;
    for (int row = 0; row < rows.size(); ++row) {
        Organisation organisation = fromRow(rows, row);
        organisation.myRole =
            shared::organisationRoleFromString(rows.value(row, 5).toString()).value_or(OrganisationRole::None);
        result.append(organisation);
    }
    return result;
}

Organisation OrganisationRepository::insert(storage::Transaction &tx, Organisation organisation)
{
    const auto rows = tx.exec(
        QStringLiteral("INSERT INTO organisations (name, slug, description, created_at) "
                       "VALUES (?, ?, ?, ?) RETURNING id"),
        {organisation.name, organisation.slug, organisation.description, organisation.createdAt.toMSecsSinceEpoch()});
    organisation.id = rows.value(0, 0).toLongLong();
    return organisation;
}

void OrganisationRepository::update(storage::Transaction &tx, const Organisation &organisation)
{
    tx.exec(QStringLiteral("UPDATE organisations SET name = ?, slug = ?, description = ? WHERE id = ?"),
            {organisation.name, organisation.slug, organisation.description, organisation.id});
}

void OrganisationRepository::remove(storage::Transaction &tx, qint64 id)
{
    tx.exec(QStringLiteral("DELETE FROM organisations WHERE id = ?"), {id});
}

qint64 OrganisationRepository::projectCount(storage::Transaction &tx, qint64 id)
{
    return tx.exec(QStringLiteral("SELECT COUNT(*) FROM projects WHERE organisation_id = ?"), {id})
        .value(0, 0)
        .toLongLong();
}

QList<Member> OrganisationRepository::members(qint64 organisationId)
{
    const auto rows =
        m_database.query(QStringLiteral("SELECT u.id, u.username, om.role, om.created_at FROM organisation_members om "
                                        "JOIN users u ON u.id = om.user_id WHERE om.organisation_id = ? "
                                        "ORDER BY u.username"),
                         {organisationId});
    QList<Member> result;
    for (int row = 0; row < rows.size(); ++row)
        result.append({Member::Kind::User, rows.value(row, 0).toLongLong(), rows.value(row, 1).toString(),
                       rows.value(row, 2).toString(),
                       QDateTime::fromMSecsSinceEpoch(rows.value(row, 3).toLongLong(), Qt::UTC)});
    return result;
}

OrganisationRole OrganisationRepository::roleOf(const storage::Executor &run, qint64 organisationId, qint64 userId)
{
    const auto rows =
        run(QStringLiteral("SELECT role FROM organisation_members WHERE organisation_id = ? AND user_id = ?"),
            {organisationId, userId});
    if (rows.isEmpty())
        return OrganisationRole::None;
    return shared::organisationRoleFromString(rows.value(0, 0).toString()).value_or(OrganisationRole::None);
}

void OrganisationRepository::setMember(storage::Transaction &tx, qint64 organisationId, qint64 userId,
                                       OrganisationRole role, qint64 nowMs)
{
    // Same statement on both backends: update first, insert when nothing was there.
    const QString roleName = shared::organisationRoleToString(role);
    const auto updated = tx.exec(QStringLiteral("UPDATE organisation_members SET role = ? WHERE organisation_id = ? "
                                                "AND user_id = ? RETURNING user_id"),
                                 {roleName, organisationId, userId});
    if (updated.isEmpty())
        tx.exec(
            QStringLiteral(
                "INSERT INTO organisation_members (organisation_id, user_id, role, created_at) VALUES (?, ?, ?, ?)"),
            {organisationId, userId, roleName, nowMs});
}

void OrganisationRepository::accountCreated(storage::Transaction &tx, qint64 userId, bool isAdmin, qint64 nowMs)
{
    tx.exec(QStringLiteral(
                "INSERT INTO organisation_members (organisation_id, user_id, role, created_at) VALUES (?, ?, ?, ?)"),
            {kDefaultId, userId, isAdmin ? QStringLiteral("owner") : QStringLiteral("member"), nowMs});
}

void OrganisationRepository::removeMember(storage::Transaction &tx, qint64 organisationId, qint64 userId)
{
    tx.exec(QStringLiteral("DELETE FROM organisation_members WHERE organisation_id = ? AND user_id = ?"),
            {organisationId, userId});
}

qint64 OrganisationRepository::ownerCount(storage::Transaction &tx, qint64 organisationId)
{
    return tx
        .exec(QStringLiteral("SELECT COUNT(*) FROM organisation_members WHERE organisation_id = ? AND role = 'owner'"),
              {organisationId})
        .value(0, 0)
        .toLongLong();
}

} // namespace adp::server::orgs
