#include "KubernetesExecutorController.h"

#include "http/JsonBody.h"
#include "http/Request.h"

namespace adp::server::kubernetes {

using http::HttpResponse;
using http::Method;
using http::Request;

namespace {
const QString kProject = QStringLiteral("project");
constexpr qint64 kMaxBody = 16 * 1024;
} // namespace

void KubernetesExecutorController::registerRoutes(http::Router &router)
{
    const QString path = QStringLiteral("/api/v1/projects/{project}/kubernetes-executor");
    router.add(Method::Get, path, QStringLiteral("kubernetes_executor.get"), [this](Request &request) {
        return http::respond(m_executors.get(request.mutation(), request.param(kProject)),
                             http::ok<shared::KubernetesExecutor>);
    });
    router.add(Method::Put, path, QStringLiteral("kubernetes_executor.set"),
               [this](Request &request) {
                   auto fields = http::readFields<shared::KubernetesExecutorFields>(request.raw);
                   if (auto *response = std::get_if<HttpResponse>(&fields))
                       return *response;
                   return http::respond(m_executors.put(request.mutation(), request.param(kProject),
                                                        std::get<shared::KubernetesExecutorFields>(fields)),
                                        http::ok<shared::KubernetesExecutor>);
               },
               {kMaxBody, false});
    router.add(Method::Delete, path, QStringLiteral("kubernetes_executor.delete"), [this](Request &request) {
        return http::respond(m_executors.remove(request.mutation(), request.param(kProject)), http::noContent);
    });
}

} // namespace adp::server::kubernetes
