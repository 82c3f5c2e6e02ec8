#include "auth/oauth/ExternalProfile.h"
#include "auth/oauth/IdTokenVerifier.h"

#include <QJsonDocument>
#include <QtTest>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>

using adp::server::oauth::ExternalProfile;
using adp::server::oauth::IdTokenExpectations;
using adp::server::oauth::IdTokenVerifier;

// ID token checks with keys made here (RSA and P-256), signed the way a
// provider signs, and tampered with the ways an attacker would; and the
// GitHub and GitLab account mappings against answers in their real format.
class TestIdTokens : public QObject
{
    Q_OBJECT

private:
    using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
    static constexpr qint64 kNow = 1800000000;

    static QByteArray b64(const QByteArray &bytes)
    {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }

    static QByteArray bignumParam(EVP_PKEY *key, const char *name, int pad = 0)
    {
        BIGNUM *value = nullptr;
        EVP_PKEY_get_bn_param(key, name, &value);
        QByteArray bytes(pad ? pad : BN_num_bytes(value), '\0');
        BN_bn2binpad(value, reinterpret_cast<unsigned char *>(bytes.data()), int(bytes.size()));
        BN_free(value);
        return bytes;
    }

    static Key rsaKey(int bits = 2048)
    {
        return Key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits)), EVP_PKEY_free);
    }
    static Key ecKey() { return Key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), EVP_PKEY_free); }

    static QJsonObject jwkOf(EVP_PKEY *key, const QString &kid)
    {
        if (EVP_PKEY_is_a(key, "RSA"))
            return {{"kty", "RSA"},
                    {"kid", kid},
                    {"use", "sig"},
                    {"n", QString::fromLatin1(b64(bignumParam(key, OSSL_PKEY_PARAM_RSA_N)))},
                    {"e", QString::fromLatin1(b64(bignumParam(key, OSSL_PKEY_PARAM_RSA_E)))}};
        return {{"kty", "EC"},
                {"kid", kid},
                {"crv", "P-256"},
                {"x", QString::fromLatin1(b64(bignumParam(key, OSSL_PKEY_PARAM_EC_PUB_X, 32)))},
                {"y", QString::fromLatin1(b64(bignumParam(key, OSSL_PKEY_PARAM_EC_PUB_Y, 32)))}};
    }

    static QByteArray sign(EVP_PKEY *key, const QString &alg, const QString &kid, const QJsonObject &claims)
    {
        const QByteArray input =
            b64(QJsonDocument(QJsonObject{{"alg", alg}, {"kid", kid}, {"typ", "JWT"}}).toJson(QJsonDocument::Compact)) +
            '.' + b64(QJsonDocument(claims).toJson(QJsonDocument::Compact));
        EVP_MD_CTX *context = EVP_MD_CTX_new();
        size_t length = 0;
        EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, key);
        EVP_DigestSign(context, nullptr, &length, reinterpret_cast<const unsigned char *>(input.constData()),
                       size_t(input.size()));
        QByteArray signature(qsizetype(length), '\0');
        EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()));
        EVP_MD_CTX_free(context);
        signature.resize(qsizetype(length));
        if (alg == u"ES256") { // DER -> r||s, as JWS wants it
            const unsigned char *der = reinterpret_cast<const unsigned char *>(signature.constData());
            ECDSA_SIG *parsed = d2i_ECDSA_SIG(nullptr, &der, long(signature.size()));
            QByteArray raw(64, '\0');
            BN_bn2binpad(ECDSA_SIG_get0_r(parsed), reinterpret_cast<unsigned char *>(raw.data()), 32);
            BN_bn2binpad(ECDSA_SIG_get0_s(parsed), reinterpret_cast<unsigned char *>(raw.data()) + 32, 32);
            ECDSA_SIG_free(parsed);
            signature = raw;
        }
        return input + '.' + b64(signature);
    }

    static QJsonObject claims(const QJsonObject &overrides = {})
    {
        QJsonObject base{{"iss", "https://id.example.test"},
                         {"aud", "adp-client"},
                         {"sub", "u-42"},
                         {"nonce", "n-1"},
                         {"iat", kNow - 10},
                         {"exp", kNow + 300},
                         {"email", "ada@example.test"},
                         {"email_verified", true}};
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            base.insert(it.key(), it.value());
        return base;
    }

    static IdTokenExpectations expected()
    {
        return {QStringLiteral("https://id.example.test"), QStringLiteral("adp-client"), QStringLiteral("n-1"), kNow};
    }

    static QString refusal(const std::variant<QJsonObject, QString> &result)
    {
        return std::holds_alternative<QString>(result) ? std::get<QString>(result) : QString();
    }

