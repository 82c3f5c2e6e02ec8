#pragma once

#include "ProjectService.h"
#include "ports/OrganisationDirectory.h"
#include "ports/UserDirectory.h"

namespace adp::server::projects {

// Who belongs to a project and with which role: users from anywhere on the
// server, teams from the project's own organisation.
class ProjectMemberService
{
public:
    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &guard;
        ProjectService &projects; // tells the project's audience
        ProjectMemberRepository &members;
        ports::UserDirectory &users;
        ports::TeamDirectory &teams;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    explicit ProjectMemberService(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Outcome<QList<shared::Member>> list(const MutationContext &context, const QString &projectKey);
    // Adds the member or changes their role. `role` is what the client sent (validated here).
    Outcome<shared::Member> set(const MutationContext &context, const QString &projectKey, shared::Member::Kind kind,
                                const QString &name, const std::optional<QString> &role);
    Outcome<Unit> remove(const MutationContext &context, const QString &projectKey, shared::Member::Kind kind,
                         const QString &name);

private:
    // The id of the named user, or of the named team in the project's organisation.
    Outcome<qint64> resolve(shared::Member::Kind kind, const QString &name, qint64 organisationId);

    Dependencies m;
};

} // namespace adp::server::projects
