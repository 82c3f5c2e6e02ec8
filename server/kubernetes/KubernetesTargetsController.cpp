#include "KubernetesTargetsController.h"

#include "http/JsonBody.h"
#include "http/Request.h"

namespace adp::server::kubernetes {

using http::HttpResponse;
using http::Method;
using http::Request;

namespace {
const QString kProject = QStringLiteral("project");
constexpr qint64 kMaxBody = 8 * 1024;
} // namespace

void KubernetesTargetsController::registerRoutes(http::Router &router)
{
    const QString targets = QStringLiteral("/api/v1/projects/{project}/kubernetes-targets");
    router.add(Method::Get, targets, QStringLiteral("kubernetes_target.list"), [this](Request &request) {
        return http::respond(m_targets.list(request.mutation(), request.param(kProject)),
                             http::itemsResponse<shared::KubernetesTarget>);
    });
    router.add(Method::Put, targets, QStringLiteral("kubernetes_target.set"),
               [this](Request &request) {
                   auto fields = http::readFields<shared::KubernetesTargetFields>(request.raw);
                   if (auto *response = std::get_if<HttpResponse>(&fields))
                       return *response;
                   return http::respond(m_targets.put(request.mutation(), request.param(kProject),
                                                      std::get<shared::KubernetesTargetFields>(fields)),
                                        http::ok<shared::KubernetesTarget>);
               },
               {kMaxBody, false});
    router.add(Method::Delete, targets + QStringLiteral("/{kubernetes_target}"),
               QStringLiteral("kubernetes_target.delete"), [this](Request &request) {
                   return http::respond(m_targets.remove(request.mutation(), request.param(kProject),
                                                         request.idParam(QStringLiteral("kubernetes_target"))),
                                        http::noContent);
               });
    router.add(Method::Get, QStringLiteral("/api/v1/projects/{project}/kubernetes-rollouts"),
               QStringLiteral("kubernetes_rollout.list"), [this](Request &request) {
                   const QUrlQuery query = request.raw.query();
                   const QString limit = query.queryItemValue(QStringLiteral("limit"));
                   bool numeric = false;
                   const int count = limit.isEmpty() ? 10 : limit.toInt(&numeric);
                   return http::respond(
                       m_targets.rollouts(request.mutation(), request.param(kProject),
                                          query.queryItemValue(QStringLiteral("environment"), QUrl::FullyDecoded),
                                          limit.isEmpty() || numeric ? count : 0),
                       http::itemsResponse<shared::KubernetesRollout>);
               });
    // Asks the cluster now (and keeps the answer on the rollout): a POST, as it acts.
    router.add(Method::Post, QStringLiteral("/api/v1/projects/{project}/kubernetes-drift"),
               QStringLiteral("kubernetes_drift.check"), [this](Request &request) {
                   return http::respond(m_drift.check(request.mutation(), request.param(kProject),
                                                      request.raw.query().queryItemValue(QStringLiteral("environment"),
                                                                                         QUrl::FullyDecoded)),
                                        http::ok<shared::KubernetesDrift>);
               });
}

} // namespace adp::server::kubernetes
