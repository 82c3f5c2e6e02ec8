#include "SchedulesModule.h"

namespace adp::server {

SchedulesModule::SchedulesModule(const Plumbing &p, const access::ProjectGuard &guard,
                                 const access::Authorizer &authorizer, pipelines::PipelineService &pipelines,
                                 scm::RepositoryMirror &mirror, ports::UserDirectory &users, runner::JobFiles &files,
                                 scm::WebhookService &webhooks)
    : repository(p.database, &p.secrets)
    , service({p.database, guard, authorizer, repository, pipelines, mirror, users, p.audit, p.clock})
    , controller(service)
    , m_plumbing(p)
    , m_files(files)
    , m_webhooks(webhooks)
{
}

void SchedulesModule::registerRoutes(http::Router &router)
{
    controller.registerRoutes(router);
}

void SchedulesModule::start(const QString &holder)
{
    if (m_scheduler)
        return;
    m_scheduler = std::make_unique<schedules::PipelineScheduler>(schedules::PipelineScheduler::Dependencies{
        m_plumbing.database, service, m_files, m_webhooks, m_plumbing.clock, holder});
    m_scheduler->start();
}

void SchedulesModule::stop()
{
    m_scheduler.reset();
}

} // namespace adp::server
