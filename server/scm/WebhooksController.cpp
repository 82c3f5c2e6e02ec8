#include "WebhooksController.h"

#include "http/JsonBody.h"
#include "shared/core/JsonFields.h"

namespace adp::server::scm {

using http::HttpResponse;
using http::Method;
using http::Request;

namespace {
const QString kProject = QStringLiteral("project");
constexpr qint64 kMaxPayload =
    8 * 1024 * 1024; // GitHub caps payloads at 25 MB; a push with thousands of commits is a few MB
} // namespace

void WebhooksController::registerRoutes(http::Router &router)
{
    const auto receiver = [this](WebhookService::Provider provider) {
        return [this, provider](Request &request) {
            const bool github = provider == WebhookService::Provider::GitHub;
            const auto header = [&request](const char *name) { return request.raw.value(QByteArray(name)); };
            const WebhookService::Delivery delivery{
                provider, request.raw.body(), QString::fromUtf8(header(github ? "x-github-event" : "x-gitlab-event")),
                QString::fromUtf8(github ? header("x-github-delivery") : header("x-gitlab-event-uuid")),
                header(github ? "x-hub-signature-256" : "x-gitlab-token")};
            const auto answer = m_webhooks.receive(request.param(kProject), delivery, request.meta);
            return HttpResponse::json(answer.status, answer.body);
        };
    };
    const QString project = QStringLiteral("/api/v1/projects/{project}");
    router.add(Method::Post, project + QStringLiteral("/webhooks/github"), QStringLiteral("webhook.receive"),
               receiver(WebhookService::Provider::GitHub), {.maxBodyBytes = kMaxPayload, .slow = true});
    router.add(Method::Post, project + QStringLiteral("/webhooks/gitlab"), QStringLiteral("webhook.receive"),
               receiver(WebhookService::Provider::GitLab), {.maxBodyBytes = kMaxPayload, .slow = true});
    router.add(Method::Post, project + QStringLiteral("/webhook-secret"), QStringLiteral("project.webhook.set"),
               [this](Request &request) {
                   auto parsed = http::parseJsonObject(request.raw);
                   if (auto *response = std::get_if<HttpResponse>(&parsed))
                       return *response;
                   shared::JsonFieldReader reader(std::get<QJsonObject>(parsed));
                   const auto secret = reader.string(QStringLiteral("secret"));
                   reader.rejectUnknownFields();
                   if (!reader.errors().isEmpty())
                       return http::toHttpResponse(ServiceError::validation(reader.errors()));
                   return http::respond(m_webhooks.setSecret(request.mutation(), request.param(kProject), secret),
                                        http::ok<WebhookService::Setup>);
               },
               {16 * 1024, false});
}

} // namespace adp::server::scm
