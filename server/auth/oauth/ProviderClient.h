#pragma once

#include "ExternalProfile.h"
#include "auth/OAuthProviderService.h"
#include "core/ServiceError.h"

#include <QHash>
#include <QMutex>

namespace adp::server::oauth {

struct ProviderEndpoints
{
    QString issuer;
    QUrl authorize;
    QUrl token;
    QUrl userinfo;
    QUrl jwks; // OpenID Connect only
};

// Talks to one kind of provider: finds its endpoints (OIDC discovery, cached
// for five minutes), trades an authorisation code for tokens, and turns what
// it says about the person into an ExternalProfile. Thread-safe.
class ProviderClient
{
public:
    struct Tokens
    {
        QString accessToken;
        QByteArray idToken;
    };

    Outcome<ProviderEndpoints> endpoints(const auth::OAuthProvider &provider);
    Outcome<Tokens> exchange(const ProviderEndpoints &endpoints, const auth::OAuthProvider &provider,
                             const QString &clientSecret, const QString &code, const QString &verifier,
                             const QUrl &redirectUri);
    Outcome<ExternalProfile> profile(const ProviderEndpoints &endpoints, const auth::OAuthProvider &provider,
                                     const Tokens &tokens, const QString &nonce, qint64 nowSeconds);

private:
    Outcome<ProviderEndpoints> discover(const QString &issuer);
    Outcome<QJsonArray> keys(const ProviderEndpoints &endpoints, bool refresh);

    struct Cached
    {
        ProviderEndpoints endpoints;
        QJsonArray keys;
        qint64 expiresAtMs = 0;
    };
    QMutex m_mutex;
    QHash<QString, Cached> m_discovered; // by issuer
};

} // namespace adp::server::oauth
