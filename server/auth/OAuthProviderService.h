#pragma once

#include "OAuthProviderRepository.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "core/RequestContext.h"
#include "core/ServiceError.h"
#include "crypto/SecretBox.h"
#include "storage/Database.h"

#include <QUrl>

namespace adp::server::auth {

// Adds, lists and removes sign-in providers, with GitHub and GitLab presets
// and OpenID Connect by issuer. Every change is an audit event.
class OAuthProviderService
{
public:
    struct Input
    {
        QString name;
        QString type;
        QString clientId;
        QString clientSecret;
        QString issuer;
        bool linkByEmail = false;
    };

    OAuthProviderService(storage::Database &database, OAuthProviderRepository &providers,
                         const crypto::SecretBox &secrets, const audit::AuditRecorder &audit, const Clock &clock)
        : m_database(database)
        , m_providers(providers)
        , m_secrets(secrets)
        , m_audit(audit)
        , m_clock(clock)
    {
    }

    Outcome<OAuthProvider> add(const MutationContext &context, const Input &input);
    QList<OAuthProvider> list();
    std::optional<OAuthProvider> find(const QString &name);
    Outcome<Unit> remove(const MutationContext &context, const QString &name);
    // The client secret, unsealed, for the token exchange.
    std::optional<QString> clientSecret(const QString &name);

    static shared::FieldErrors validate(const Input &input);

private:
    storage::Database &m_database;
    OAuthProviderRepository &m_providers;
    const crypto::SecretBox &m_secrets;
    const audit::AuditRecorder &m_audit;
    const Clock &m_clock;
};

} // namespace adp::server::auth
