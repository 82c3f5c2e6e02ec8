#include "OrganisationsController.h"

#include "http/JsonBody.h"

namespace adp::server::orgs {

using http::HttpResponse;
using http::Method;
using http::Request;
using shared::GroupFields;
using shared::Member;
using shared::Organisation;
using shared::Team;

namespace {
constexpr qint64 kMaxBody = 16 * 1024;
const QString kOrganisation = QStringLiteral("organisation");
const QString kTeam = QStringLiteral("team");
const QString kUser = QStringLiteral("user");

} // namespace

void OrganisationsController::registerRoutes(http::Router &router)
{
    const http::RouteOptions body{kMaxBody, false};
    const QString all = QStringLiteral("/api/v1/organisations");
    const QString one = all + QStringLiteral("/{organisation}");
    router.add(Method::Get, all, QStringLiteral("org.list"),
               [this](Request &request) { return http::itemsResponse(m_organisations.list(*request.actor)); });
    router.add(
        Method::Post, all, QStringLiteral("org.create"),
        [this](Request &request) {
            auto fields = http::readFields<GroupFields>(request.raw);
            if (auto *response = std::get_if<HttpResponse>(&fields))
                return *response;
            return http::respond(m_organisations.create(request.mutation(), std::get<GroupFields>(fields)),
                                 http::created<Organisation>);
        },
        body);
    router.add(Method::Get, one, QStringLiteral("org.read"), [this](Request &request) {
        return http::respond(m_organisations.get(request.mutation(), request.param(kOrganisation)),
                             http::ok<Organisation>);
    });
    router.add(
        Method::Patch, one, QStringLiteral("org.update"),
        [this](Request &request) {
            auto fields = http::readFields<GroupFields>(request.raw);
            if (auto *response = std::get_if<HttpResponse>(&fields))
                return *response;
            return http::respond(
                m_organisations.update(request.mutation(), request.param(kOrganisation), std::get<GroupFields>(fields)),
                http::ok<Organisation>);
        },
        body);
    router.add(Method::Delete, one, QStringLiteral("org.delete"), [this](Request &request) {
        return http::respond(m_organisations.remove(request.mutation(), request.param(kOrganisation)), http::noContent);
    });

    router.add(Method::Get, one + QStringLiteral("/members"), QStringLiteral("org.member.list"),
               [this](Request &request) {
                   return http::respond(m_organisations.members(request.mutation(), request.param(kOrganisation)),
                                        http::itemsResponse<Member>);
               });
    router.add(
        Method::Put, one + QStringLiteral("/members/{user}"), QStringLiteral("org.member.set"),
        [this](Request &request) {
            auto role = http::readFields<shared::RoleRequest>(request.raw);
            if (auto *response = std::get_if<HttpResponse>(&role))
                return *response;
            return http::respond(m_organisations.setMember(request.mutation(), request.param(kOrganisation),
                                                           request.param(kUser),
                                                           std::get<shared::RoleRequest>(role).role),
                                 http::ok<Member>);
        },
        body);
    router.add(Method::Delete, one + QStringLiteral("/members/{user}"), QStringLiteral("org.member.remove"),
               [this](Request &request) {
                   return http::respond(m_organisations.removeMember(request.mutation(), request.param(kOrganisation),
                                                                     request.param(kUser)),
                                        http::noContent);
               });
    registerTeamRoutes(router);
}

void OrganisationsController::registerTeamRoutes(http::Router &router)
{
    const http::RouteOptions body{kMaxBody, false};
    const QString all = QStringLiteral("/api/v1/organisations/{organisation}/teams");
    const QString one = all + QStringLiteral("/{team}");
    router.add(Method::Get, all, QStringLiteral("team.list"), [this](Request &request) {
        return http::respond(m_teams.list(request.mutation(), request.param(kOrganisation)), http::itemsResponse<Team>);
    });
    router.add(
        Method::Post, all, QStringLiteral("team.create"),
        [this](Request &request) {
            auto fields = http::readFields<GroupFields>(request.raw);
            if (auto *response = std::get_if<HttpResponse>(&fields))
                return *response;
            return http::respond(
                m_teams.create(request.mutation(), request.param(kOrganisation), std::get<GroupFields>(fields)),
                http::created<Team>);
        },
        body);
    router.add(Method::Get, one, QStringLiteral("team.read"), [this](Request &request) {
        return http::respond(m_teams.get(request.mutation(), request.param(kOrganisation), request.param(kTeam)),
                             http::ok<Team>);
    });
    router.add(
        Method::Patch, one, QStringLiteral("team.update"),
        [this](Request &request) {
            auto fields = http::readFields<GroupFields>(request.raw);
            if (auto *response = std::get_if<HttpResponse>(&fields))
                return *response;
            return http::respond(m_teams.update(request.mutation(), request.param(kOrganisation), request.param(kTeam),
                                                std::get<GroupFields>(fields)),
                                 http::ok<Team>);
        },
        body);
    router.add(Method::Delete, one, QStringLiteral("team.delete"), [this](Request &request) {
        return http::respond(m_teams.remove(request.mutation(), request.param(kOrganisation), request.param(kTeam)),
                             http::noContent);
    });
    router.add(Method::Get, one + QStringLiteral("/members"), QStringLiteral("team.member.list"),
               [this](Request &request) {
                   return http::respond(
                       m_teams.members(request.mutation(), request.param(kOrganisation), request.param(kTeam)),
                       http::itemsResponse<Member>);
               });
    router.add(
        Method::Put, one + QStringLiteral("/members/{user}"), QStringLiteral("team.member.set"),
        [this](Request &request) {
            return http::respond(m_teams.addMember(request.mutation(), request.param(kOrganisation),
                                                   request.param(kTeam), request.param(kUser)),
                                 http::ok<Member>);
        },
        body);
    router.add(Method::Delete, one + QStringLiteral("/members/{user}"), QStringLiteral("team.member.remove"),
               [this](Request &request) {
                   return http::respond(m_teams.removeMember(request.mutation(), request.param(kOrganisation),
                                                             request.param(kTeam), request.param(kUser)),
                                        http::noContent);
               });
}

} // namespace adp::server::orgs
