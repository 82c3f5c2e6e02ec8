#include "InvitationsController.h"

#include "http/JsonBody.h"

namespace adp::server::orgs {

using http::HttpResponse;
using http::Method;
using http::Request;
using shared::Invitation;

namespace {
constexpr qint64 kMaxBody = 16 * 1024;
const QString kOrganisation = QStringLiteral("organisation");
} // namespace

void InvitationsController::registerRoutes(http::Router &router)
{
    const QString invitations = QStringLiteral("/api/v1/organisations/{organisation}/invitations");
    router.add(Method::Get, invitations, QStringLiteral("org.invitation.list"), [this](Request &request) {
        return http::respond(m_invitations.list(request.mutation(), request.param(kOrganisation)),
                             http::itemsResponse<Invitation>);
    });
    router.add(Method::Post, invitations, QStringLiteral("org.invitation.create"),
               [this](Request &request) {
                   auto fields = http::readFields<shared::InvitationRequest>(request.raw);
                   if (auto *response = std::get_if<HttpResponse>(&fields))
                       return *response;
                   return http::respond(m_invitations.create(request.mutation(), request.param(kOrganisation),
                                                             std::get<shared::InvitationRequest>(fields)),
                                        [](const InvitationService::Created &created) {
                                            QJsonObject json = created.invitation.toJson();
                                            json.insert(QStringLiteral("code"),
                                                        created.code); // the only time it is shown
                                            return HttpResponse::json(201, json);
                                        });
               },
               {kMaxBody, false});
    router.add(Method::Delete, invitations + QStringLiteral("/{invitation}"), QStringLiteral("org.invitation.revoke"),
               [this](Request &request) {
                   const qint64 id = request.idParam(QStringLiteral("invitation"));
                   return http::respond(m_invitations.revoke(request.mutation(), request.param(kOrganisation), id),
                                        http::noContent);
               });
    router.add(Method::Post, QStringLiteral("/api/v1/invitations/accept"), QStringLiteral("invitation.accept"),
               [this](Request &request) {
                   auto fields = http::readFields<shared::InvitationAcceptance>(request.raw);
                   if (auto *response = std::get_if<HttpResponse>(&fields))
                       return *response;
                   return http::respond(
                       m_invitations.accept(request.mutation(), *std::get<shared::InvitationAcceptance>(fields).code),
                       http::ok<shared::Organisation>);
               },
               {kMaxBody, false});
}

} // namespace adp::server::orgs
