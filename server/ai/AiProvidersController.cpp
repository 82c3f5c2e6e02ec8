#include "AiProvidersController.h"

#include "http/JsonBody.h"

namespace adp::server::ai {

using http::Method;
using http::Request;

namespace {
const QString kOrganisation = QStringLiteral("organisation");
const QString kProvider = QStringLiteral("ai_provider");
constexpr qint64 kMaxBody = 16 * 1024;

using Fields = shared::AiProviderFields;
} // namespace

void AiProvidersController::registerRoutes(http::Router &router)
{
    const QString all = QStringLiteral("/api/v1/organisations/{organisation}/ai-providers");
    const QString one = all + QStringLiteral("/{ai_provider}");
    router.add(Method::Get, all, QStringLiteral("ai.provider.list"), [this](Request &request) {
        return http::respond(m_providers.list(request.mutation(), request.param(kOrganisation)),
                             http::itemsResponse<shared::AiProvider>);
    });
    router.add(Method::Post, all, QStringLiteral("ai.provider.create"),
               [this](Request &request) {
                   return http::withFieldsDeferringErrors<Fields>(
                       request.raw, [&](const Fields &fields, const shared::FieldErrors &invalid) {
                           return http::respond(
                               m_providers.create(request.mutation(), request.param(kOrganisation), fields, invalid),
                               http::created<shared::AiProvider>);
                       });
               },
               {kMaxBody, false});
    router.add(Method::Get, one, QStringLiteral("ai.provider.read"), [this](Request &request) {
        return http::respond(
            m_providers.get(request.mutation(), request.param(kOrganisation), request.idParam(kProvider)),
            http::ok<shared::AiProvider>);
    });
    router.add(Method::Patch, one, QStringLiteral("ai.provider.update"),
               [this](Request &request) {
                   return http::withFieldsDeferringErrors<Fields>(
                       request.raw, [&](const Fields &fields, const shared::FieldErrors &invalid) {
                           return http::respond(m_providers.update(request.mutation(), request.param(kOrganisation),
                                                                   request.idParam(kProvider), fields, invalid),
                                                http::ok<shared::AiProvider>);
                       });
               },
               {kMaxBody, false});
    router.add(Method::Delete, one, QStringLiteral("ai.provider.delete"), [this](Request &request) {
        return http::respond(
            m_providers.remove(request.mutation(), request.param(kOrganisation), request.idParam(kProvider)),
            http::noContent);
    });
}

} // namespace adp::server::ai
