#include "ActivityService.h"

namespace adp::server::pipelines {

access::SqlCondition ActivityService::visibleTo(const Actor &actor)
{
    if (actor.isAdmin && actor.projectLimit == 0)
        return {};
    const auto memberships = m_memberships.of(storage::executorOf(m_database), actor.userId);
    access::SqlCondition visible = access::AccessResolver::visibleProjects(actor, memberships.get());
    if (visible.sql.isEmpty()) { // an administrator's project token: that project only
        visible.sql = QStringLiteral("projects.id = ?");
        visible.params = {actor.projectLimit};
    }
    return visible;
}

Outcome<PipelineService::Page> ActivityService::pipelines(const MutationContext &context, const PipelineQuery &query)
{
    PipelineRepository::AcrossQuery across;
    across.statuses = query.statuses;
    across.triggeredBy = query.mine ? context.actor.userId : 0;
    across.beforeId = query.beforeId;
    across.limit = query.limit + 1;
    PipelineService::Page page;
    if (query.mine && context.actor.userId <= 0)
        return page; // the server itself started nothing through a person
    page.items = m_pipelines.listAcross(visibleTo(context.actor), across);
    if (page.items.size() > query.limit) {
        page.items.resize(query.limit);
        page.nextCursor = QString::number(page.items.constLast().id);
    }
    return page;
}

Outcome<QList<shared::ActiveJob>> ActivityService::jobs(const MutationContext &context, QStringList statuses, int limit)
{
    if (statuses.isEmpty())
        statuses = {QStringLiteral("running"), QStringLiteral("pending")};
    return m_pipelines.jobsAcross(visibleTo(context.actor), statuses, limit);
}

} // namespace adp::server::pipelines
