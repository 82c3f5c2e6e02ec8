#pragma once

#include "ApiTokenRepository.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "core/RequestContext.h"
#include "core/ServiceError.h"
#include "ports/ProjectTokenIssuer.h"
#include "shared/core/ApiToken.h"
#include "shared/core/Roles.h"
#include "storage/Database.h"

namespace adp::server::auth {

// API tokens: created with scopes and an expiry (the secret is returned once
// and only its hash stored), listed, revoked, and resolved to an Actor for
// requests that carry one. Personal tokens act as their owner; project tokens
// (bound to a project and a role there, managed by its maintainers through
// projects::ProjectTokenService) act as their creator, limited to that project.
class ApiTokenService : public ports::ProjectTokenIssuer
{
public:
    static constexpr const char *kPrefix = "adp_";

    ApiTokenService(storage::Database &database, ApiTokenRepository &tokens, const audit::AuditRecorder &audit,
                    const Clock &clock)
        : m_database(database)
        , m_tokens(tokens)
        , m_audit(audit)
        , m_clock(clock)
    {
    }

    using Created = ports::IssuedToken;
    Outcome<Created> create(const MutationContext &context, const shared::ApiTokenRequest &request);
    Outcome<QList<shared::ApiToken>> list(const MutationContext &context);
    Outcome<Unit> revoke(const MutationContext &context, qint64 id);

    // A project's tokens; the caller has checked that the actor maintains it.
    using ProjectRef = ports::TokenProject;
    Outcome<Created> createForProject(const MutationContext &context, const ProjectRef &project,
                                      const shared::ApiTokenRequest &request, shared::ProjectRole role) override;
    QList<shared::ApiToken> listForProject(const ProjectRef &project) override;
    Outcome<Unit> revokeInProject(const MutationContext &context, const ProjectRef &project, qint64 id) override;

    // nullopt for unknown, revoked or expired tokens, and for disabled users.
    std::optional<Actor> authenticate(const QString &secret);

    static bool looksLikeToken(const QString &secret) { return secret.startsWith(QLatin1String(kPrefix)); }

private:
    Outcome<Created> insert(const MutationContext &context, const shared::ApiTokenRequest &request,
                            const ProjectRef *project, shared::ProjectRole role);
    Outcome<Unit> revokeOf(const MutationContext &context, const ApiTokenRepository::Owner &owner, qint64 id);

    storage::Database &m_database;
    ApiTokenRepository &m_tokens;
    const audit::AuditRecorder &m_audit;
    const Clock &m_clock;
};

} // namespace adp::server::auth
