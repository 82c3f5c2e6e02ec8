#include "InvitationsApi.h"

#include "ApiCalls.h"

namespace adp::shared {

namespace {
QString invitationsPath(const QString &organisation)
{
    return QStringLiteral("/api/v1/organisations/%1/invitations").arg(pathSegment(organisation));
}
} // namespace

QJsonObject CreatedInvitation::toJson() const
{
    QJsonObject json = invitation.toJson();
    json.insert(QStringLiteral("code"), code);
    return json;
}

std::optional<CreatedInvitation> CreatedInvitation::fromJson(const QJsonObject &object)
{
    const auto invitation = Invitation::fromJson(object);
    const QString code = object.value(QStringLiteral("code")).toString();
    if (!invitation || code.isEmpty())
        return std::nullopt;
    return CreatedInvitation{*invitation, code};
}

void InvitationsApi::list(const QString &organisation, QObject *context, Done<QList<Invitation>> done)
{
    fetchItems<Invitation>(m_client, invitationsPath(organisation), {}, context, std::move(done));
}

void InvitationsApi::create(const QString &organisation, const InvitationRequest &request, QObject *context,
                            Done<CreatedInvitation> done)
{
    sendForOne<CreatedInvitation>(m_client, "POST", invitationsPath(organisation), request.toJson(), context,
                                  std::move(done), "a new invitation");
}

void InvitationsApi::revoke(const QString &organisation, qint64 id, QObject *context, Done<shared::Done> done)
{
    sendForNothing(m_client, "DELETE", invitationsPath(organisation) + QStringLiteral("/%1").arg(id), context,
                   std::move(done));
}

void InvitationsApi::accept(const QString &code, QObject *context, Done<Organisation> done)
{
    sendForOne<Organisation>(m_client, "POST", QStringLiteral("/api/v1/invitations/accept"),
                             InvitationAcceptance{code}.toJson(), context, std::move(done), "an organisation");
}

} // namespace adp::shared
