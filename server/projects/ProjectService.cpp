#include "ProjectService.h"

#include "shared/core/ProjectValidator.h"
#include "storage/StorageError.h"

namespace adp::server::projects {

using shared::Project;

ProjectService::ProjectService(storage::Database &database, ProjectRepository &repository,
                               const audit::AuditRecorder &audit, events::EventPublisher &events, const Clock &clock)
    : m_database(database), m_repository(repository), m_audit(audit), m_events(events), m_clock(clock)
{}

ServiceError ProjectService::slugTaken()
{
    return ServiceError::conflict(QStringLiteral("A project with this slug already exists"),
                                  {{QStringLiteral("slug"), QString::fromLatin1(shared::fieldcodes::Taken),
                                    QStringLiteral("is already taken")}});
}

Outcome<ProjectService::JsonPage> ProjectService::list(const shared::ProjectListQuery &query)
{
    std::optional<ProjectCursor> after;
    if (!query.cursor.isEmpty()) {
        after = ProjectCursor::decode(query.cursor, query.sort, query.descending);
        if (!after)
            return ServiceError::validation({{QStringLiteral("cursor"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                                              QStringLiteral("is not a cursor for this sort order")}});
    }
    QList<ProjectRepository::ListedRow> rows = m_repository.list(query, after);
    JsonPage page;
    if (rows.size() > query.limit) {
        rows.resize(query.limit);
        const ProjectRepository::ListedRow &last = rows.constLast();
        page.nextCursor = ProjectCursor{query.sort, query.descending, last.sortKey, last.id}.encode();
    }
    page.items.reserve(rows.size());
    for (ProjectRepository::ListedRow &row : rows)
        page.items.append(std::move(row.json));
    return page;
}

Outcome<Project> ProjectService::get(const QString &key)
{
    if (auto project = m_repository.find(key))
        return *project;
    return ServiceError::notFound(QStringLiteral("Project"));
}

Outcome<Project> ProjectService::create(const MutationContext &context, const shared::ProjectFields &fields)
{
    Project project;
    fields.applyTo(project);
    const shared::FieldErrors errors = shared::ProjectValidator::validate(project);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);

    project.createdAt = project.updatedAt = m_clock.now();
    project.createdBy = context.actor.username;
    try {
        storage::Transaction tx(m_database);
        project = m_repository.insert(tx, project, context.actor.userId);
        m_audit.record(tx, context, {QStringLiteral("project.created"), QStringLiteral("project"),
                                     QString::number(project.id), {}, project.toJson()});
        tx.commit();
    } catch (const storage::StorageError &error) {
        if (error.kind() == storage::StorageError::Kind::UniqueViolation)
            return slugTaken();
        throw;
    }
    m_events.publish(QString::fromLatin1(kTopic), QStringLiteral("project.created"), project.toJson());
    return project;
}

Outcome<Project> ProjectService::update(const MutationContext &context, const QString &key,
                                        const shared::ProjectFields &fields)
{
    Project updated;
    try {
        storage::Transaction tx(m_database);
        const auto current = m_repository.findForUpdate(tx, key);
        if (!current)
            return ServiceError::notFound(QStringLiteral("Project"));
        updated = *current;
        fields.applyTo(updated);
        const shared::FieldErrors errors = shared::ProjectValidator::validate(updated);
        if (!errors.isEmpty())
            return ServiceError::validation(errors);
        if (updated == *current)
            return updated; // nothing changed: no write, no audit noise
        updated.updatedAt = std::max(m_clock.now(), current->updatedAt);
        m_repository.update(tx, updated);
        m_audit.record(tx, context, {QStringLiteral("project.updated"), QStringLiteral("project"),
                                     QString::number(updated.id), current->toJson(), updated.toJson()});
        tx.commit();
    } catch (const storage::StorageError &error) {
        if (error.kind() == storage::StorageError::Kind::UniqueViolation)
            return slugTaken();
        throw;
    }
    m_events.publish(QString::fromLatin1(kTopic), QStringLiteral("project.updated"), updated.toJson());
    return updated;
}

Outcome<Unit> ProjectService::remove(const MutationContext &context, const QString &key)
{
    Project removed;
    {
        storage::Transaction tx(m_database);
        const auto current = m_repository.findForUpdate(tx, key);
        if (!current)
            return ServiceError::notFound(QStringLiteral("Project"));
        removed = *current;
        m_repository.remove(tx, removed.id);
        m_audit.record(tx, context, {QStringLiteral("project.deleted"), QStringLiteral("project"),
                                     QString::number(removed.id), removed.toJson(), {}});
        tx.commit();
    }
    m_events.publish(QString::fromLatin1(kTopic), QStringLiteral("project.deleted"),
                     {{QStringLiteral("id"), removed.id}, {QStringLiteral("slug"), removed.slug}});
    return Unit{};
}

} // namespace adp::server::projects
