#pragma once

#include "Plumbing.h"
#include "scm/RefPoller.h"
#include "scm/RepositoryFilesController.h"
#include "scm/RepositoryTokens.h"
#include "scm/RepositoryTokensController.h"
#include "scm/WebhookService.h"
#include "scm/WebhooksController.h"

#include <memory>

namespace adp::server {

// Where code comes from: repository tokens (also what the mirror fetches with), webhooks from
// GitLab, GitHub and Gitea, polling local repositories, and their routes.
struct ScmModule
{
    ScmModule(const Plumbing &plumbing, ports::ProjectDirectory &projects, const access::ProjectGuard &guard,
              git::RepositoryMirror &mirror, ports::PipelineStarter &pipelines);
    void registerRoutes(http::Router &router);
    // Polls local repositories for new commits every `intervalMs` (0: never).
    void startPolling(qint64 intervalMs);
    void stop();

    scm::RepositoryTokens tokens;
    scm::WebhookRepository webhookRepository;
    scm::WebhookService webhooks;
    scm::WebhooksController webhooksController;
    scm::RepositoryTokensController tokensController;
    scm::RepositoryFiles files;
    scm::RepositoryFilesController filesController;

private:
    const Plumbing &m_plumbing;
    git::RepositoryMirror &m_mirror;
    ports::PipelineStarter &m_pipelines;
    std::unique_ptr<scm::RefPoller> m_poller;
};

} // namespace adp::server
