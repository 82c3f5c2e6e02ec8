#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <variant>

namespace adp::server::oauth {

// What an OpenID Connect ID token must say to be believed.
struct IdTokenExpectations
{
    QString issuer;
    QString audience; // our client id
    QString nonce;
    qint64 nowSeconds = 0;
    qint64 leewaySeconds = 60; // clock skew between us and the provider
};

// Checks an ID token (a compact JWS): the signature with the provider's keys
// (JWKS; RS256 or ES256, never "none" or a shared secret), then issuer,
// audience, expiry and nonce. Returns the claims, or why it is refused.
class IdTokenVerifier
{
public:
    static std::variant<QJsonObject, QString> verify(const QByteArray &token, const QJsonArray &keys,
                                                     const IdTokenExpectations &expected);
    // True when `signature` over `signingInput` verifies with `jwk` for `algorithm`.
    static bool verifySignature(const QByteArray &signingInput, const QByteArray &signature, const QJsonObject &jwk,
                                const QString &algorithm);
};

} // namespace adp::server::oauth
