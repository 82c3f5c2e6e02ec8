#include "ProtectedRefsController.h"

#include "http/JsonBody.h"

namespace adp::server::pipelines {

using http::HttpResponse;
using http::Method;
using http::Request;

namespace {
const QString kProject = QStringLiteral("project");
constexpr qint64 kMaxBody = 4 * 1024;
} // namespace

void ProtectedRefsController::registerRoutes(http::Router &router)
{
    const QString refs = QStringLiteral("/api/v1/projects/{project}/protected-refs");
    router.add(Method::Get, refs, QStringLiteral("protected_ref.list"), [this](Request &request) {
        return http::respond(m_refs.list(request.mutation(), request.param(kProject)),
                             http::itemsResponse<shared::ProtectedRef>);
    });
    router.add(Method::Post, refs, QStringLiteral("protected_ref.create"),
               [this](Request &request) {
                   auto fields = http::readFields<shared::ProtectedRefFields>(request.raw);
                   if (auto *response = std::get_if<HttpResponse>(&fields))
                       return *response;
                   return http::respond(m_refs.create(request.mutation(), request.param(kProject),
                                                      std::get<shared::ProtectedRefFields>(fields)),
                                        http::created<shared::ProtectedRef>);
               },
               {kMaxBody, false});
    router.add(Method::Delete, refs + QStringLiteral("/{protected_ref}"), QStringLiteral("protected_ref.delete"),
               [this](Request &request) {
                   return http::respond(m_refs.remove(request.mutation(), request.param(kProject),
                                                      request.idParam(QStringLiteral("protected_ref"))),
                                        http::noContent);
               });
}

} // namespace adp::server::pipelines
