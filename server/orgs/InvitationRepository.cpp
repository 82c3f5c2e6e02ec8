#include "InvitationRepository.h"

#include "storage/Transaction.h"

namespace adp::server::orgs {

namespace {
// Columns read by fromRow, in order; `i` is invitations.
const QString kSelect = QStringLiteral(
    "SELECT i.id, o.slug, i.email, i.role, COALESCE(u.username, ''), i.created_at, i.expires_at, i.organisation_id "
    "FROM invitations i JOIN organisations o ON o.id = i.organisation_id LEFT JOIN users u ON u.id = i.invited_by "
    "WHERE i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > ? ");

InvitationRepository::Stored fromRow(const storage::ResultSet &rows, int row)
{
    InvitationRepository::Stored stored;
    shared::Invitation &invitation = stored.invitation;
    invitation.id = rows.value(row, 0).toLongLong();
    invitation.organisation = rows.value(row, 1).toString();
    invitation.email = rows.value(row, 2).toString();
    invitation.role = rows.value(row, 3).toString();
    invitation.invitedBy = rows.value(row, 4).toString();
    invitation.createdAt = QDateTime::fromMSecsSinceEpoch(rows.value(row, 5).toLongLong(), Qt::UTC);
    invitation.expiresAt = QDateTime::fromMSecsSinceEpoch(rows.value(row, 6).toLongLong(), Qt::UTC);
    stored.organisationId = rows.value(row, 7).toLongLong();
    return stored;
}

QList<InvitationRepository::Stored> allOf(const storage::ResultSet &rows)
{
    QList<InvitationRepository::Stored> result;
    for (int row = 0; row < rows.size(); ++row)
        result.append(fromRow(rows, row));
    return result;
}
} // namespace

qint64 InvitationRepository::insert(storage::Transaction &tx, qint64 organisationId,
                                    const shared::Invitation &invitation, const QString &codeHash, qint64 invitedBy)
{
    const auto rows = tx.exec(
        QStringLiteral("INSERT INTO invitations (organisation_id, email, role, code_hash, invited_by, "
                       "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {organisationId, invitation.email, invitation.role, codeHash, invitedBy > 0 ? QVariant(invitedBy) : QVariant(),
         invitation.createdAt.toMSecsSinceEpoch(), invitation.expiresAt.toMSecsSinceEpoch()});
    return rows.value(0, 0).toLongLong();
}

QList<shared::Invitation> InvitationRepository::pending(qint64 organisationId, qint64 nowMs)
{
    QList<shared::Invitation> invitations;
    for (const Stored &stored : allOf(m_database.query(
             kSelect + QStringLiteral("AND i.organisation_id = ? ORDER BY i.id"), {nowMs, organisationId})))
        invitations.append(stored.invitation);
    return invitations;
}

std::optional<InvitationRepository::Stored>
InvitationRepository::pendingById(const storage::Executor &run, qint64 organisationId, qint64 id, qint64 nowMs)
{
    const auto rows =
        run(kSelect + QStringLiteral("AND i.organisation_id = ? AND i.id = ?"), {nowMs, organisationId, id});
    return rows.isEmpty() ? std::nullopt : std::optional<Stored>(fromRow(rows, 0));
}

std::optional<InvitationRepository::Stored> InvitationRepository::pendingByCode(const storage::Executor &run,
                                                                                const QString &codeHash, qint64 nowMs)
{
    const auto rows = run(kSelect + QStringLiteral("AND i.code_hash = ?"), {nowMs, codeHash});
    return rows.isEmpty() ? std::nullopt : std::optional<Stored>(fromRow(rows, 0));
}

QList<InvitationRepository::Stored> InvitationRepository::pendingForEmail(const storage::Executor &run,
                                                                          const QString &email, qint64 nowMs)
{
    return allOf(run(kSelect + QStringLiteral("AND i.email = ? ORDER BY i.id"), {nowMs, email}));
}

bool InvitationRepository::isMemberEmail(const storage::Executor &run, qint64 organisationId, const QString &email)
{
    const auto rows = run(QStringLiteral("SELECT 1 FROM organisation_members om JOIN users u ON u.id = om.user_id "
                                         "WHERE om.organisation_id = ? AND LOWER(u.email) = ?"),
                          {organisationId, email});
    return !rows.isEmpty();
}

void InvitationRepository::markAccepted(storage::Transaction &tx, qint64 id, qint64 userId, qint64 nowMs)
{
    tx.exec(QStringLiteral("UPDATE invitations SET accepted_by = ?, accepted_at = ? WHERE id = ?"),
            {userId, nowMs, id});
}

void InvitationRepository::markRevoked(storage::Transaction &tx, qint64 id, qint64 nowMs)
{
    tx.exec(QStringLiteral("UPDATE invitations SET revoked_at = ? WHERE id = ?"), {nowMs, id});
}

} // namespace adp::server::orgs
