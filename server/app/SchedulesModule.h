#pragma once

#include "Plumbing.h"
#include "schedules/PipelineScheduler.h"
#include "schedules/ScheduleService.h"
#include "schedules/SchedulesController.h"

#include <memory>

namespace adp::server {

// Pipeline schedules, their routes, and the timer that runs them on the replica holding the lease.
struct SchedulesModule
{
    SchedulesModule(const Plumbing &plumbing, const access::ProjectGuard &guard, const access::Authorizer &authorizer,
                    ports::PipelineStarter &pipelines, git::RepositoryMirror &mirror, ports::UserDirectory &users,
                    QList<ports::Housekeeping *> chores);
    void registerRoutes(http::Router &router);
    // `holder` names this replica for the scheduler's lease.
    void start(const QString &holder);
    void stop(); // waits, and hands the lease over

    schedules::ScheduleRepository repository;
    schedules::ScheduleService service;
    schedules::SchedulesController controller;

private:
    const Plumbing &m_plumbing;
    QList<ports::Housekeeping *> m_chores;
    std::unique_ptr<schedules::PipelineScheduler> m_scheduler;
};

} // namespace adp::server