private Q_SLOTS:
    void acceptsGoodTokensOfBothAlgorithms()
    {
        const Key rsa = rsaKey();
        const Key ec = ecKey();
        const QJsonArray keys{jwkOf(rsa.get(), "r1"), jwkOf(ec.get(), "e1")};
        const auto rs = IdTokenVerifier::verify(sign(rsa.get(), "RS256", "r1", claims()), keys, expected());
        QVERIFY2(std::holds_alternative<QJsonObject>(rs), qPrintable(refusal(rs)));
        QCOMPARE(std::get<QJsonObject>(rs).value("sub").toString(), QStringLiteral("u-42"));
        const auto es = IdTokenVerifier::verify(sign(ec.get(), "ES256", "e1", claims()), keys, expected());
        QVERIFY2(std::holds_alternative<QJsonObject>(es), qPrintable(refusal(es)));
        // A little clock skew is forgiven.
        QVERIFY(std::holds_alternative<QJsonObject>(
            IdTokenVerifier::verify(sign(rsa.get(), "RS256", "r1", claims({{"exp", kNow - 30}})), keys, expected())));
        // Several audiences: fine when it was issued to us (azp).
        QVERIFY(std::holds_alternative<QJsonObject>(IdTokenVerifier::verify(
            sign(rsa.get(), "RS256", "r1", claims({{"aud", QJsonArray{"adp-client", "other"}}, {"azp", "adp-client"}})),
            keys, expected())));
    }

    void refusesForgedAndMisdirectedTokens_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("reason");
        for (const auto &[name, reason] : std::initializer_list<std::pair<const char *, const char *>>{
                 {"signed by another key", "signature"},
                 {"payload changed after signing", "signature"},
                 {"kid of no key", "signature"},
                 {"alg none", "algorithm"},
                 {"alg HS256", "algorithm"},
                 {"wrong audience", "another client"},
                 {"audiences without azp", "another client"},
                 {"expired", "expired"},
                 {"from the future", "future"},
                 {"wrong issuer", "issued by"},
                 {"wrong nonce", "nonce"},
                 {"weak RSA key", "signature"},
                 {"not a JWT", "not a signed JWT"}})
            QTest::newRow(name) << QString::fromLatin1(name) << QString::fromLatin1(reason);
    }

    void refusesForgedAndMisdirectedTokens()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, reason);
        const Key rsa = rsaKey();
        QJsonArray keys{jwkOf(rsa.get(), "r1")};
        QByteArray token = sign(rsa.get(), "RS256", "r1", claims());
        if (mutation == u"signed by another key") {
            const Key other = rsaKey();
            token = sign(other.get(), "RS256", "r1", claims());
        } else if (mutation == u"payload changed after signing") {
            QList<QByteArray> parts = token.split('.');
            parts[1] = b64(QJsonDocument(claims({{"sub", "admin"}})).toJson(QJsonDocument::Compact));
            token = parts.join('.');
        } else if (mutation == u"kid of no key") {
            token = sign(rsa.get(), "RS256", "r9", claims());
        } else if (mutation == u"alg none") {
            token = b64(R"({"alg":"none"})") + '.' + b64(QJsonDocument(claims()).toJson(QJsonDocument::Compact)) + '.';
        } else if (mutation == u"alg HS256") {
            QList<QByteArray> parts = token.split('.');
            parts[0] = b64(R"({"alg":"HS256","kid":"r1"})");
            token = parts.join('.');
        } else if (mutation == u"wrong audience") {
            token = sign(rsa.get(), "RS256", "r1", claims({{"aud", "someone-else"}}));
        } else if (mutation == u"audiences without azp") {
            token = sign(rsa.get(), "RS256", "r1", claims({{"aud", QJsonArray{"adp-client", "other"}}}));
        } else if (mutation == u"expired") {
            token = sign(rsa.get(), "RS256", "r1", claims({{"exp", kNow - 3600}}));
        } else if (mutation == u"from the future") {
            token = sign(rsa.get(), "RS256", "r1", claims({{"iat", kNow + 3600}}));
        } else if (mutation == u"wrong issuer") {
            token = sign(rsa.get(), "RS256", "r1", claims({{"iss", "https://evil.example.test"}}));
        } else if (mutation == u"wrong nonce") {
            token = sign(rsa.get(), "RS256", "r1", claims({{"nonce", "replayed"}}));
        } else if (mutation == u"weak RSA key") {
            const Key weak = rsaKey(1024);
            keys = {jwkOf(weak.get(), "r1")};
            token = sign(weak.get(), "RS256", "r1", claims());
        } else if (mutation == u"not a JWT") {
            token = "garbage";
        }
        const QString why = refusal(IdTokenVerifier::verify(token, keys, expected()));
        QVERIFY2(why.contains(reason), qPrintable(QStringLiteral("refusal: '%1'").arg(why)));
    }

    void mapsGitHubAccounts()
    {
        // GET https://api.github.com/user and /user/emails, as GitHub documents them.
        const QJsonObject user =
            QJsonDocument::fromJson(
                "{\"login\":\"octocat\",\"id\":583231,\"node_id\":\"MDQ6VXNlcjE=\","
                "\"avatar_url\":\"https://github.com/images/error/octocat_happy.gif\",\"type\":\"User\",\"site_admin\":false,"
                "\"name\":\"The Octocat\",\"company\":\"@github\",\"email\":\"octocat@github.com\",\"created_at\":\"2011-01-25T18:44:36Z\"}")
                .object();
        const QJsonArray emails =
            QJsonDocument::fromJson(
                "[{\"email\":\"octocat@github.com\",\"verified\":true,\"primary\":false,\"visibility\":\"public\"},"
                "{\"email\":\"octo@private.example\",\"verified\":true,\"primary\":true,\"visibility\":\"private\"}]")
                .array();
        const auto profile = ExternalProfile::fromGitHub(user, emails);
        QVERIFY(profile);
        QCOMPARE(profile->subject, QStringLiteral("583231"));
        QCOMPARE(profile->username, QStringLiteral("octocat"));
        QCOMPARE(profile->email, QStringLiteral("octo@private.example"));
        QVERIFY(profile->emailVerified);
        // Without the user:email scope only the public address is known, and not as verified.
        const auto bare = ExternalProfile::fromGitHub(user, {});
        QCOMPARE(bare->email, QStringLiteral("octocat@github.com"));
        QVERIFY(!bare->emailVerified);
        QVERIFY(!ExternalProfile::fromGitHub(QJsonObject{{"message", "Bad credentials"}}, {}));
    }

    void mapsGitLabAccounts()
    {
        // GET /oauth/userinfo (OpenID claims) and GET /api/v4/user, as GitLab documents them.
        const auto userinfo = ExternalProfile::fromGitLab(
            QJsonDocument::fromJson(
                "{\"sub\":\"1234567\",\"sub_legacy\":\"2f6e...\","
                "\"name\":\"Jane Doe\",\"nickname\":\"jdoe\",\"preferred_username\":\"jdoe\",\"email\":\"jane@example.com\",\"email_verified\":true,"
                "\"website\":\"\",\"profile\":\"https://gitlab.com/jdoe\",\"picture\":\"https://gitlab.com/uploads/jdoe.png\",\"groups\":[\"acme\"]}")
                .object());
        QVERIFY(userinfo);
        QCOMPARE(userinfo->subject, QStringLiteral("1234567"));
        QCOMPARE(userinfo->username, QStringLiteral("jdoe"));
        QVERIFY(userinfo->emailVerified);
        const auto api = ExternalProfile::fromGitLab(
            QJsonDocument::fromJson(
                "{\"id\":1,\"username\":\"john_smith\","
                "\"email\":\"john@example.com\",\"name\":\"John Smith\",\"state\":\"active\",\"confirmed_at\":\"2012-05-23T09:05:22Z\","
                "\"created_at\":\"2012-05-23T08:00:58Z\",\"is_admin\":false}")
                .object());
        QCOMPARE(api->subject, QStringLiteral("1"));
        QCOMPARE(api->username, QStringLiteral("john_smith"));
        QVERIFY(api->emailVerified);
        ExternalProfile odd;
        odd.username = QStringLiteral("-Jöhn Smith!");
        QCOMPARE(odd.localUsername(), QStringLiteral("J-hn-Smith-"));
    }
};

QTEST_GUILESS_MAIN(TestIdTokens)
#include "tst_id_tokens.moc"
