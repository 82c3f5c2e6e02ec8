#include "ProjectMembersController.h"

#include "http/JsonBody.h"

namespace adp::server::projects {

using http::HttpResponse;
using http::Method;
using http::Request;
using shared::EnvironmentRule;
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

    const QString rules = project + QStringLiteral("/environment-rules");
    router.add(Method::Get, rules, QStringLiteral("environment.rule.list"), [this](Request &request) {
        return http::respond(m_rules.list(request.mutation(), request.param(kProject)),
                             http::itemsResponse<EnvironmentRule>);
    });
    router.add(Method::Post, rules, QStringLiteral("environment.rule.create"),
               [this](Request &request) {
                   auto fields = http::readFields<shared::EnvironmentRuleFields>(request.raw);
                   if (auto *response = std::get_if<HttpResponse>(&fields))
                       return *response;
                   return http::respond(m_rules.create(request.mutation(), request.param(kProject),
                                                       std::get<shared::EnvironmentRuleFields>(fields)),
                                        http::created<EnvironmentRule>);
               },
               {kMaxBody, false});
    router.add(Method::Delete, rules + QStringLiteral("/{rule}"), QStringLiteral("environment.rule.delete"),
               [this](Request &request) {
                   const qint64 id = request.idParam(QStringLiteral("rule"));
                   return http::respond(m_rules.remove(request.mutation(), request.param(kProject), id),
                                        http::noContent);
               });
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
