#include "HttpTestClient.h"
#include "OidcProvider.h"
#include "TestServer.h"
#include "auth/OAuthProviderService.h"
#include "auth/oauth/OAuthLoginService.h"
#include "crypto/PasswordHasher.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <QtTest>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <sstream>

using namespace adp::test;
using adp::server::oauth::OAuthLoginService;

// Sign-in through a real OpenID Connect provider (npm oidc-provider on
// loopback), headless, on both backends: the whole flow, and every way to
// abuse it the issue names.
class TestOAuth : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *kClientLoopback = "http://127.0.0.1:9";
    std::unique_ptr<TestServer> m_server;
    std::list<OidcProvider> m_providers;
    std::ostringstream m_log;
    std::shared_ptr<spdlog::sinks::ostream_sink_mt> m_sink;

    bool start()
    {
        QFETCH(QString, backend);
        if (backend == u"postgres")
            TestBackends::flushRedis();
        m_server = std::make_unique<TestServer>(TestBackends::create(backend));
        return m_server->ok();
    }

    bool addProvider(const QString &name, bool linkByEmail = false)
    {
        OidcProvider &provider = m_providers.emplace_back();
        QUrl callback = m_server->url();
        callback.setPath(QStringLiteral("/api/v1/auth/oauth/%1/callback").arg(name));
        if (!provider.start(callback))
            return false;
        const auto added = m_server->app().providers().add(
            adp::server::MutationContext::system(QStringLiteral("test"), QStringLiteral("test")),
            {name, QStringLiteral("oidc"), QString::fromLatin1(OidcProvider::kClientId),
             QString::fromLatin1(OidcProvider::kClientSecret), provider.issuer(), linkByEmail});
        return added.ok();
    }

    struct Client
    {
        QString verifier = adp::server::crypto::Secrets::randomToken(40);
        QString state = QStringLiteral("client-state-") + adp::server::crypto::Secrets::randomToken(8);
        QString redirect = QStringLiteral("http://127.0.0.1:9/callback");
    };

    HttpResult begin(const QString &provider, const Client &client, const QString &method = QStringLiteral("S256"))
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("redirect_uri"),
                           QString::fromLatin1(QUrl::toPercentEncoding(client.redirect)));
        query.addQueryItem(QStringLiteral("code_challenge"), OAuthLoginService::challengeOf(client.verifier));
        query.addQueryItem(QStringLiteral("code_challenge_method"), method);
        query.addQueryItem(QStringLiteral("state"), client.state);
        HttpTestClient http(m_server->url());
        return http.get(QStringLiteral("/api/v1/auth/oauth/%1/start?").arg(provider) +
                        query.toString(QUrl::FullyEncoded));
    }

    static QString queryItem(const QUrl &url, const char *key)
    {
        return QUrlQuery(url).queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
    }

    // Start to the client's loopback address: the URL the client would receive.
    QUrl signInAs(const QString &provider, const QString &login, const Client &client)
    {
        const HttpResult started = begin(provider, client);
        if (started.status != 302) {
            qWarning("start answered %d: %s", started.status, started.body.constData());
            return {};
        }
        const auto visit = OidcProvider::browse(QUrl::fromEncoded(started.headers.value("location")), login,
                                                QString::fromLatin1(kClientLoopback));
        if (!visit.ok)
            qWarning("%s", qPrintable(visit.details));
        return visit.final;
    }

    HttpResult exchange(const QString &code, const QString &verifier)
    {
        HttpTestClient http(m_server->url());
        return http.post("/api/v1/auth/oauth/exchange", {{"code", code}, {"code_verifier", verifier}});
    }

    QString usernameOf(const QString &token)
    {
        HttpTestClient http(m_server->url());
        http.setToken(token);
        return http.get("/api/v1/auth/me").json().value("username").toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(m_log);
        spdlog::default_logger()->sinks().push_back(m_sink);
    }

    void cleanup()
    {
        m_providers.clear();
        m_server.reset();
    }

    void signInCreatesThenReusesTheAccount_data() { addBackendRows(); }
    void signInCreatesThenReusesTheAccount()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        ADP_REQUIRE_OIDC_PROVIDER();
        QVERIFY(start());
        QVERIFY(addProvider(QStringLiteral("corp")));

        const Client client;
        const QUrl landed = signInAs(QStringLiteral("corp"), QStringLiteral("dana"), client);
        QVERIFY2(landed.toString().startsWith(client.redirect), qPrintable(landed.toString()));
        QCOMPARE(queryItem(landed, "state"), client.state); // the client's own state comes back
        const QString code = queryItem(landed, "code");
        QVERIFY(!code.isEmpty());

        const HttpResult session = exchange(code, client.verifier);
        QCOMPARE(session.status, 200);
        const QString token = session.json().value("token").toString();
        QCOMPARE(usernameOf(token), QStringLiteral("dana"));
        // New accounts join the default organisation and cannot sign in with a password.
        HttpTestClient http(m_server->url());
        QCOMPARE(http.post("/api/v1/auth/login", {{"username", "dana"}, {"password", "whatever-password"}}).status,
                 401);

        // The second sign-in is the same person, not a new account.
        const Client again;
        const QUrl second = signInAs(QStringLiteral("corp"), QStringLiteral("dana"), again);
        QCOMPARE(usernameOf(exchange(queryItem(second, "code"), again.verifier).json().value("token").toString()),
                 QStringLiteral("dana"));
        const auto users =
            m_server->app().database().query(QStringLiteral("SELECT COUNT(*) FROM users WHERE username LIKE 'dana%'"));
        QCOMPARE(users.value(0, 0).toInt(), 1);

        // The audit trail says how they signed in.
        HttpTestClient admin(m_server->url());
        admin.login(TestServer::kAdmin, TestServer::kPassword);
        const QJsonArray logins =
            admin.get("/api/v1/audit?action=auth.login&actor=dana").json().value("items").toArray();
        QCOMPARE(logins.size(), 2);
        QCOMPARE(logins.first().toObject().value("after").toObject().value("via").toString(),
                 QStringLiteral("oauth:corp"));

        // Nothing secret reached a log line: not the codes, the states, the session or the client secret.
        const QString log = QString::fromStdString(m_log.str());
        for (const QString &secret : {code, client.verifier, token, QString::fromLatin1(OidcProvider::kClientSecret)})
            QVERIFY2(!log.contains(secret), qPrintable(QStringLiteral("a secret is in the log")));
    }

    void abuseIsRefused_data() { addBackendRows(); }
    void abuseIsRefused()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        ADP_REQUIRE_OIDC_PROVIDER();
        QVERIFY(start());
        QVERIFY(addProvider(QStringLiteral("corp")));
        HttpTestClient http(m_server->url());

        // A code is good once, and only with the verifier it was bound to.
        const Client client;
        const QString code = queryItem(signInAs(QStringLiteral("corp"), QStringLiteral("eve"), client), "code");
        QVERIFY(!code.isEmpty());
        QCOMPARE(exchange(code, Client().verifier).errorFields(), QStringList{"code"}); // wrong PKCE verifier
        QCOMPARE(exchange(code, client.verifier).status, 422);                          // ...which burned the code
        const Client honest;
        const QString good = queryItem(signInAs(QStringLiteral("corp"), QStringLiteral("eve"), honest), "code");
        QCOMPARE(exchange(good, honest.verifier).status, 200);
        QCOMPARE(exchange(good, honest.verifier).status, 422); // used twice

        // A forged state, and a replayed one, go nowhere.
        const HttpResult forged = http.get("/api/v1/auth/oauth/corp/callback?code=abc&state=forged-state-value");
        QCOMPARE(forged.status, 400);
        QVERIFY(forged.headers.value("content-type").startsWith("text/html"));
        QVERIFY(!forged.headers.contains("location"));
        const Client replay;
        const HttpResult started = begin(QStringLiteral("corp"), replay);
        QUrl callbackOrigin = m_server->url();
        callbackOrigin.setPath(QStringLiteral("/api/v1/auth/oauth/corp/callback"));
        const auto visit = OidcProvider::browse(QUrl::fromEncoded(started.headers.value("location")),
                                                QStringLiteral("eve"), callbackOrigin.toString());
        QVERIFY2(visit.ok, qPrintable(visit.details));
        const QString callbackPath = visit.final.path() + u'?' + visit.final.query(QUrl::FullyEncoded);
        QCOMPARE(http.get(callbackPath).status, 302);
        QCOMPARE(http.get(callbackPath).status, 400);

        // The provider saying no reaches the client as an error, with its state.
        const Client refused;
        const QUrl authorize = QUrl::fromEncoded(begin(QStringLiteral("corp"), refused).headers.value("location"));
        const HttpResult denied =
            http.get("/api/v1/auth/oauth/corp/callback?error=access_denied&state=" + queryItem(authorize, "state"));
        QCOMPARE(denied.status, 302);
        const QUrl back = QUrl::fromEncoded(denied.headers.value("location"));
        QCOMPARE(queryItem(back, "error"), QStringLiteral("access_denied"));
        QCOMPARE(queryItem(back, "state"), refused.state);
        QVERIFY(queryItem(back, "code").isEmpty());

        // No open redirect: only a loopback listener may receive the code.
        for (const char *redirect :
             {"http://evil.example/callback", "https://127.0.0.1:9/callback", "http://localhost:9/callback",
              "http://127.0.0.1/callback", "http://127.0.0.1:9/callback?next=http://evil.example",
              "http://user@127.0.0.1:9/callback"}) {
            Client bad;
            bad.redirect = QString::fromLatin1(redirect);
            QCOMPARE(begin(QStringLiteral("corp"), bad).errorFields(), QStringList{"redirect_uri"});
        }
        QCOMPARE(begin(QStringLiteral("corp"), Client(), QStringLiteral("plain")).errorFields(),
                 QStringList{"code_challenge_method"});
        QCOMPARE(begin(QStringLiteral("nope"), Client()).status, 404);
        QCOMPARE(http.post("/api/v1/auth/oauth/exchange", {{"code", 5}}).status, 422);
        QCOMPARE(http.request("POST", "/api/v1/auth/oauth/exchange", "{not json").status, 400);

        // Every failure is a security event.
        HttpTestClient admin(m_server->url());
        admin.login(TestServer::kAdmin, TestServer::kPassword);
        QVERIFY(admin.get("/api/v1/audit?action=auth.login_failed").json().value("items").toArray().size() >= 5);
    }

    void linkingByEmailOnlyWhereAllowed_data() { addBackendRows(); }
    void linkingByEmailOnlyWhereAllowed()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        ADP_REQUIRE_OIDC_PROVIDER();
        QVERIFY(start());
        QVERIFY(addProvider(QStringLiteral("strict")));
        QVERIFY(addProvider(QStringLiteral("trusting"), true));
        const auto created = m_server->app().auth().createUser(
            QStringLiteral("erin"), QStringLiteral("erin-password"), false,
            adp::server::MutationContext::system(QStringLiteral("test"), QStringLiteral("test")),
            QStringLiteral("Erin@Example.test"));
        QVERIFY(created.ok());

        const auto signIn = [&](const QString &provider, const QString &login) {
            const Client client;
            const QString code = queryItem(signInAs(provider, login, client), "code");
            return usernameOf(exchange(code, client.verifier).json().value("token").toString());
        };
        // Not allowed by this provider: a separate account, even with the same verified address.
        QCOMPARE(signIn(QStringLiteral("strict"), QStringLiteral("erin")), QStringLiteral("erin-2"));
        // Allowed, but the provider has not verified the address: a separate account too.
        QCOMPARE(signIn(QStringLiteral("trusting"), QStringLiteral("unverified-erin")),
                 QStringLiteral("unverified-erin"));
        // Allowed and verified: the existing local account, and it says so in the audit trail.
        QCOMPARE(signIn(QStringLiteral("trusting"), QStringLiteral("erin")), QStringLiteral("erin"));
        HttpTestClient admin(m_server->url());
        admin.login(TestServer::kAdmin, TestServer::kPassword);
        QCOMPARE(admin.get("/api/v1/audit?action=auth.identity_linked").json().value("items").toArray().size(), 1);
    }

    void verifiedEmailAcceptsInvitations_data() { addBackendRows(); }
    void verifiedEmailAcceptsInvitations()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        ADP_REQUIRE_OIDC_PROVIDER();
        QVERIFY(start());
        QVERIFY(addProvider(QStringLiteral("corp")));
        HttpTestClient admin(m_server->url());
        admin.login(TestServer::kAdmin, TestServer::kPassword);
        QCOMPARE(admin.post("/api/v1/organisations", {{"name", "Acme"}, {"slug", "acme"}}).status, 201);
        QCOMPARE(
            admin.post("/api/v1/organisations/acme/invitations", {{"email", "Frank@Example.test"}, {"role", "admin"}})
                .status,
            201);

        const auto signIn = [&](const QString &login) {
            const Client client;
            const QString code = queryItem(signInAs(QStringLiteral("corp"), login, client), "code");
            return exchange(code, client.verifier).json().value("token").toString();
        };
        // An address the provider has not confirmed accepts nothing.
        HttpTestClient unverified(m_server->url());
        unverified.setToken(signIn(QStringLiteral("unverified-frank")));
        QCOMPARE(unverified.get("/api/v1/organisations/acme").status, 404);
        QCOMPARE(admin.get("/api/v1/organisations/acme/invitations").json().value("items").toArray().size(), 1);

        // The confirmed address joins with the invited role, and the invitation is used up.
        HttpTestClient frank(m_server->url());
        frank.setToken(signIn(QStringLiteral("frank")));
        QCOMPARE(frank.get("/api/v1/organisations/acme").json().value("my_role").toString(), QStringLiteral("admin"));
        QCOMPARE(admin.get("/api/v1/organisations/acme/invitations").json().value("items").toArray().size(), 0);
        const QJsonArray accepted =
            admin.get("/api/v1/audit?action=org.invitation.accepted").json().value("items").toArray();
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(accepted.first().toObject().value("after").toObject().value("via").toString(),
                 QStringLiteral("verified_email"));
    }
};

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
