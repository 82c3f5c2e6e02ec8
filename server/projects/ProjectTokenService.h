#pragma once

#include "access/ProjectGuard.h"
#include "ports/ProjectTokenIssuer.h"

namespace adp::server::projects {

// A project's API tokens, managed by its maintainers: for CI jobs and
// scripts that should reach one project and nothing else. A token's role is
// at most its creator's, and it acts as its creator, so it loses what they lose.
class ProjectTokenService
{
public:
    ProjectTokenService(const access::ProjectGuard &projects, ports::ProjectTokenIssuer &tokens)
        : m_projects(projects)
        , m_tokens(tokens)
    {
    }

    Outcome<QList<shared::ApiToken>> list(const MutationContext &context, const QString &projectKey);
    // `invalid` holds what was wrong with the request body; it is reported
    // only to those who may create tokens here (others learn nothing).
    Outcome<ports::IssuedToken> create(const MutationContext &context, const QString &projectKey,
                                       const shared::ApiTokenRequest &request, const shared::FieldErrors &invalid);
    Outcome<Unit> revoke(const MutationContext &context, const QString &projectKey, qint64 tokenId);

private:
    const access::ProjectGuard &m_projects;
    ports::ProjectTokenIssuer &m_tokens;
};

} // namespace adp::server::projects
