#include "ProjectMembersController.h"

#include "http/JsonBody.h"

namespace adp::server::projects {

using http::HttpResponse;
using http::Method;
using http::Request;
using shared::Member;

namespace {
constexpr qint64 kMaxBody = 16 * 1024;
const QString kProject = QStringLiteral("project");
} // namespace

void ProjectMembersController::registerRoutes(http::Router &router)
{
    const QString project = QStringLiteral("/api/v1/projects/{project}");
    router.add(Method::Get, project + QStringLiteral("/members"), QStringLiteral("project.member.list"),
               [this](Request &request) {
                   return http::respond(m_members.list(request.mutation(), request.param(kProject)),
                                        http::itemsResponse<Member>);
               });
    registerMemberRoutes(router, Member::Kind::User);
    registerMemberRoutes(router, Member::Kind::Team);
}

void ProjectMembersController::registerMemberRoutes(http::Router &router, Member::Kind kind)
{
    const QString parameter = kind == Member::Kind::User ? QStringLiteral("user") : QStringLiteral("team");
    const QString path = QStringLiteral("/api/v1/projects/{project}/members/%1s/{%1}").arg(parameter);
    router.add(Method::Put, path, QStringLiteral("project.member.set"),
               [this, kind, parameter](Request &request) {
                   auto body = http::readFields<shared::RoleRequest>(request.raw);
                   if (auto *response = std::get_if<HttpResponse>(&body))
                       return *response;
                   return http::respond(m_members.set(request.mutation(), request.param(kProject), kind,
                                                      request.param(parameter),
                                                      std::get<shared::RoleRequest>(body).role),
                                        http::ok<Member>);
               },
               {kMaxBody, false});
    router.add(Method::Delete, path, QStringLiteral("project.member.remove"),
               [this, kind, parameter](Request &request) {
                   return http::respond(
                       m_members.remove(request.mutation(), request.param(kProject), kind, request.param(parameter)),
                       http::noContent);
               });
}

} // namespace adp::server::projects
