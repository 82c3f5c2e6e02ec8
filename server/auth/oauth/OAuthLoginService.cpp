#include "OAuthLoginService.h"

#include "crypto/PasswordHasher.h"
#include "shared/core/Pkce.h"
#include "storage/StorageError.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrlQuery>
#include <openssl/crypto.h>
#include <spdlog/spdlog.h>

namespace adp::server::oauth {

using auth::User;

namespace {
shared::FieldError fieldError(const char *field, const char *code, const QString &message)
{
    return {QString::fromLatin1(field), QString::fromLatin1(code), message};
}

bool isLoopbackRedirect(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"http" || url.port() <= 0 || !url.userInfo().isEmpty() ||
        url.hasFragment() || url.hasQuery())
        return false;
    // RFC 8252 7.3: a loopback IP literal, never a name that DNS could answer.
    return url.host() == u"127.0.0.1" || url.host() == u"::1";
}

QUrl withQuery(QUrl url, const QList<QPair<QString, QString>> &items)
{
    QUrlQuery query;
    for (const auto &[key, value] : items)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(query);
    return url;
}

ServiceError invalidSignIn()
{
    return ServiceError::validation(
        {fieldError("state", shared::fieldcodes::InvalidValue,
                    QStringLiteral("this sign-in link is unknown, expired or already used; start again"))});
}
} // namespace

QString OAuthLoginService::challengeOf(const QString &verifier)
{
    return shared::pkceChallenge(verifier);
}

QUrl OAuthLoginService::callbackUrl(const QString &provider) const
{
    QUrl url = m.publicUrl();
    url.setPath(QStringLiteral("/api/v1/auth/oauth/%1/callback").arg(provider));
    return url;
}

