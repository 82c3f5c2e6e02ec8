#include "HttpTestClient.h"
#include "TestServer.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QWebSocket>
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

    std::unique_ptr<HttpTestClient> signIn(const QString &user)
    {
        auto client = std::make_unique<HttpTestClient>(m_server->url());
        if (!m_server->addUser(user, QStringLiteral("password-") + user) ||
            client->login(user, QStringLiteral("password-") + user).isEmpty())
            return nullptr;
        return client;
    }

    static QStringList slugsOf(const HttpResult &result)
    {
        QStringList slugs;
        for (const QJsonValue &item : result.json().value("items").toArray())
            slugs.append(item.toObject().value("slug").toString());
        return slugs;
    }

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
        QCOMPARE(script.get("/api/v1/auth/me").json().value("username").toString(),
                 QString::fromLatin1(TestServer::kAdmin));
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
        const QString secret =
            createToken({{"name", "dashboard"}, {"scopes", QJsonArray{"read_api"}}}).json().value("token").toString();
        HttpTestClient reader(m_server->url());
        reader.setToken(secret);
        QCOMPARE(reader.get("/api/v1/projects").status, 200);
        const HttpResult write = reader.post("/api/v1/projects", {{"name", "x"}, {"slug", "xy"}});
        QCOMPARE(write.status, 403);
        QCOMPARE(write.errorCode(), QStringLiteral("forbidden"));
        QCOMPARE(
            m_server->app().database().query(QStringLiteral("SELECT COUNT(*) FROM projects")).value(0, 0).toLongLong(),
            0);
    }

    // A project token reaches its project, at its role, and nothing else.
    void projectTokens_data() { addBackendRows(); }
    void projectTokens()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const auto bob = signIn(QStringLiteral("bob"));
        const auto dev = signIn(QStringLiteral("dev"));
        const auto eve = signIn(QStringLiteral("eve"));
        QVERIFY(bob && dev && eve);
        QCOMPARE(bob->post("/api/v1/projects", {{"name", "Alpha"}, {"slug", "alpha"}}).status, 201);
        QCOMPARE(bob->post("/api/v1/projects", {{"name", "Beta"}, {"slug", "beta"}}).status, 201);
        QCOMPARE(
            m_client->post("/api/v1/projects", {{"name", "Open"}, {"slug", "open"}, {"visibility", "public"}}).status,
            201);
        QCOMPARE(bob->put("/api/v1/projects/alpha/members/users/dev", {{"role", "developer"}}).status, 200);

        // Only maintainers create them, with a role no higher than their own.
        QCOMPARE(dev->post("/api/v1/projects/alpha/tokens", {{"name", "ci"}, {"role", "viewer"}}).status, 403);
        QCOMPARE(eve->post("/api/v1/projects/alpha/tokens", {{"name", "ci"}, {"role", "viewer"}}).status, 404);
        QCOMPARE(bob->post("/api/v1/projects/alpha/tokens", {{"name", "ci"}}).errorFields(), QStringList{"role"});
        QCOMPARE(bob->post("/api/v1/projects/alpha/tokens", {{"name", "ci"}, {"role", "owner"}}).errorFields(),
                 QStringList{"role"});
        QCOMPARE(bob->post("/api/v1/tokens", {{"name", "mine"}, {"role", "developer"}}).errorFields(),
                 QStringList{"role"});
        QCOMPARE(m_server->app()
                     .database()
                     .query(QStringLiteral("SELECT COUNT(*) FROM api_tokens"))
                     .value(0, 0)
                     .toLongLong(),
                 0);

        const HttpResult created = bob->post("/api/v1/projects/alpha/tokens", {{"name", "ci"}, {"role", "developer"}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value("project").toString(), QStringLiteral("alpha"));
        QCOMPARE(created.json().value("role").toString(), QStringLiteral("developer"));
        QCOMPARE(created.json().value("created_by").toString(), QStringLiteral("bob"));
        const qint64 tokenId = created.json().value("id").toInteger();
        HttpTestClient ci(m_server->url());
        ci.setToken(created.json().value("token").toString());

        // It sees its project at its role, and nothing else exists for it.
        QCOMPARE(slugsOf(ci.get("/api/v1/projects")), QStringList{"alpha"});
        QCOMPARE(ci.get("/api/v1/projects/alpha").json().value("my_role").toString(), QStringLiteral("developer"));
        QCOMPARE(ci.patch("/api/v1/projects/alpha", {{"description", "changed"}}).status, 403);
        QCOMPARE(ci.get("/api/v1/projects/beta").status, 404);
        QCOMPARE(ci.get("/api/v1/projects/open").status, 404);
        QCOMPARE(ci.get("/api/v1/organisations").json().value("items").toArray().size(), 0);
        QCOMPARE(ci.get("/api/v1/organisations/default").status, 404);
        QCOMPARE(ci.post("/api/v1/projects", {{"name", "New"}, {"slug", "new"}}).errorFields(),
                 QStringList{"organisation"});
        QCOMPARE(ci.post("/api/v1/projects/alpha/tokens", {{"name", "child"}, {"role", "viewer"}}).status, 403);

        // An administrator's project token is not an administrator.
        const HttpResult adminMade =
            m_client->post("/api/v1/projects/alpha/tokens",
                           {{"name", "ops"}, {"role", "maintainer"}, {"scopes", QJsonArray{"read_api"}}});
        QCOMPARE(adminMade.status, 201);
        HttpTestClient ops(m_server->url());
        ops.setToken(adminMade.json().value("token").toString());
        QCOMPARE(ops.get("/api/v1/audit").status, 403);
        QCOMPARE(ops.get("/api/v1/projects/alpha").json().value("my_role").toString(), QStringLiteral("maintainer"));
        QCOMPARE(ops.get("/api/v1/projects/beta").status, 404);

        // Listed for the project's maintainers, not among anyone's personal tokens.
        QCOMPARE(bob->get("/api/v1/projects/alpha/tokens").json().value("items").toArray().size(), 2);
        QCOMPARE(dev->get("/api/v1/projects/alpha/tokens").status, 403);
        QCOMPARE(bob->get("/api/v1/tokens").json().value("items").toArray().size(), 0);
        QVERIFY(!bob->get("/api/v1/projects/alpha/tokens")
                     .body.contains(created.json().value("token").toString().toUtf8()));

        // It acts as its creator: it never does more than they still may.
        QCOMPARE(m_client->put("/api/v1/projects/alpha/members/users/bob", {{"role", "reporter"}}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(ci.get("/api/v1/projects/alpha").json().value("my_role").toString(),
                                  QStringLiteral("reporter"), 3000);

        // Revoked by a maintainer through its project only.
        QCOMPARE(m_client->del(QStringLiteral("/api/v1/projects/beta/tokens/%1").arg(tokenId)).status, 404);
        QCOMPARE(m_client->del(QStringLiteral("/api/v1/tokens/%1").arg(tokenId)).status, 404);
        QCOMPARE(m_client->del(QStringLiteral("/api/v1/projects/alpha/tokens/%1").arg(tokenId)).status, 204);
        QCOMPARE(ci.get("/api/v1/projects/alpha").status, 401);
        const auto audit = m_server->app().database().query(
            QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action IN ('token.created', 'token.revoked')"));
        QCOMPARE(audit.value(0, 0).toLongLong(), 3);
    }

    void projectTokenHearsOnlyItsProject_data() { addBackendRows(); }
    void projectTokenHearsOnlyItsProject()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        for (const char *slug : {"alpha", "beta"})
            QCOMPARE(m_client
                         ->post("/api/v1/projects",
                                {{"name", QString::fromLatin1(slug)}, {"slug", QString::fromLatin1(slug)}})
                         .status,
                     201);
        const QString token = m_client->post("/api/v1/projects/alpha/tokens", {{"name", "watch"}, {"role", "viewer"}})
                                  .json()
                                  .value("token")
                                  .toString();
        QVERIFY(!token.isEmpty());
        QUrl url = m_server->url();
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/api/v1/events"));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QWebSocket socket;
        QSignalSpy connected(&socket, &QWebSocket::connected);
        QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
        socket.open(request);
        QVERIFY(connected.wait(5000));
        socket.sendTextMessage(QStringLiteral(R"({"type":"subscribe","topics":["projects"]})"));
        QVERIFY(messages.wait(5000));
        QCOMPARE(m_client->patch("/api/v1/projects/beta", {{"description", "elsewhere"}}).status, 200);
        QCOMPARE(m_client->patch("/api/v1/projects/alpha", {{"description", "here"}}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 2, 5000);
        QTest::qWait(200);
        QCOMPARE(messages.size(), 2);
        const QJsonObject seen = QJsonDocument::fromJson(messages.last().first().toString().toUtf8()).object();
        QCOMPARE(seen.value("data").toObject().value("slug").toString(), QStringLiteral("alpha"));
    }

    void badRequests_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        for (const QString &backend : TestBackends::names()) {
            const auto row = [&](const char *name) -> QTestData & {
                return QTest::newRow(qPrintable(backend + u' ' + QString::fromLatin1(name))) << backend;
            };
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
        QCOMPARE(m_server->app()
                     .database()
                     .query(QStringLiteral("SELECT COUNT(*) FROM api_tokens"))
                     .value(0, 0)
                     .toLongLong(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_tokens.moc"
