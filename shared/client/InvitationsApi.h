#pragma once

#include "ApiClient.h"
#include "shared/core/Invitation.h"
#include "shared/core/Organisation.h"

namespace adp::shared {

// A new invitation with its one-time code, as the server answers it once.
struct CreatedInvitation
{
    Invitation invitation;
    QString code;

    QJsonObject toJson() const;
    static std::optional<CreatedInvitation> fromJson(const QJsonObject &object);
};

// /api/v1/organisations/{o}/invitations and /api/v1/invitations/accept.
class InvitationsApi
{
public:
    explicit InvitationsApi(ApiClient &client)
        : m_client(client)
    {
    }

    template <typename T> using Done = std::function<void(const ApiResult<T> &)>;

    void list(const QString &organisation, QObject *context, Done<QList<Invitation>> done);
    void create(const QString &organisation, const InvitationRequest &request, QObject *context,
                Done<CreatedInvitation> done);
    void revoke(const QString &organisation, qint64 id, QObject *context, Done<shared::Done> done);
    // Joins the organisation the code invites to; answers it.
    void accept(const QString &code, QObject *context, Done<Organisation> done);

private:
    ApiClient &m_client;
};

} // namespace adp::shared
