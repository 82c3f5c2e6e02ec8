#include "IdTokenVerifier.h"

#include <QJsonDocument>
#include <memory>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace adp::server::oauth {

namespace {

template <typename T, void (*Free)(T *)> using Owned = std::unique_ptr<T, std::integral_constant<decltype(Free), Free>>;
using Pkey = Owned<EVP_PKEY, EVP_PKEY_free>;
using PkeyContext = Owned<EVP_PKEY_CTX, EVP_PKEY_CTX_free>;
using MdContext = Owned<EVP_MD_CTX, EVP_MD_CTX_free>;
using ParamBuilder = Owned<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>;
using Params = Owned<OSSL_PARAM, OSSL_PARAM_free>;
using Bignum = Owned<BIGNUM, BN_free>;
using EcdsaSignature = Owned<ECDSA_SIG, ECDSA_SIG_free>;

QByteArray base64Url(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Bignum bignum(const QByteArray &bytes)
{
    return Bignum(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()), int(bytes.size()), nullptr));
}

Pkey keyFromParams(const char *type, OSSL_PARAM_BLD *builder)
{
    Params params(OSSL_PARAM_BLD_to_param(builder));
    PkeyContext context(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) <= 0 ||
        EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0)
        return nullptr;
    return Pkey(key);
}

Pkey rsaKey(const QJsonObject &jwk)
{
    const Bignum n = bignum(base64Url(jwk.value(QStringLiteral("n")).toString()));
    const Bignum e = bignum(base64Url(jwk.value(QStringLiteral("e")).toString()));
    ParamBuilder builder(OSSL_PARAM_BLD_new());
    if (!n || !e || !builder || BN_num_bits(n.get()) < 2048 // weaker keys are refused
        || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) ||
        !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get()))
        return nullptr;
    return keyFromParams("RSA", builder.get());
}

Pkey p256Key(const QJsonObject &jwk)
{
    const QByteArray x = base64Url(jwk.value(QStringLiteral("x")).toString());
    const QByteArray y = base64Url(jwk.value(QStringLiteral("y")).toString());
    if (jwk.value(QStringLiteral("crv")).toString() != u"P-256" || x.size() != 32 || y.size() != 32)
        return nullptr;
    const QByteArray point = QByteArray(1, '\x04') + x + y; // uncompressed
    ParamBuilder builder(OSSL_PARAM_BLD_new());
    char group[] = "prime256v1";
    if (!builder || !OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, 0) ||
        !OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                          size_t(point.size())))
        return nullptr;
    return keyFromParams("EC", builder.get());
}

// JWS carries ES256 as r||s; OpenSSL wants DER.
QByteArray derFromRawEcdsa(const QByteArray &raw)
{
    if (raw.size() != 64)
        return {};
    EcdsaSignature signature(ECDSA_SIG_new());
    BIGNUM *r = BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()), 32, nullptr);
    BIGNUM *s = BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()) + 32, 32, nullptr);
    if (!signature || !r || !s || !ECDSA_SIG_set0(signature.get(), r, s)) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    unsigned char *der = nullptr;
    const int length = i2d_ECDSA_SIG(signature.get(), &der);
    if (length <= 0)
        return {};
    QByteArray result(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return result;
}

bool audienceMatches(const QJsonObject &claims, const QString &audience)
{
    const QJsonValue aud = claims.value(QStringLiteral("aud"));
    if (aud.isString())
        return aud.toString() == audience;
    if (!aud.isArray())
        return false;
    bool found = false;
    for (const QJsonValue &value : aud.toArray())
        found = found || value.toString() == audience;
    // With several audiences, the token must have been issued to us (azp).
    const QJsonValue azp = claims.value(QStringLiteral("azp"));
    return found && (aud.toArray().size() == 1 || azp.toString() == audience);
}

} // namespace

bool IdTokenVerifier::verifySignature(const QByteArray &signingInput, const QByteArray &signature,
                                      const QJsonObject &jwk, const QString &algorithm)
{
    Pkey key;
    QByteArray encoded = signature;
    if (algorithm == u"RS256" && jwk.value(QStringLiteral("kty")).toString() == u"RSA") {
        key = rsaKey(jwk);
    } else if (algorithm == u"ES256" && jwk.value(QStringLiteral("kty")).toString() == u"EC") {
        key = p256Key(jwk);
        encoded = derFromRawEcdsa(signature);
    }
    if (!key || encoded.isEmpty())
        return false;
    MdContext context(EVP_MD_CTX_new());
    if (!context || EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) <= 0)
        return false;
    return EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(encoded.constData()),
                            size_t(encoded.size()), reinterpret_cast<const unsigned char *>(signingInput.constData()),
                            size_t(signingInput.size())) == 1;
}

std::variant<QJsonObject, QString> IdTokenVerifier::verify(const QByteArray &token, const QJsonArray &keys,
                                                           const IdTokenExpectations &expected)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return QStringLiteral("the ID token is not a signed JWT");
    const QJsonObject header = QJsonDocument::fromJson(base64Url(QString::fromLatin1(parts.at(0)))).object();
    const QString algorithm = header.value(QStringLiteral("alg")).toString();
    if (algorithm != u"RS256" && algorithm != u"ES256")
        return QStringLiteral("the ID token's algorithm %1 is not accepted")
            .arg(algorithm.isEmpty() ? QStringLiteral("(none)") : algorithm);
    const QString keyId = header.value(QStringLiteral("kid")).toString();
    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    const QByteArray signature = base64Url(QString::fromLatin1(parts.at(2)));
    bool verified = false;
    for (const QJsonValue &key : keys) {
        const QJsonObject jwk = key.toObject();
        if (!keyId.isEmpty() && jwk.value(QStringLiteral("kid")).toString() != keyId)
            continue;
        if (jwk.contains(QStringLiteral("use")) && jwk.value(QStringLiteral("use")).toString() != u"sig")
            continue;
        if (verifySignature(signingInput, signature, jwk, algorithm)) {
            verified = true;
            break;
        }
    }
    if (!verified)
        return QStringLiteral("the ID token's signature does not verify with the provider's keys");

    const QJsonObject claims = QJsonDocument::fromJson(base64Url(QString::fromLatin1(parts.at(1)))).object();
    if (claims.value(QStringLiteral("iss")).toString() != expected.issuer)
        return QStringLiteral("the ID token was issued by %1, not %2")
            .arg(claims.value(QStringLiteral("iss")).toString(), expected.issuer);
    if (!audienceMatches(claims, expected.audience))
        return QStringLiteral("the ID token is meant for another client");
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    if (!exp.isDouble() || exp.toInteger() + expected.leewaySeconds < expected.nowSeconds)
        return QStringLiteral("the ID token has expired");
    const QJsonValue iat = claims.value(QStringLiteral("iat"));
    if (!iat.isDouble() || iat.toInteger() - expected.leewaySeconds > expected.nowSeconds)
        return QStringLiteral("the ID token was issued in the future");
    if (claims.value(QStringLiteral("nonce")).toString() != expected.nonce)
        return QStringLiteral("the ID token's nonce does not match this sign-in");
    if (claims.value(QStringLiteral("sub")).toString().isEmpty())
        return QStringLiteral("the ID token names no subject");
    return claims;
}

} // namespace adp::server::oauth
