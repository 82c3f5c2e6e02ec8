#pragma once

#include "PipelineRepository.h"
#include "PipelineService.h"
#include "access/MembershipCache.h"

namespace adp::server::pipelines {

// What runs and what ran across every project the caller may see: the desktop's home dashboard
// (what needs me, what runs now, recent activity). Reads only.
class ActivityService
{
public:
    ActivityService(storage::Database &database, PipelineRepository &pipelines, access::MembershipCache &memberships)
        : m_database(database)
        , m_pipelines(pipelines)
        , m_memberships(memberships)
    {
    }

    struct PipelineQuery
    {
        QStringList statuses; // empty: any
        bool mine = false;    // only those the caller started
        qint64 beforeId = 0;
        int limit = 20;
    };
    Outcome<PipelineService::Page> pipelines(const MutationContext &context, const PipelineQuery &query);
    // Jobs in `statuses` (running and pending by default), newest first.
    Outcome<QList<shared::ActiveJob>> jobs(const MutationContext &context, QStringList statuses, int limit);

private:
    access::SqlCondition visibleTo(const Actor &actor);

    storage::Database &m_database;
    PipelineRepository &m_pipelines;
    access::MembershipCache &m_memberships;
};

} // namespace adp::server::pipelines
