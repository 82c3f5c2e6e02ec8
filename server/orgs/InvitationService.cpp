#include "InvitationService.h"

#include "crypto/PasswordHasher.h"
#include "storage/Transaction.h"

namespace adp::server::orgs {

using shared::Invitation;
using shared::OrganisationRole;

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QJsonObject auditSummary(const Invitation &invitation)
{
    return {{QStringLiteral("email"), invitation.email}, {QStringLiteral("role"), invitation.role}};
}
} // namespace

Outcome<QList<Invitation>> InvitationService::list(const MutationContext &context, const QString &organisationKey)
{
    const auto found = m.organisations.authorize(context, organisationKey, QStringLiteral("org.invitation.list"));
    if (!found.ok())
        return found.error();
    return m.invitations.pending(found.value().first.id, m.clock.nowMs());
}

Outcome<InvitationService::Created> InvitationService::create(const MutationContext &context,
                                                              const QString &organisationKey,
                                                              const shared::InvitationRequest &request)
{
    const auto found = m.organisations.authorize(context, organisationKey, QStringLiteral("org.invitation.create"));
    if (!found.ok())
        return found.error();
    const shared::FieldErrors errors = request.validate();
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    const auto &[organisation, callerAccess] = found.value();
    const OrganisationRole role =
        shared::organisationRoleFromString(request.role.value_or(QStringLiteral("member"))).value();
    if (role == OrganisationRole::Owner && callerAccess.role != OrganisationRole::Owner)
        return m.authorizer.deny(context, QStringLiteral("org.invitation.create"), QStringLiteral("organisation"),
                                 QString::number(organisation.id), QStringLiteral("Only an owner may invite owners"));

    Created created;
    Invitation &invitation = created.invitation;
    invitation.organisation = organisation.slug;
    invitation.email = request.email->trimmed().toLower();
    invitation.role = shared::organisationRoleToString(role);
    invitation.invitedBy = context.actor.username;
    const qint64 now = m.clock.nowMs();
    invitation.createdAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    invitation.expiresAt = QDateTime::fromMSecsSinceEpoch(now + Invitation::kValidDays * kDayMs, Qt::UTC);
    created.code = QString::fromLatin1(kCodePrefix) + crypto::Secrets::randomToken(24);

    storage::Transaction tx(m.database);
    const auto run = storage::executorOf(tx);
    if (m.invitations.isMemberEmail(run, organisation.id, invitation.email))
        return ServiceError::conflict(QStringLiteral("Someone with this email is already a member"),
                                      {{QStringLiteral("email"), QString::fromLatin1(shared::fieldcodes::Taken),
                                        QStringLiteral("belongs to a member already")}});
    for (const auto &pending : m.invitations.pendingForEmail(run, invitation.email, now)) {
        if (pending.organisationId == organisation.id)
            return ServiceError::conflict(
                QStringLiteral("This address is already invited; revoke that invitation to send a new one"),
                {{QStringLiteral("email"), QString::fromLatin1(shared::fieldcodes::Taken),
                  QStringLiteral("is already invited")}});
    }
    invitation.id = m.invitations.insert(tx, organisation.id, invitation, crypto::Secrets::tokenHash(created.code),
                                         context.actor.userId);
    m.audit.record(tx, context,
                   {QStringLiteral("org.invitation.created"),
                    QStringLiteral("organisation"),
                    QString::number(organisation.id),
                    {},
                    auditSummary(invitation)});
    tx.commit();
    return created;
}

Outcome<Unit> InvitationService::revoke(const MutationContext &context, const QString &organisationKey, qint64 id)
{
    const auto found = m.organisations.authorize(context, organisationKey, QStringLiteral("org.invitation.revoke"));
    if (!found.ok())
        return found.error();
    const qint64 organisationId = found.value().first.id;
    storage::Transaction tx(m.database);
    const auto stored = m.invitations.pendingById(storage::executorOf(tx), organisationId, id, m.clock.nowMs());
    if (!stored)
        return ServiceError::notFound(QStringLiteral("Invitation"));
    m.invitations.markRevoked(tx, id, m.clock.nowMs());
    m.audit.record(tx, context,
                   {QStringLiteral("org.invitation.revoked"),
                    QStringLiteral("organisation"),
                    QString::number(organisationId),
                    auditSummary(stored->invitation),
                    {}});
    tx.commit();
    return Unit{};
}

Outcome<shared::Organisation> InvitationService::accept(const MutationContext &context, const QString &code)
{
    const QString trimmed = code.trimmed();
    std::optional<InvitationRepository::Stored> stored;
    if (trimmed.startsWith(QLatin1String(kCodePrefix)) && trimmed.size() < 128)
        stored = m.invitations.pendingByCode(storage::executorOf(m.database), crypto::Secrets::tokenHash(trimmed),
                                             m.clock.nowMs());
    if (!stored || !join(context, *stored, QStringLiteral("code"))) // unknown, used, revoked and expired look the same
        return ServiceError::notFound(QStringLiteral("Invitation"));
    auto organisation = m.organisationRepository.find(QString::number(stored->organisationId));
    if (!organisation)
        return ServiceError::notFound(QStringLiteral("Organisation"));
    organisation->myRole =
        m.organisationRepository.roleOf(storage::executorOf(m.database), organisation->id, context.actor.userId);
    return *organisation;
}

void InvitationService::acceptForVerifiedEmail(const MutationContext &context, const QString &verifiedEmail)
{
    const QString email = verifiedEmail.trimmed().toLower();
    if (email.isEmpty())
        return;
    for (const auto &stored : m.invitations.pendingForEmail(storage::executorOf(m.database), email, m.clock.nowMs()))
        join(context, stored, QStringLiteral("verified_email"));
}

bool InvitationService::join(const MutationContext &context, const InvitationRepository::Stored &stored,
                             const QString &how)
{
    const Invitation &invitation = stored.invitation;
    const OrganisationRole invited =
        shared::organisationRoleFromString(invitation.role).value_or(OrganisationRole::Member);
    {
        storage::Transaction tx(m.database);
        // Re-read inside the transaction: two accepts racing must not both succeed.
        if (!m.invitations.pendingById(storage::executorOf(tx), stored.organisationId, invitation.id, m.clock.nowMs()))
            return false;
        const OrganisationRole current =
            m.organisationRepository.roleOf(storage::executorOf(tx), stored.organisationId, context.actor.userId);
        if (invited > current)
            m.organisationRepository.setMember(tx, stored.organisationId, context.actor.userId, invited,
                                               m.clock.nowMs());
        m.invitations.markAccepted(tx, invitation.id, context.actor.userId, m.clock.nowMs());
        QJsonObject after = auditSummary(invitation);
        after.insert(QStringLiteral("username"), context.actor.username);
        after.insert(QStringLiteral("role"), shared::organisationRoleToString(std::max(invited, current)));
        after.insert(QStringLiteral("via"), how);
        m.audit.record(tx, context,
                       {QStringLiteral("org.invitation.accepted"),
                        QStringLiteral("organisation"),
                        QString::number(stored.organisationId),
                        {},
                        after});
        tx.commit();
    }
    m.organisations.publish(
        stored.organisationId, QStringLiteral("org.members.changed"),
        {{QStringLiteral("id"), stored.organisationId}, {QStringLiteral("slug"), invitation.organisation}});
    return true;
}

} // namespace adp::server::orgs
