#pragma once

#include "ProjectRepository.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "core/RequestContext.h"
#include "core/ServiceError.h"
#include "events/Event.h"
#include "shared/core/ProjectFields.h"

namespace adp::server::projects {

// Business rules for projects: validation, unique slugs, audit and live
// events. Knows nothing about HTTP.
class ProjectService
{
public:
    static constexpr const char *kTopic = "projects";

    ProjectService(storage::Database &database, ProjectRepository &repository, const audit::AuditRecorder &audit,
                   events::EventPublisher &events, const Clock &clock);

    // A page as the API sends it: each item is its stored JSON object.
    struct JsonPage
    {
        QList<QByteArray> items;
        QString nextCursor;
    };
    Outcome<JsonPage> list(const shared::ProjectListQuery &query);
    Outcome<shared::Project> get(const QString &key);
    Outcome<shared::Project> create(const MutationContext &context, const shared::ProjectFields &fields);
    Outcome<shared::Project> update(const MutationContext &context, const QString &key,
                                    const shared::ProjectFields &fields);
    Outcome<Unit> remove(const MutationContext &context, const QString &key);

private:
    static ServiceError slugTaken();

    storage::Database &m_database;
    ProjectRepository &m_repository;
    const audit::AuditRecorder &m_audit;
    events::EventPublisher &m_events;
    const Clock &m_clock;
};

} // namespace adp::server::projects
