#include "ProjectService.h"

#include "shared/core/ProjectValidator.h"
#include "storage/StorageError.h"

namespace adp::server::projects {

using shared::Project;

namespace {
ServiceError fieldError(const char *field, const char *code, const QString &message)
{
    return ServiceError::validation({{QString::fromLatin1(field), QString::fromLatin1(code), message}});
}
} // namespace

ServiceError ProjectService::slugTaken()
{
    return ServiceError::conflict(
        QStringLiteral("A project with this slug already exists"),
        {{QStringLiteral("slug"), QString::fromLatin1(shared::fieldcodes::Taken), QStringLiteral("is already taken")}});
}

Outcome<ProjectService::JsonPage> ProjectService::list(const Actor &actor, const shared::ProjectListQuery &query)
{
    std::optional<ProjectCursor> after;
    if (!query.cursor.isEmpty()) {
        after = ProjectCursor::decode(query.cursor, query.sort, query.descending);
        if (!after)
            return fieldError("cursor", shared::fieldcodes::InvalidValue,
                              QStringLiteral("is not a cursor for this sort order"));
    }
    QList<ProjectRepository::ListedRow> rows =
        actor.isAdmin ? m.repository.list(query, after, {}) : visibleRows(actor, query, after);
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

QList<ProjectRepository::ListedRow> ProjectService::visibleRows(const Actor &actor,
                                                                const shared::ProjectListQuery &query,
                                                                std::optional<ProjectCursor> after)
{
    // Most people see most projects of a small team: read ahead along the sort
    // index and keep what the caller may see, which costs next to nothing per
    // row. Where little is visible, let the database filter instead.
    const auto memberships = m.memberships.of(storage::executorOf(m.database), actor.userId);
    const access::Memberships::Index &index = memberships->index;
    const int wanted = query.limit + 1;
    QList<ProjectRepository::ListedRow> kept;
    for (int round = 0; round < kReadAheadRounds; ++round) {
        // First exactly what an administrator would read (most callers see every row), then more.
        const int batch = round == 0 ? wanted : wanted * 2;
        const QList<ProjectRepository::ListedRow> rows = m.repository.list(query, after, {}, batch);
        for (const ProjectRepository::ListedRow &row : rows) {
            if (index.sees(row.id, row.organisationId, row.visibility) && kept.size() < wanted &&
                (actor.projectLimit == 0 || actor.projectLimit == row.id))
                kept.append(row);
        }
        if (kept.size() >= wanted || rows.size() < batch)
            return kept;
        after = ProjectCursor{query.sort, query.descending, rows.constLast().sortKey, rows.constLast().id};
    }
    shared::ProjectListQuery rest = query;
    rest.limit = wanted - int(kept.size()) - 1;
    kept.append(m.repository.list(rest, after, access::AccessResolver::visibleProjects(actor, memberships.get())));
    return kept;
}

Outcome<Project> ProjectService::get(const MutationContext &context, const QString &key)
{
    return m.guard.read(context, key);
}

std::optional<ServiceError> ProjectService::repositoryRefusal(const Actor &actor, const QString &url) const
{
    if (!m_repositoryCheck || url.isEmpty())
        return std::nullopt;
    if (const auto refused = m_repositoryCheck(actor, url))
        return ServiceError::invalidField(QStringLiteral("repository_url"), shared::fieldcodes::InvalidValue, *refused);
    return std::nullopt;
}

Outcome<Project> ProjectService::create(const MutationContext &context, const shared::ProjectFields &fields)
{
    const QString organisationKey = fields.organisation.value_or(QStringLiteral("default"));
    // Finding the organisation and the caller's role in it is one query.
    const auto access = m.authorizer.organisationNamed(context, organisationKey, QStringLiteral("project.create"));
    if (!access.ok())
        return access.error().kind == ServiceError::Kind::NotFound
                   ? fieldError("organisation", shared::fieldcodes::InvalidValue,
                                QStringLiteral("is not an organisation you belong to"))
                   : access.error();

    Project project;
    fields.applyTo(project);
    project.organisation = access.value().slug;
    const shared::FieldErrors errors = shared::ProjectValidator::validate(project);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    if (const auto refused = repositoryRefusal(context.actor, project.repositoryUrl))
        return *refused;

    project.createdAt = project.updatedAt = m.clock.now();
    project.createdBy = context.actor.username;
    events::Audience audience;
    try {
        storage::Transaction tx(m.database);
        project = m.repository.insert(tx, project, access.value().organisationId, context.actor.userId);
        if (context.actor.userId > 0)
            m.members.add(tx, project.id, shared::Member::Kind::User, context.actor.userId,
                          shared::ProjectRole::Maintainer, m.clock.nowMs());
        m.audit.record(tx, context,
                       {QStringLiteral("project.created"),
                        QStringLiteral("project"),
                        QString::number(project.id),
                        {},
                        project.toJson(),
                        shared::AuditScope{access.value().organisationId, project.id, 0}});
        // Who hears of it, read with the commit (one round trip on PostgreSQL; it sees the grant above).
        const auto audienceQuery =
            access::AccessResolver::projectAudienceQuery(project.id, shared::visibilityToString(project.visibility));
        if (audienceQuery)
            audience = access::AccessResolver::audienceOf(tx.commitWith(audienceQuery->sql, audienceQuery->params));
        else
            tx.commit();
    } catch (const storage::StorageError &error) {
        if (error.kind() == storage::StorageError::Kind::UniqueViolation)
            return slugTaken();
        throw;
    }
    publish(project.id, QStringLiteral("project.created"), project.toJson(), &audience);
    return project;
}

Outcome<Project> ProjectService::update(const MutationContext &context, const QString &key,
                                        const shared::ProjectFields &fields)
{
    const auto found = m.guard.authorize(context, key, QStringLiteral("project.update"));
    if (!found.ok())
        return found.error();
    if (fields.organisation && *fields.organisation != found.value().project.organisation &&
        *fields.organisation != QString::number(found.value().organisationId))
        return fieldError(
            "organisation", shared::fieldcodes::InvalidValue,
            QStringLiteral("cannot be changed: moving a project to another organisation is not supported"));
    Project updated;
    try {
        storage::Transaction tx(m.database);
        const auto current = m.repository.findForUpdate(tx, found.value().project.id);
        if (!current)
            return ServiceError::notFound(QStringLiteral("Project"));
        updated = *current;
        fields.applyTo(updated);
        const shared::FieldErrors errors = shared::ProjectValidator::validate(updated);
        if (!errors.isEmpty())
            return ServiceError::validation(errors);
        if (updated.repositoryUrl != current->repositoryUrl) {
            if (const auto refused = repositoryRefusal(context.actor, updated.repositoryUrl))
                return *refused;
        }
        if (updated == *current)
            return updated; // nothing changed: no write, no audit noise
        updated.updatedAt = std::max(m.clock.now(), current->updatedAt);
        m.repository.update(tx, updated);
        m.audit.record(tx, context,
                       {QStringLiteral("project.updated"), QStringLiteral("project"), QString::number(updated.id),
                        current->toJson(), updated.toJson()});
        tx.commit();
    } catch (const storage::StorageError &error) {
        if (error.kind() == storage::StorageError::Kind::UniqueViolation)
            return slugTaken();
        throw;
    }
    publish(updated.id, QStringLiteral("project.updated"), updated.toJson());
    return updated;
}

Outcome<Unit> ProjectService::remove(const MutationContext &context, const QString &key)
{
    const auto found = m.guard.authorize(context, key, QStringLiteral("project.delete"));
    if (!found.ok())
        return found.error();
    Project removed;
    events::Audience audience;
    {
        storage::Transaction tx(m.database);
        const auto current = m.repository.findForUpdate(tx, found.value().project.id);
        if (!current)
            return ServiceError::notFound(QStringLiteral("Project"));
        removed = *current;
        // Asked before the delete: afterwards nobody is a member any more.
        audience = access::AccessResolver::projectAudience(storage::executorOf(tx), removed.id);
        m.audit.record(tx, context,
                       {QStringLiteral("project.deleted"),
                        QStringLiteral("project"),
                        QString::number(removed.id),
                        removed.toJson(),
                        {}});
        m.repository.remove(tx, removed.id);
        tx.commit();
    }
    publish(removed.id, QStringLiteral("project.deleted"),
            {{QStringLiteral("id"), removed.id}, {QStringLiteral("slug"), removed.slug}}, &audience);
    return Unit{};
}

void ProjectService::publish(qint64 projectId, const QString &type, const QJsonObject &data,
                             const events::Audience *known)
{
    const events::Audience audience =
        known ? *known : access::AccessResolver::projectAudience(storage::executorOf(m.database), projectId);
    m.events.publish(QString::fromLatin1(kTopic), type, data, audience);
}

} // namespace adp::server::projects
