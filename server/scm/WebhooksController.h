#pragma once

#include "WebhookService.h"
#include "http/Router.h"

namespace adp::server::scm {

// POST /api/v1/projects/{project}/webhooks/github|gitlab (anyone; the
// signature decides) and POST /api/v1/projects/{project}/webhook-secret.
class WebhooksController
{
public:
    explicit WebhooksController(WebhookService &webhooks)
        : m_webhooks(webhooks)
    {
    }
    void registerRoutes(http::Router &router);

private:
    WebhookService &m_webhooks;
};

} // namespace adp::server::scm
