#pragma once

#include "Authorizer.h"
#include "ports/ProjectDirectory.h"

namespace adp::server::access {

// The project-scoped check every feature makes before touching what belongs to a project
// (pipelines, variables, schedules, rules, tokens, ...): finds the project a request names and
// checks the action on it for the caller, so those features need nothing from projects/.
class ProjectGuard
{
public:
    ProjectGuard(ports::ProjectDirectory &projects, const Authorizer &authorizer)
        : m_projects(projects)
        , m_authorizer(authorizer)
    {
    }

    // Finds the project (`key`: id or slug) and checks `action` on it; the caller's role in `role`.
    Outcome<ports::ProjectEntry> authorize(const MutationContext &context, const QString &key, const QString &action,
                                           shared::ProjectRole *role = nullptr) const;
    // Checks `action` on the project that a pipeline, job, schedule or rule belongs to (`projectId`,
    // nothing when that thing does not exist). Both a missing thing and a project the caller may not
    // see answer "<what> not found", so nothing about a hidden project leaks.
    Outcome<qint64> authorizeWithin(const MutationContext &context, std::optional<qint64> projectId,
                                    const QString &action, const QString &what,
                                    shared::ProjectRole *role = nullptr) const;
    // A thing of a project (anything with a `projectId`: a schedule, a rule, ...) as loaded, once
    // `action` is checked on its project; "<what> not found" when it is missing or its project hidden.
    template <typename Thing>
    Outcome<Thing> authorizeThing(const MutationContext &context, std::optional<Thing> thing, const QString &action,
                                  const QString &what, shared::ProjectRole *role = nullptr) const
    {
        const auto allowed = authorizeWithin(context, thing ? std::optional<qint64>(thing->projectId) : std::nullopt,
                                             action, what, role);
        if (!allowed.ok())
            return allowed.error();
        return std::move(*thing);
    }
    // The project with the caller's role in `myRole`, when they may read it.
    Outcome<shared::Project> read(const MutationContext &context, const QString &key) const;

private:
    ports::ProjectDirectory &m_projects;
    const Authorizer &m_authorizer;
};

} // namespace adp::server::access
