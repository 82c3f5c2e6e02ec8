#pragma once

#include "OAuthLoginStore.h"
#include "ProviderClient.h"
#include "auth/AuthService.h"
#include "auth/OAuthProviderService.h"

#include <functional>

namespace adp::server::oauth {

// Sign-in through GitHub, GitLab or an OpenID Connect provider, for native
// clients (RFC 8252): the client listens on a loopback port, opens
// /start in the browser, the provider sends the browser back to /callback,
// and we send it on to the client's loopback address with a one-time code.
// The client trades that code, with the PKCE verifier only it knows, for a
// session. Towards the provider we are a confidential client with our own
// state, nonce and PKCE.
class OAuthLoginService
{
public:
    struct Dependencies
    {
        auth::OAuthProviderService &providers;
        ProviderClient &client;
        OAuthLoginStore &store;
        auth::UserRepository &users;
        auth::AuthService &auth;
        storage::Database &database;
        const audit::AuditRecorder &audit;
        const Clock &clock;
        std::function<QUrl()> publicUrl; // where the provider sends browsers back to
        // Called once a sign-in proved the user owns `email` (the provider vouches for it): pending invitations.
        std::function<void(const MutationContext &, const QString &email)> onVerifiedEmail;
    };
    explicit OAuthLoginService(Dependencies dependencies)
        : m(std::move(dependencies))
    {
    }

    static constexpr qint64 kLoginTtlMs = 10 * 60 * 1000;
    static constexpr qint64 kCodeTtlMs = 60 * 1000;

    struct Start
    {
        QString provider;
        QString redirectUri;   // the client's loopback listener
        QString codeChallenge; // S256 of the client's verifier
        QString codeChallengeMethod;
        QString state; // the client's, handed back unchanged
    };
    // The provider's authorisation URL to send the browser to.
    Outcome<QUrl> start(const Start &request);

    struct Callback
    {
        QString code;
        QString state;
        QString error;
    };
    // Where to send the browser next: the client's loopback address with
    // ?code=&state= (or ?error=). A forged, replayed or expired state is an
    // error with nowhere to go.
    Outcome<QUrl> callback(const QString &provider, const Callback &callback, const RequestMeta &meta);

    Outcome<auth::LoginResult> exchange(const QString &code, const QString &codeVerifier, const RequestMeta &meta);

    QUrl callbackUrl(const QString &provider) const;
    static QString challengeOf(const QString &verifier);
    static shared::FieldErrors validate(const Start &request);

private:
    // The local account for this person: linked before, linked now by
    // verified email where the provider allows it, or created.
    Outcome<auth::User> accountFor(const auth::OAuthProvider &provider, const ExternalProfile &profile,
                                   const RequestMeta &meta);
    void recordFailure(const QString &provider, const QString &why, const RequestMeta &meta);

    Dependencies m;
};

} // namespace adp::server::oauth
