#include "HttpTestClient.h"
#include "TestServer.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QtTest>

using namespace adp::test;
using adp::server::ManualClock;

// Personal API tokens over HTTP on both backends: shown once, stored hashed,
// scoped, expiring, revocable, and never a way to mint more tokens.
class TestTokens : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;

    bool start()
    {
        QFETCH(QString, backend);
        if (backend == u"postgres")
            TestBackends::flushRedis();
        m_clock = std::make_shared<ManualClock>(QDateTime::currentMSecsSinceEpoch());
        m_server = std::make_unique<TestServer>(TestBackends::create(backend), m_clock, 365LL * 24 * 3600);
        if (!m_server->ok())
            return false;
        m_client = std::make_unique<HttpTestClient>(m_server->url());
        return !m_client->login(TestServer::kAdmin, TestServer::kPassword).isEmpty();
    }

    HttpResult createToken(const QJsonObject &body) { return m_client->post("/api/v1/tokens", body); }

private Q_SLOTS:
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void lifecycle_data() { addBackendRows(); }

    void lifecycle()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const HttpResult created = createToken({{"name", "ci"}, {"expires_in_days", 7}});
        QCOMPARE(created.status, 201);
        const QString secret = created.json().value("token").toString();
        const qint64 id = created.json().value("id").toInteger();
        QVERIFY(secret.startsWith(QStringLiteral("adp_")));
        QCOMPARE(created.json().value("scopes").toArray(), QJsonArray{"api"});

        // Only a hash is stored, and the list never shows the secret.
        const auto stored = m_server->app().database().query(QStringLiteral("SELECT token_hash FROM api_tokens"));
        QCOMPARE(stored.size(), 1);
        QVERIFY(stored.value(0, 0).toString() != secret);
        const HttpResult listed = m_client->get("/api/v1/tokens");
        QCOMPARE(listed.json().value("items").toArray().size(), 1);
        QVERIFY(!listed.body.contains(secret.toUtf8()));

        // The token works like a session, for reads and writes.
        HttpTestClient script(m_server->url());
        script.setToken(secret);
        QCOMPARE(script.get("/api/v1/auth/me").json().value("username").toString(), QString::fromLatin1(TestServer::kAdmin));
        QCOMPARE(script.post("/api/v1/projects", {{"name", "From CI"}, {"slug", "from-ci"}}).status, 201);
        // ...but it cannot mint more tokens.
        QCOMPARE(script.post("/api/v1/tokens", {{"name", "child"}}).status, 403);

        // Expiry: 7 days on the server's clock.
        m_clock->advanceMs(7LL * 24 * 3600 * 1000 + 1);
        QCOMPARE(script.get("/api/v1/projects").status, 401);
        QCOMPARE(m_client->get("/api/v1/tokens").json().value("items").toArray().size(), 0);

        // Revoking ends it at once; revoking twice or someone else's is 404.
        const HttpResult second = createToken({{"name", "deploy"}});
        script.setToken(second.json().value("token").toString());
        QCOMPARE(script.get("/api/v1/projects").status, 200);
        const qint64 secondId = second.json().value("id").toInteger();
        QCOMPARE(m_client->del(QStringLiteral("/api/v1/tokens/%1").arg(secondId)).status, 204);
        QCOMPARE(script.get("/api/v1/projects").status, 401);
        QCOMPARE(m_client->del(QStringLiteral("/api/v1/tokens/%1").arg(secondId)).status, 404);
        QCOMPARE(m_client->del(QStringLiteral("/api/v1/tokens/%1").arg(id + 1000)).status, 404);

        QVERIFY(m_server->addUser(QStringLiteral("eve"), QStringLiteral("eve-password")));
        HttpTestClient eve(m_server->url());
        QVERIFY(!eve.login(QStringLiteral("eve"), QStringLiteral("eve-password")).isEmpty());
        const qint64 third = createToken({{"name", "mine"}}).json().value("id").toInteger();
        QCOMPARE(eve.del(QStringLiteral("/api/v1/tokens/%1").arg(third)).status, 404);
        QCOMPARE(eve.get("/api/v1/tokens").json().value("items").toArray().size(), 0);

        const auto audit = m_server->app().database().query(
            QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action IN ('token.created', 'token.revoked')"));
        QCOMPARE(audit.value(0, 0).toLongLong(), 4);
    }

    void readOnlyScope_data() { addBackendRows(); }
    void readOnlyScope()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QString secret = createToken({{"name", "dashboard"}, {"scopes", QJsonArray{"read_api"}}}).json().value("token").toString();
        HttpTestClient reader(m_server->url());
        reader.setToken(secret);
        QCOMPARE(reader.get("/api/v1/projects").status, 200);
        const HttpResult write = reader.post("/api/v1/projects", {{"name", "x"}, {"slug", "xy"}});
        QCOMPARE(write.status, 403);
        QCOMPARE(write.errorCode(), QStringLiteral("forbidden"));
        QCOMPARE(m_server->app().database().query(QStringLiteral("SELECT COUNT(*) FROM projects")).value(0, 0).toLongLong(), 0);
    }

    void badRequests_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        for (const QString &backend : TestBackends::names()) {
            const auto row = [&](const char *name) -> QTestData & { return QTest::newRow(qPrintable(backend + u' ' + QString::fromLatin1(name))) << backend; };
            row("no name") << QByteArray(R"({"scopes":["api"]})") << "name";
            row("unknown scope") << QByteArray(R"({"name":"x","scopes":["root"]})") << "scopes";
            row("scopes not array") << QByteArray(R"({"name":"x","scopes":"api"})") << "scopes";
            row("empty scopes") << QByteArray(R"({"name":"x","scopes":[]})") << "scopes";
            row("too long") << QByteArray(R"({"name":"x","expires_in_days":366})") << "expires_in_days";
            row("zero days") << QByteArray(R"({"name":"x","expires_in_days":0})") << "expires_in_days";
            row("unknown field") << QByteArray(R"({"name":"x","admin":true})") << "admin";
        }
    }

    void badRequests()
    {
        QFETCH(QString, backend);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const HttpResult result = m_client->request("POST", "/api/v1/tokens", body);
        QCOMPARE(result.status, 422);
        QVERIFY2(result.errorFields().contains(field), qPrintable(result.errorFields().join(u',')));
        QCOMPARE(m_server->app().database().query(QStringLiteral("SELECT COUNT(*) FROM api_tokens")).value(0, 0).toLongLong(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_tokens.moc"
