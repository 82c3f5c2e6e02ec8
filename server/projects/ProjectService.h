#pragma once

#include "ProjectMemberRepository.h"
#include "ProjectRepository.h"
#include "access/Authorizer.h"
#include "access/MembershipCache.h"
#include "access/ProjectGuard.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "core/RequestContext.h"
#include "core/ServiceError.h"
#include "events/Event.h"
#include "shared/core/ProjectFields.h"

#include <functional>

namespace adp::server::projects {

// Business rules for projects: who may see and change them, validation,
// unique slugs, audit and live events. Knows nothing about HTTP.
class ProjectService
{
public:
    static constexpr const char *kTopic = "projects";

    struct Dependencies
    {
        storage::Database &database;
        ProjectRepository &repository;
        ProjectMemberRepository &members;
        const access::Authorizer &authorizer;
        const access::ProjectGuard &guard;
        access::MembershipCache &memberships;
        const audit::AuditRecorder &audit;
        events::EventPublisher &events;
        const Clock &clock;
    };
    explicit ProjectService(Dependencies dependencies)
        : m(dependencies)
    {
    }
    // Why `actor` may not point a project at `url` (a local path outside what is allowed), or nullopt.
    using RepositoryCheck = std::function<std::optional<QString>(const Actor &actor, const QString &url)>;
    void setRepositoryCheck(RepositoryCheck check) { m_repositoryCheck = std::move(check); }

    // A page as the API sends it: each item is its stored JSON object.
    struct JsonPage
    {
        QList<QByteArray> items;
        QString nextCursor;
    };
    // Only the projects the caller may see.
    Outcome<JsonPage> list(const Actor &actor, const shared::ProjectListQuery &query);

    // The project with the caller's role in `myRole`.
    Outcome<shared::Project> get(const MutationContext &context, const QString &key);
    // The project goes to `fields.organisation` (default: "default"); its creator becomes maintainer.
    Outcome<shared::Project> create(const MutationContext &context, const shared::ProjectFields &fields);
    Outcome<shared::Project> update(const MutationContext &context, const QString &key,
                                    const shared::ProjectFields &fields);
    Outcome<Unit> remove(const MutationContext &context, const QString &key);

    // Tells the project's audience that something about it changed.
    void publish(qint64 projectId, const QString &type, const QJsonObject &data,
                 const events::Audience *known = nullptr);

private:
    static constexpr int kReadAheadRounds = 2;
    // One page (plus one row) of what `actor` may see, after `after`.
    QList<ProjectRepository::ListedRow> visibleRows(const Actor &actor, const shared::ProjectListQuery &query,
                                                    std::optional<ProjectCursor> after);
    static ServiceError slugTaken();
    std::optional<ServiceError> repositoryRefusal(const Actor &actor, const QString &url) const;

    Dependencies m;
    RepositoryCheck m_repositoryCheck;
};

} // namespace adp::server::projects
