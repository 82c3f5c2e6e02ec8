#pragma once

#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "core/RequestContext.h"
#include "core/ServiceError.h"
#include "crypto/SecretBox.h"
#include "storage/Database.h"

#include <QUrl>

namespace adp::server::auth {

// A configured sign-in provider. The client secret is only ever held sealed,
// except in `clientSecret` right before it is used.
struct OAuthProvider
{
    qint64 id = 0;
    QString name; // also the path segment: /auth/oauth/{name}/start
    QString type; // github | gitlab | oidc
    QString clientId;
    QString issuer;
    QUrl authorizeUrl; // empty for oidc: found by discovery at sign-in
    QUrl tokenUrl;
    QUrl userinfoUrl;
    QString scopes;
    // May a first sign-in attach to an existing local account with the same,
    // provider-verified email? Off unless the admin says so.
    bool linkByEmail = false;

    QJsonObject toPublicJson() const; // what the sign-in screen may know
};

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

    OAuthProviderService(storage::Database &database, const crypto::SecretBox &secrets,
                         const audit::AuditRecorder &audit, const Clock &clock)
        : m_database(database)
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
    const crypto::SecretBox &m_secrets;
    const audit::AuditRecorder &m_audit;
    const Clock &m_clock;
};

} // namespace adp::server::auth