shared::FieldErrors OAuthLoginService::validate(const Start &request)
{
    static const QRegularExpression challenge(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    static const QRegularExpression state(QStringLiteral("^[A-Za-z0-9._~-]{8,128}$"));
    shared::FieldErrors errors;
    if (!isLoopbackRedirect(request.redirectUri))
        errors.append(fieldError(
            "redirect_uri", shared::fieldcodes::InvalidValue,
            QStringLiteral("must be http://127.0.0.1:PORT/PATH or http://[::1]:PORT/PATH (a loopback listener)")));
    if (request.codeChallengeMethod != u"S256")
        errors.append(
            fieldError("code_challenge_method", shared::fieldcodes::InvalidValue, QStringLiteral("must be S256")));
    if (!challenge.match(request.codeChallenge).hasMatch())
        errors.append(fieldError("code_challenge", shared::fieldcodes::InvalidFormat,
                                 QStringLiteral("must be the base64url SHA-256 of the code verifier (43 characters)")));
    if (!state.match(request.state).hasMatch())
        errors.append(fieldError("state", shared::fieldcodes::InvalidFormat,
                                 QStringLiteral("must be 8-128 characters of A-Z a-z 0-9 . _ ~ -")));
    return errors;
}

Outcome<QUrl> OAuthLoginService::start(const Start &request)
{
    const auto provider = m.providers.find(request.provider);
    if (!provider)
        return ServiceError::notFound(QStringLiteral("Sign-in provider"));
    const shared::FieldErrors errors = validate(request);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    const auto endpoints = m.client.endpoints(*provider);
    if (!endpoints.ok())
        return endpoints.error();

    const QString state = crypto::Secrets::randomToken();
    OAuthLoginStore::Login login{provider->id,
                                 crypto::Secrets::randomToken(),
                                 crypto::Secrets::randomToken(16),
                                 request.redirectUri,
                                 request.codeChallenge,
                                 request.state,
                                 m.clock.nowMs() + kLoginTtlMs};
    m.store.putLogin(crypto::Secrets::tokenHash(state), login, m.clock.nowMs());
    QList<QPair<QString, QString>> query{{QStringLiteral("response_type"), QStringLiteral("code")},
                                         {QStringLiteral("client_id"), provider->clientId},
                                         {QStringLiteral("redirect_uri"), callbackUrl(provider->name).toString()},
                                         {QStringLiteral("scope"), provider->scopes},
                                         {QStringLiteral("state"), state},
                                         {QStringLiteral("code_challenge"), challengeOf(login.codeVerifier)},
                                         {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
    if (provider->type != u"github")
        query.append({QStringLiteral("nonce"), login.nonce});
    return withQuery(endpoints.value().authorize, query);
}

void OAuthLoginService::recordFailure(const QString &provider, const QString &why, const RequestMeta &meta)
{
    storage::Transaction tx(m.database);
    m.audit.record(tx, {{0, QStringLiteral("(oauth:%1)").arg(provider), false, {}, {}, 0}, meta},
                   {QStringLiteral("auth.login_failed"),
                    QStringLiteral("oauth_provider"),
                    provider,
                    {},
                    QJsonObject{{QStringLiteral("reason"), why}}});
    tx.commit();
    spdlog::info("sign-in through {} failed: {}", provider.toStdString(), why.toStdString());
}

Outcome<QUrl> OAuthLoginService::callback(const QString &providerName, const Callback &callback,
                                          const RequestMeta &meta)
{
    if (callback.state.isEmpty() || callback.state.size() > 256)
        return invalidSignIn();
    const auto login = m.store.takeLogin(crypto::Secrets::tokenHash(callback.state));
    const auto provider = m.providers.find(providerName);
    if (!login || !provider || login->providerId != provider->id || login->expiresAtMs < m.clock.nowMs()) {
        recordFailure(providerName, QStringLiteral("unknown, replayed or expired state"), meta);
        return invalidSignIn();
    }
    const QUrl client(login->clientRedirect);
    const auto fail = [&](const QString &error, const QString &why) {
        recordFailure(providerName, why, meta);
        return withQuery(client, {{QStringLiteral("error"), error},
                                  {QStringLiteral("error_description"), why},
                                  {QStringLiteral("state"), login->clientState}});
    };
    if (!callback.error.isEmpty())
        return fail(QStringLiteral("access_denied"),
                    QStringLiteral("the provider said: %1").arg(callback.error.left(100)));
    if (callback.code.isEmpty())
        return fail(QStringLiteral("invalid_request"), QStringLiteral("the provider sent no code"));

    const auto endpoints = m.client.endpoints(*provider);
    const auto secret = m.providers.clientSecret(providerName);
    if (!endpoints.ok() || !secret)
        return fail(QStringLiteral("server_error"), endpoints.ok()
                                                        ? QStringLiteral("the provider's secret cannot be read")
                                                        : endpoints.error().message);
    const auto tokens = m.client.exchange(endpoints.value(), *provider, *secret, callback.code, login->codeVerifier,
                                          callbackUrl(providerName));
    if (!tokens.ok())
        return fail(QStringLiteral("access_denied"), tokens.error().message);
    const auto profile =
        m.client.profile(endpoints.value(), *provider, tokens.value(), login->nonce, m.clock.nowMs() / 1000);
    if (!profile.ok())
        return fail(QStringLiteral("access_denied"), profile.error().message);
    const auto account = accountFor(*provider, profile.value(), meta);
    if (!account.ok())
        return fail(QStringLiteral("access_denied"), account.error().message);
    if (profile.value().emailVerified && m.onVerifiedEmail) {
        Actor actor;
        actor.userId = account.value().id;
        actor.username = account.value().username;
        m.onVerifiedEmail({actor, meta}, profile.value().email);
    }

    const QString code = crypto::Secrets::randomToken();
    m.store.putCode(crypto::Secrets::tokenHash(code),
                    {account.value().id, login->clientChallenge, providerName, m.clock.nowMs() + kCodeTtlMs},
                    m.clock.nowMs());
    return withQuery(client, {{QStringLiteral("code"), code}, {QStringLiteral("state"), login->clientState}});
}

Outcome<User> OAuthLoginService::accountFor(const auth::OAuthProvider &provider, const ExternalProfile &profile,
                                            const RequestMeta &meta)
{
    if (const auto userId = m.store.userOfIdentity(provider.id, profile.subject)) {
        if (const auto user = m.users.findById(*userId))
            return *user;
    }
    const MutationContext context{{0, QStringLiteral("(oauth:%1)").arg(provider.name), false, {}, {}, 0}, meta};
    const QJsonObject identity{{QStringLiteral("provider"), provider.name},
                               {QStringLiteral("subject"), profile.subject}};
    // Linking by email only when the admin allowed it and the provider vouches for the address.
    if (provider.linkByEmail && profile.emailVerified) {
        if (const auto existing = m.users.findByEmail(profile.email);
            existing && !m.store.hasIdentityAt(provider.id, existing->id)) {
            storage::Transaction tx(m.database);
            m.store.addIdentity(tx, provider.id, profile.subject, existing->id, profile.email, m.clock.nowMs());
            m.audit.record(tx, context,
                           {QStringLiteral("auth.identity_linked"),
                            QStringLiteral("user"),
                            QString::number(existing->id),
                            {},
                            identity});
            tx.commit();
            return *existing;
        }
    }
    // A new account; its password can never match, it signs in through the provider.
    const QString base = profile.localUsername();
    for (int attempt = 1; attempt <= 20; ++attempt) {
        User user{0,
                  attempt == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(attempt),
                  QStringLiteral("!"),
                  false,
                  m.clock.nowMs(),
                  profile.emailVerified ? profile.email : QString()};
        try {
            storage::Transaction tx(m.database);
            user = m.users.insert(tx, user);
            m.store.addIdentity(tx, provider.id, profile.subject, user.id, profile.email, m.clock.nowMs());
            QJsonObject created = identity;
            created.insert(QStringLiteral("username"), user.username);
            m.audit.record(
                tx, context,
                {QStringLiteral("user.created"), QStringLiteral("user"), QString::number(user.id), {}, created});
            tx.commit();
            return user;
        } catch (const storage::StorageError &error) {
            if (error.kind() != storage::StorageError::Kind::UniqueViolation)
                throw;
            // Either the name is taken (try the next) or this identity was just linked by a parallel sign-in.
            if (const auto userId = m.store.userOfIdentity(provider.id, profile.subject)) {
                if (const auto linked = m.users.findById(*userId))
                    return *linked;
            }
        }
    }
    return ServiceError::conflict(QStringLiteral("No free username for %1").arg(base));
}

Outcome<auth::LoginResult> OAuthLoginService::exchange(const QString &code, const QString &codeVerifier,
                                                       const RequestMeta &meta)
{
    const auto invalid = [] {
        return ServiceError::validation(
            {fieldError("code", shared::fieldcodes::InvalidValue,
                        QStringLiteral("is unknown, expired or already used, or the verifier does not match"))});
    };
    if (code.isEmpty() || code.size() > 256 || codeVerifier.size() < 43 || codeVerifier.size() > 128)
        return invalid();
    // Taken (deleted) before it is checked: a wrong verifier burns the code too.
    const auto stored = m.store.takeCode(crypto::Secrets::tokenHash(code));
    if (!stored || stored->expiresAtMs < m.clock.nowMs()) {
        recordFailure(stored ? stored->provider : QStringLiteral("?"), QStringLiteral("unknown, used or expired code"),
                      meta);
        return invalid();
    }
    const QByteArray expected = stored->clientChallenge.toLatin1();
    const QByteArray actual = challengeOf(codeVerifier).toLatin1();
    if (expected.size() != actual.size() ||
        CRYPTO_memcmp(expected.constData(), actual.constData(), size_t(expected.size())) != 0) {
        recordFailure(stored->provider, QStringLiteral("wrong PKCE verifier"), meta);
        return invalid();
    }
    const auto user = m.users.findById(stored->userId);
    if (!user)
        return invalid();
    return m.auth.startSession(*user, meta, QStringLiteral("oauth:%1").arg(stored->provider));
}

} // namespace adp::server::oauth
