#include "SchedulesModule.h"

namespace adp::server {

SchedulesModule::SchedulesModule(const Plumbing &p, const access::ProjectGuard &guard,
                                 const access::Authorizer &authorizer, ports::PipelineStarter &pipelines,
                                 git::RepositoryMirror &mirror, ports::UserDirectory &users,
                                 QList<ports::Housekeeping *> chores)
    : repository(p.database, &p.secrets)
    , service({p.database, guard, authorizer, repository, pipelines, mirror, users, p.audit, p.clock})
    , controller(service)
    , m_plumbing(p)
    , m_chores(std::move(chores))
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
    m_scheduler = std::make_unique<schedules::PipelineScheduler>(
        schedules::PipelineScheduler::Dependencies{m_plumbing.database, service, m_chores, m_plumbing.clock, holder});
    m_scheduler->start();
}

void SchedulesModule::stop()
{
    m_scheduler.reset();
}

} // namespace adp::server
