#pragma once

#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "core/RequestContext.h"
#include "core/ServiceError.h"
#include "shared/core/ApiToken.h"
#include "storage/Database.h"

namespace adp::server::auth {

// Personal API tokens: created with scopes and an expiry (the secret is
// returned once and only its hash stored), listed, revoked, and resolved to
// an Actor for requests that carry one.
class ApiTokenService
{
public:
    static constexpr const char *kPrefix = "adp_";

    ApiTokenService(storage::Database &database, const audit::AuditRecorder &audit, const Clock &clock)
        : m_database(database), m_audit(audit), m_clock(clock)
    {}

    struct Created
    {
        shared::ApiToken token;
        QString secret;
    };
    Outcome<Created> create(const MutationContext &context, const shared::ApiTokenRequest &request);
    Outcome<QList<shared::ApiToken>> list(const MutationContext &context);
    Outcome<Unit> revoke(const MutationContext &context, qint64 id);

    // nullopt for unknown, revoked or expired tokens, and for disabled users.
    std::optional<Actor> authenticate(const QString &secret);

    static bool looksLikeToken(const QString &secret) { return secret.startsWith(QLatin1String(kPrefix)); }

private:
    storage::Database &m_database;
    const audit::AuditRecorder &m_audit;
    const Clock &m_clock;
};

} // namespace adp::server::auth
