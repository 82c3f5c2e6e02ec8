#include "EnvironmentsController.h"

#include "http/CollectionRoutes.h"
#include "http/JsonBody.h"
#include "http/PageQuery.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace adp::server::deployments {

using http::HttpResponse;
using http::Method;
using http::Request;
using shared::EnvironmentRule;

namespace {
constexpr qint64 kMaxBody = 16 * 1024;
constexpr int kMaxPage = 100;
const QString kProject = QStringLiteral("project");

// ?environment=&status=&limit=&cursor=, or the field that is wrong.
std::variant<EnvironmentService::DeploymentQuery, HttpResponse> queryOf(const Request &request)
{
    const QUrlQuery url(request.raw.url());
    EnvironmentService::DeploymentQuery query;
    query.environment = url.queryItemValue(QStringLiteral("environment"), QUrl::FullyDecoded);
    query.status = url.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded);
    shared::FieldErrors errors;
    if (!query.status.isEmpty() && !EnvironmentService::statuses().contains(query.status))
        errors.append(
            {QStringLiteral("status"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
             QStringLiteral("must be one of %1").arg(EnvironmentService::statuses().join(QStringLiteral(", ")))});
    const http::PageQuery page = http::PageQuery::read(url, kMaxPage, errors, query.limit);
    query.limit = page.limit;
    query.beforeId = page.beforeId;
    if (!errors.isEmpty())
        return http::toHttpResponse(ServiceError::validation(errors));
    return query;
}

} // namespace

void EnvironmentsController::registerRoutes(http::Router &router)
{
    const QString project = QStringLiteral("/api/v1/projects/{project}");
    router.add(Method::Get, project + QStringLiteral("/environments"), QStringLiteral("environment.list"),
               [this](Request &request) {
                   return http::respond(m_environments.list(request.mutation(), request.param(kProject)),
                                        http::itemsResponse<shared::Environment>);
               });
    router.add(Method::Get, project + QStringLiteral("/environments/{environment}"), QStringLiteral("environment.read"),
               [this](Request &request) {
                   return http::respond(m_environments.get(request.mutation(), request.param(kProject),
                                                           request.param(QStringLiteral("environment"))),
                                        http::ok<shared::Environment>);
               });
    router.add(Method::Post, project + QStringLiteral("/environments/{environment}/stop"),
               QStringLiteral("environment.stop"), [this](Request &request) {
                   return http::respond(m_stopper.stop(request.mutation(), request.param(kProject),
                                                       request.param(QStringLiteral("environment"))),
                                        http::ok<shared::Environment>);
               });
    router.add(Method::Post, project + QStringLiteral("/environments/{environment}/unpin"),
               QStringLiteral("environment.unpin"), [this](Request &request) {
                   return http::respond(m_pins.unpin(request.mutation(), request.param(kProject),
                                                     request.param(QStringLiteral("environment"))),
                                        http::ok<shared::Environment>);
               });
    router.add(Method::Get, project + QStringLiteral("/deployments"), QStringLiteral("deployment.list"),
               [this](Request &request) {
                   auto query = queryOf(request);
                   if (auto *response = std::get_if<HttpResponse>(&query))
                       return *response;
                   return http::respond(
                       m_environments.deployments(request.mutation(), request.param(kProject),
                                                  std::get<EnvironmentService::DeploymentQuery>(query)),
                       http::pageResponse<EnvironmentService::Page>);
               });
    router.add(Method::Get, project + QStringLiteral("/deployments/{deployment}"), QStringLiteral("deployment.read"),
               [this](Request &request) {
                   return http::respond(m_environments.deployment(request.mutation(), request.param(kProject),
                                                                  request.idParam(QStringLiteral("deployment"))),
                                        http::ok<shared::Deployment>);
               });
    registerRuleRoutes(router);
    registerApprovalRoutes(router);
}

void EnvironmentsController::registerApprovalRoutes(http::Router &router)
{
    // {"comment": "..."}, all of it optional.
    const auto decide = [this](Request &request, DeploymentApprovalService::Decision decision) {
        auto parsed = http::parseJsonObject(request.raw);
        if (auto *response = std::get_if<HttpResponse>(&parsed))
            return *response;
        const QJsonObject body = std::get<QJsonObject>(parsed);
        shared::FieldErrors errors;
        for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
            if (it.key() != u"comment")
                errors.append({it.key(), QString::fromLatin1(shared::fieldcodes::UnknownField),
                               QStringLiteral("is not a field of a decision")});
        }
        const QJsonValue comment = body.value(QStringLiteral("comment"));
        if (!comment.isUndefined() && !comment.isString())
            errors.append({QStringLiteral("comment"), QString::fromLatin1(shared::fieldcodes::InvalidType),
                           QStringLiteral("must be a string")});
        if (!errors.isEmpty())
            return http::toHttpResponse(ServiceError::validation(errors));
        return http::respond(m_approvals.decide(request.mutation(), request.param(kProject),
                                                request.idParam(QStringLiteral("deployment")), decision,
                                                comment.toString()),
                             http::ok<shared::Deployment>);
    };
    router.add(
        Method::Get, QStringLiteral("/api/v1/approvals"), QStringLiteral("approval.list"), [this](Request &request) {
            return http::respond(m_approvals.waitingFor(request.mutation()), http::itemsResponse<shared::Deployment>);
        });
    const QString one = QStringLiteral("/api/v1/projects/{project}/deployments/{deployment}");
    router.add(Method::Post, one + QStringLiteral("/approve"), QStringLiteral("deployment.approve"),
               [decide](Request &request) { return decide(request, DeploymentApprovalService::Decision::Approve); },
               {kMaxBody, false});
    router.add(Method::Post, one + QStringLiteral("/reject"), QStringLiteral("deployment.reject"),
               [decide](Request &request) { return decide(request, DeploymentApprovalService::Decision::Reject); },
               {kMaxBody, false});
    router.add(Method::Get, one + QStringLiteral("/compare"), QStringLiteral("deployment.read"),
               [this](Request &request) {
                   const QString from = QUrlQuery(request.raw.url()).queryItemValue(QStringLiteral("from"));
                   bool numeric = true;
                   const qint64 fromIid = from.isEmpty() ? 0 : from.toLongLong(&numeric);
                   if (!numeric || fromIid < 0)
                       return http::toHttpResponse(
                           ServiceError::invalidField(QStringLiteral("from"), shared::fieldcodes::InvalidType,
                                                      QStringLiteral("must be a deployment number")));
                   return http::respond(m_comparer.compare(request.mutation(), request.param(kProject),
                                                           request.idParam(QStringLiteral("deployment")), fromIid),
                                        http::ok<shared::DeploymentComparison>);
               },
               {kMaxBody, false, true});
    router.add(Method::Post, one + QStringLiteral("/rollback"), QStringLiteral("deployment.rollback"),
               [this](Request &request) {
                   return http::respond(m_pins.rollback(request.mutation(), request.param(kProject),
                                                        request.idParam(QStringLiteral("deployment"))),
                                        http::created<shared::Deployment>);
               });
}

void EnvironmentsController::registerRuleRoutes(http::Router &router)
{
    http::addCollectionRoutes(router, QStringLiteral("/api/v1/projects/{project}/environment-rules"),
                              QStringLiteral("rule"),
                              {QStringLiteral("environment.rule.list"), QStringLiteral("environment.rule.create"),
                               QStringLiteral("environment.rule.delete")},
                              m_rules, &EnvironmentRuleService::list, &EnvironmentRuleService::create,
                              &EnvironmentRuleService::remove, kMaxBody);
}

} // namespace adp::server::deployments
