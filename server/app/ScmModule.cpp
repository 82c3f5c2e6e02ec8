#include "ScmModule.h"

namespace adp::server {

ScmModule::ScmModule(const Plumbing &p, ports::ProjectDirectory &projects, const access::ProjectGuard &guard,
                     git::RepositoryMirror &mirror, ports::PipelineStarter &pipelines)
    : tokens({p.database, guard, p.secrets, p.audit, p.clock})
    , webhookRepository(p.database)
    , webhooks(
          {p.database, projects, guard, webhookRepository, pipelines, mirror, p.secrets, p.audit, p.clock, p.publicUrl})
    , webhooksController(webhooks)
    , tokensController(tokens)
    , files({guard, mirror})
    , filesController(files)
    , m_plumbing(p)
    , m_mirror(mirror)
    , m_pipelines(pipelines)
{
    mirror.setCredentials([this](qint64 projectId) -> std::optional<QString> {
        const auto access = tokens.accessOf(projectId);
        return access ? std::optional(scm::RepositoryTokens::gitAuthorization(*access)) : std::nullopt;
    });
}

void ScmModule::registerRoutes(http::Router &router)
{
    webhooksController.registerRoutes(router);
    tokensController.registerRoutes(router);
    filesController.registerRoutes(router);
}

void ScmModule::startPolling(qint64 intervalMs)
{
    if (intervalMs <= 0 || m_poller)
        return;
    m_poller = std::make_unique<scm::RefPoller>(
        scm::RefPoller::Dependencies{m_plumbing.database, m_mirror, m_pipelines, m_plumbing.clock, intervalMs});
    m_poller->start();
}

void ScmModule::stop()
{
    m_poller.reset(); // stops and waits
}

} // namespace adp::server
