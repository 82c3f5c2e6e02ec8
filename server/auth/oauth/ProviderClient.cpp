#include "ProviderClient.h"

#include "HttpFetcher.h"
#include "IdTokenVerifier.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>

namespace adp::server::oauth {

namespace {
constexpr qint64 kDiscoveryTtlMs = 5 * 60 * 1000;

ServiceError unreachable(const QString &what, const HttpFetcher::Response &response)
{
    const QString why = response.status == 0 ? response.error : QStringLiteral("HTTP %1").arg(response.status);
    return ServiceError{ServiceError::Kind::Unavailable,
                        QStringLiteral("The sign-in provider did not answer %1 (%2)").arg(what, why),
                        {}};
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() &&
           a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

// An endpoint named by a discovery document: https, or on the issuer's own origin.
bool trustedEndpoint(const QUrl &endpoint, const QUrl &issuer)
{
    return endpoint.isValid() && endpoint.userInfo().isEmpty() &&
           (endpoint.scheme() == u"https" || sameOrigin(endpoint, issuer));
}

QJsonObject jsonObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

HttpFetcher::Headers bearer(const QString &token)
{
    return {{QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8()},
            {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
}
} // namespace

Outcome<ProviderEndpoints> ProviderClient::endpoints(const auth::OAuthProvider &provider)
{
    if (provider.type == u"oidc")
        return discover(provider.issuer);
    return ProviderEndpoints{provider.issuer, provider.authorizeUrl, provider.tokenUrl, provider.userinfoUrl, {}};
}

Outcome<ProviderEndpoints> ProviderClient::discover(const QString &issuer)
{
    {
        QMutexLocker lock(&m_mutex);
        const auto cached = m_discovered.constFind(issuer);
        if (cached != m_discovered.constEnd() && cached->expiresAtMs > QDateTime::currentMSecsSinceEpoch())
            return cached->endpoints;
    }
    const QUrl issuerUrl(issuer);
    const auto response = HttpFetcher::get(QUrl(issuer + QStringLiteral("/.well-known/openid-configuration")));
    if (!response.ok())
        return unreachable(QStringLiteral("with its discovery document"), response);
    const QJsonObject document = jsonObject(response.body);
    if (document.value(QStringLiteral("issuer")).toString() != issuer)
        return ServiceError{ServiceError::Kind::Unavailable,
                            QStringLiteral("The provider's discovery document names another issuer"),
                            {}};
    ProviderEndpoints endpoints{issuer, QUrl(document.value(QStringLiteral("authorization_endpoint")).toString()),
                                QUrl(document.value(QStringLiteral("token_endpoint")).toString()),
                                QUrl(document.value(QStringLiteral("userinfo_endpoint")).toString()),
                                QUrl(document.value(QStringLiteral("jwks_uri")).toString())};
    for (const QUrl &endpoint : {endpoints.authorize, endpoints.token, endpoints.jwks}) {
        if (!trustedEndpoint(endpoint, issuerUrl))
            return ServiceError{
                ServiceError::Kind::Unavailable,
                QStringLiteral(
                    "The provider's discovery document names an endpoint that is neither https nor on the issuer's origin"),
                {}};
    }
    if (!endpoints.userinfo.isEmpty() && !trustedEndpoint(endpoints.userinfo, issuerUrl))
        endpoints.userinfo.clear();
    QMutexLocker lock(&m_mutex);
    m_discovered.insert(issuer, {endpoints, {}, QDateTime::currentMSecsSinceEpoch() + kDiscoveryTtlMs});
    return endpoints;
}

Outcome<QJsonArray> ProviderClient::keys(const ProviderEndpoints &endpoints, bool refresh)
{
    if (!refresh) {
        QMutexLocker lock(&m_mutex);
        const auto cached = m_discovered.constFind(endpoints.issuer);
        if (cached != m_discovered.constEnd() && !cached->keys.isEmpty())
            return cached->keys;
    }
    const auto response = HttpFetcher::get(endpoints.jwks);
    if (!response.ok())
        return unreachable(QStringLiteral("with its signing keys"), response);
    const QJsonArray keys = jsonObject(response.body).value(QStringLiteral("keys")).toArray();
    QMutexLocker lock(&m_mutex);
    if (auto cached = m_discovered.find(endpoints.issuer); cached != m_discovered.end())
        cached->keys = keys;
    return keys;
}

Outcome<ProviderClient::Tokens> ProviderClient::exchange(const ProviderEndpoints &endpoints,
                                                         const auth::OAuthProvider &provider,
                                                         const QString &clientSecret, const QString &code,
                                                         const QString &verifier, const QUrl &redirectUri)
{
    const auto response = HttpFetcher::postForm(endpoints.token,
                                                {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                                 {QStringLiteral("code"), code},
                                                 {QStringLiteral("redirect_uri"), redirectUri.toString()},
                                                 {QStringLiteral("client_id"), provider.clientId},
                                                 {QStringLiteral("client_secret"), clientSecret},
                                                 {QStringLiteral("code_verifier"), verifier}},
                                                {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}});
    const QJsonObject body = jsonObject(response.body);
    // GitHub answers errors with 200 and an "error" member.
    if (!response.ok() || body.contains(QStringLiteral("error")) ||
        body.value(QStringLiteral("access_token")).toString().isEmpty()) {
        if (response.status == 0)
            return unreachable(QStringLiteral("at its token endpoint"), response);
        return ServiceError::unauthenticated(
            QStringLiteral("The provider refused the sign-in code (%1)")
                .arg(body.value(QStringLiteral("error")).toString(QStringLiteral("HTTP %1").arg(response.status))));
    }
    return Tokens{body.value(QStringLiteral("access_token")).toString(),
                  body.value(QStringLiteral("id_token")).toString().toLatin1()};
}

Outcome<ExternalProfile> ProviderClient::profile(const ProviderEndpoints &endpoints,
                                                 const auth::OAuthProvider &provider, const Tokens &tokens,
                                                 const QString &nonce, qint64 nowSeconds)
{
    const auto fetchJson = [&](const QUrl &url) -> std::variant<QByteArray, ServiceError> {
        const auto response = HttpFetcher::get(url, bearer(tokens.accessToken));
        if (!response.ok())
            return unreachable(QStringLiteral("with the account's details"), response);
        return response.body;
    };
    std::optional<ExternalProfile> profile;
    if (provider.type == u"github") {
        const auto user = fetchJson(endpoints.userinfo);
        if (auto *error = std::get_if<ServiceError>(&user))
            return *error;
        QUrl emailsUrl = endpoints.userinfo;
        emailsUrl.setPath(emailsUrl.path() + QStringLiteral("/emails"));
        const auto emails = fetchJson(emailsUrl);
        const QJsonArray emailList =
            std::holds_alternative<QByteArray>(emails)
                ? QJsonDocument::fromJson(std::get<QByteArray>(emails)).array()
                : QJsonArray(); // without user:email scope: no verified address, nothing else lost
        profile = ExternalProfile::fromGitHub(jsonObject(std::get<QByteArray>(user)), emailList);
    } else if (provider.type == u"gitlab") {
        const auto user = fetchJson(endpoints.userinfo);
        if (auto *error = std::get_if<ServiceError>(&user))
            return *error;
        profile = ExternalProfile::fromGitLab(jsonObject(std::get<QByteArray>(user)));
    } else {
        if (tokens.idToken.isEmpty())
            return ServiceError::unauthenticated(QStringLiteral("The provider sent no ID token"));
        const IdTokenExpectations expected{endpoints.issuer, provider.clientId, nonce, nowSeconds};
        auto keySet = keys(endpoints, false);
        if (!keySet.ok())
            return keySet.error();
        auto verified = IdTokenVerifier::verify(tokens.idToken, keySet.value(), expected);
        if (std::holds_alternative<QString>(verified)) {
            // The provider may have rotated its keys since we cached them: fetch once more.
            keySet = keys(endpoints, true);
            if (!keySet.ok())
                return keySet.error();
            verified = IdTokenVerifier::verify(tokens.idToken, keySet.value(), expected);
        }
        if (const auto *why = std::get_if<QString>(&verified))
            return ServiceError::unauthenticated(QStringLiteral("The ID token was refused: %1").arg(*why));
        QJsonObject userinfo;
        if (!endpoints.userinfo.isEmpty()) {
            const auto info = fetchJson(endpoints.userinfo);
            if (std::holds_alternative<QByteArray>(info))
                userinfo = jsonObject(std::get<QByteArray>(info));
        }
        profile = ExternalProfile::fromOidc(std::get<QJsonObject>(verified), userinfo);
    }
    if (!profile)
        return ServiceError::unauthenticated(QStringLiteral("The provider's answer does not say who you are"));
    return *profile;
}

} // namespace adp::server::oauth
