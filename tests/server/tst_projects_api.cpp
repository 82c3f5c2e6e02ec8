#include "HttpTestClient.h"
#include "TestServer.h"
#include "events/EventHub.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QWebSocket>
#include <QtTest>
#include <algorithm>

using namespace adp::test;
using adp::server::ManualClock;

// The projects and auth API over real HTTP on a real server, on the embedded
// backend (SQLite, in-process sessions) and the team backend (PostgreSQL +
// Redis) alike.
class TestProjectsApi : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;

    // Starts a server on the row's backend and signs in as the admin.
    bool start()
    {
        QFETCH(QString, backend);
        if (backend == u"postgres")
            TestBackends::flushRedis();
        m_clock = std::make_shared<ManualClock>(QDateTime::currentMSecsSinceEpoch());
        m_server = std::make_unique<TestServer>(TestBackends::create(backend), m_clock, 600);
        if (!m_server->ok()) {
            qWarning() << m_server->error();
            return false;
        }
        m_client = std::make_unique<HttpTestClient>(m_server->url());
        return !m_client->login(QString::fromLatin1(TestServer::kAdmin), QString::fromLatin1(TestServer::kPassword))
                    .isEmpty();
    }

    HttpResult createProject(const QString &name, const QString &slug, const QJsonObject &extra = {})
    {
        QJsonObject body = extra;
        body.insert(QStringLiteral("name"), name);
        body.insert(QStringLiteral("slug"), slug);
        return m_client->post(QStringLiteral("/api/v1/projects"), body);
    }

    qint64 projectCount()
    {
        return m_server->app()
            .database()
            .query(QStringLiteral("SELECT COUNT(*) FROM projects"))
            .value(0, 0)
            .toLongLong();
    }

    qint64 auditCount(const QString &action)
    {
        return m_server->app()
            .database()
            .query(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"), {action})
            .value(0, 0)
            .toLongLong();
    }

    QStringList walkSlugs(const QString &sort, int limit, const QString &search = {})
    {
        QStringList slugs;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("sort"), sort);
            query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
            if (!search.isEmpty())
                query.addQueryItem(QStringLiteral("q"), search);
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            const HttpResult result =
                m_client->get(QStringLiteral("/api/v1/projects?") + query.toString(QUrl::FullyEncoded));
            if (result.status != 200)
                return {QStringLiteral("HTTP %1").arg(result.status)};
            const QJsonObject json = result.json();
            for (const QJsonValue &item : json.value(QStringLiteral("items")).toArray())
                slugs.append(item.toObject().value(QStringLiteral("slug")).toString());
            if (json.value(QStringLiteral("next_cursor")).isNull())
                return slugs;
            cursor = json.value(QStringLiteral("next_cursor")).toString();
        }
        return slugs;
    }

    // Whether this server's event hub has delivered an event of `type` (in offset order: every
    // event before it too).
    bool heard(const QString &type)
    {
        const auto recent = m_server->app().events().replayAfter(0);
        return recent && std::any_of(recent->begin(), recent->end(),
                                     [&type](const adp::server::events::Event &event) { return event.type == type; });
    }

private Q_SLOTS:
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void crudRoundTrip_data() { addBackendRows(); }
    void crudRoundTrip()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const HttpResult created =
            createProject(QStringLiteral("Payments"), QStringLiteral("payments"),
                          {{QStringLiteral("repository_url"), QStringLiteral("git@github.com:acme/payments.git")},
                           {QStringLiteral("visibility"), QStringLiteral("internal")},
                           {QStringLiteral("description"), QStringLiteral("支付")}});
        QCOMPARE(created.status, 201);
        const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(created.headers.value("location"), "/api/v1/projects/" + QByteArray::number(id));
        QCOMPARE(created.json().value(QStringLiteral("created_by")).toString(),
                 QString::fromLatin1(TestServer::kAdmin));
        QCOMPARE(created.json().value(QStringLiteral("default_branch")).toString(), QStringLiteral("main"));
        QCOMPARE(auditCount(QStringLiteral("project.created")), 1);

        const HttpResult bySlug = m_client->get(QStringLiteral("/api/v1/projects/payments"));
        const HttpResult byId = m_client->get(QStringLiteral("/api/v1/projects/%1").arg(id));
        QCOMPARE(bySlug.status, 200);
        QCOMPARE(bySlug.json(), byId.json());
        QCOMPARE(bySlug.json().value(QStringLiteral("description")).toString(), QStringLiteral("支付"));

        m_clock->advanceMs(5);
        const HttpResult updated = m_client->patch(QStringLiteral("/api/v1/projects/payments"),
                                                   {{QStringLiteral("slug"), QStringLiteral("payments-api")},
                                                    {QStringLiteral("default_branch"), QStringLiteral("develop")}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json().value(QStringLiteral("slug")).toString(), QStringLiteral("payments-api"));
        QCOMPARE(updated.json().value(QStringLiteral("name")).toString(), QStringLiteral("Payments"));
        QVERIFY(updated.json().value(QStringLiteral("updated_at")).toString() >
                created.json().value(QStringLiteral("updated_at")).toString());
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/projects/payments")).status, 404);
        QCOMPARE(auditCount(QStringLiteral("project.updated")), 1);

        QCOMPARE(m_client->del(QStringLiteral("/api/v1/projects/payments-api")).status, 204);
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/projects/%1").arg(id)).status, 404);
        QCOMPARE(projectCount(), 0);
        QCOMPARE(auditCount(QStringLiteral("project.deleted")), 1);
    }

    // Lists are served from the list cache: a change through the server is listed at once, a
    // change no server was told of (a row written by hand) within the cache's second.
    void listsFollowChangesAtOnce_data() { addBackendRows(); }
    void listsFollowChangesAtOnce()
    {
        QVERIFY(start());
        QCOMPARE(createProject(QStringLiteral("Alpha"), QStringLiteral("alpha")).status, 201);
        QCOMPARE(walkSlugs(QStringLiteral("name"), 50), QStringList{QStringLiteral("alpha")});
        QCOMPARE(createProject(QStringLiteral("Beta"), QStringLiteral("beta")).status, 201);
        QCOMPARE(walkSlugs(QStringLiteral("name"), 50), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
        QCOMPARE(m_client->patch(QStringLiteral("/api/v1/projects/alpha"), {{"name", "Zulu"}}).status, 200);
        QCOMPARE(walkSlugs(QStringLiteral("name"), 50), (QStringList{QStringLiteral("beta"), QStringLiteral("alpha")}));
        QCOMPARE(m_client->del(QStringLiteral("/api/v1/projects/beta")).status, 204);
        QCOMPARE(walkSlugs(QStringLiteral("name"), 50), QStringList{QStringLiteral("alpha")});
        // A team server hears its own changes back through Redis a moment later, and they clear
        // the cache again: let them arrive, and the list be cached again after them, before
        // writing behind its back.
        QTRY_VERIFY_WITH_TIMEOUT(heard(QStringLiteral("project.deleted")), 5000);
        QCOMPARE(walkSlugs(QStringLiteral("name"), 50), QStringList{QStringLiteral("alpha")});

        // Written behind the server's back: cached for at most a second.
        m_server->app().database().query(
            QStringLiteral("INSERT INTO projects (name, sort_name, search_text, slug, default_branch, visibility, "
                           "created_at, updated_at, api_json) VALUES ('Gamma', 'gamma', 'gamma', 'gamma', 'main', "
                           "'private', 1, 1, '{\"slug\":\"gamma\"}')"));
        QCOMPARE(walkSlugs(QStringLiteral("name"), 50), QStringList{QStringLiteral("alpha")});
        m_clock->advanceMs(1000);
        QCOMPARE(walkSlugs(QStringLiteral("name"), 50),
                 (QStringList{QStringLiteral("gamma"), QStringLiteral("alpha")}));
    }

    // Two replicas of a team server: what one changes, the other lists as soon as Redis
    // brings the event, not a second later.
    void anotherReplicasChangeIsListedAtOnce()
    {
        ADP_REQUIRE_BACKEND(QStringLiteral("postgres"));
        TestBackends::flushRedis();
        m_clock = std::make_shared<ManualClock>(QDateTime::currentMSecsSinceEpoch());
        const Backend backend = TestBackends::create(QStringLiteral("postgres"));
        m_server = std::make_unique<TestServer>(backend, m_clock, 600);
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        TestServer other(backend, m_clock, 600);
        QVERIFY2(other.ok(), qPrintable(other.error()));
        m_client = std::make_unique<HttpTestClient>(m_server->url());
        QVERIFY(!m_client->login(QString::fromLatin1(TestServer::kAdmin), QString::fromLatin1(TestServer::kPassword))
                     .isEmpty());
        HttpTestClient otherClient(other.url());
        QVERIFY(!otherClient.login(QString::fromLatin1(TestServer::kAdmin), QString::fromLatin1(TestServer::kPassword))
                     .isEmpty());
        const auto listedThere = [&otherClient]() {
            QStringList slugs;
            const QJsonArray items = otherClient.get(QStringLiteral("/api/v1/projects?sort=name"))
                                         .json()
                                         .value(QStringLiteral("items"))
                                         .toArray();
            for (const QJsonValue &item : items)
                slugs.append(item.toObject().value(QStringLiteral("slug")).toString());
            return slugs;
        };
        QCOMPARE(listedThere(), QStringList());
        QCOMPARE(createProject(QStringLiteral("Alpha"), QStringLiteral("alpha")).status, 201);
        // The clock stands still: only the event can make the other replica read again.
        QTRY_COMPARE_WITH_TIMEOUT(listedThere(), QStringList{QStringLiteral("alpha")}, 5000);
        QCOMPARE(m_client->del(QStringLiteral("/api/v1/projects/alpha")).status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(listedThere(), QStringList(), 5000);
    }

    void cursorPagesSearchAndSort_data() { addBackendRows(); }
    void cursorPagesSearchAndSort()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QStringList slugs;
        for (int i = 0; i < 23; ++i) {
            const QString slug = QStringLiteral("p%1").arg(i, 2, 10, QChar(u'0'));
            // Names in mixed case and reversed order, so name order != slug order.
            const QString name = (i % 2 ? QStringLiteral("alpha ") : QStringLiteral("Alpha ")) + QChar(u'z' - i);
            m_clock->advanceMs(1);
            QCOMPARE(createProject(name, slug).status, 201);
            slugs.append(slug);
        }
        QCOMPARE(walkSlugs(QStringLiteral("slug"), 5), slugs);
        QStringList reversed(slugs.rbegin(), slugs.rend());
        QCOMPARE(walkSlugs(QStringLiteral("-slug"), 4), reversed);
        QCOMPARE(walkSlugs(QStringLiteral("created_at"), 7), slugs);
        QCOMPARE(walkSlugs(QStringLiteral("name"), 6), reversed); // 'z'-i: later projects sort first
        QCOMPARE(walkSlugs(QStringLiteral("-name"), 50), slugs);

        QCOMPARE(walkSlugs(QStringLiteral("slug"), 10, QStringLiteral("P1")).size(), 10); // p10..p19, case-insensitive
        QCOMPARE(walkSlugs(QStringLiteral("slug"), 10, QStringLiteral("ALPHA z")), QStringList{QStringLiteral("p00")});
        QCOMPARE(walkSlugs(QStringLiteral("slug"), 10, QStringLiteral("100%")), QStringList{});
        QCOMPARE(walkSlugs(QStringLiteral("slug"), 10, QStringLiteral("_")), QStringList{}); // no LIKE wildcards

        // A cursor made for one sort is refused for another.
        const QString cursor = m_client->get(QStringLiteral("/api/v1/projects?sort=slug&limit=2"))
                                   .json()
                                   .value(QStringLiteral("next_cursor"))
                                   .toString();
        QVERIFY(!cursor.isEmpty());
        const HttpResult mismatched = m_client->get(QStringLiteral("/api/v1/projects?sort=name&cursor=") + cursor);
        QCOMPARE(mismatched.status, 422);
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/projects?cursor=%%%garbage")).status, 422);
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/projects?sort=password")).status, 400);
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/projects?limit=101")).errorCode(),
                 QStringLiteral("bad_request"));
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");

        const QByteArray big =
            "{\"name\":\"x\",\"slug\":\"big\",\"description\":\"" + QByteArray(70 * 1024, 'a') + "\"}";
        for (const QString &backend : TestBackends::names()) {
            const auto row = [&](const char *name) -> QTestData & {
                return QTest::newRow(qPrintable(backend + u' ' + QString::fromLatin1(name))) << backend;
            };
            row("malformed json") << QByteArray("POST") << "/api/v1/projects" << QByteArray("{\"name\": \"x\",") << 400
                                  << "bad_request"
                                  << "";
            row("array body") << QByteArray("POST") << "/api/v1/projects" << QByteArray("[1,2]") << 400 << "bad_request"
                              << "";
            row("empty body") << QByteArray("POST") << "/api/v1/projects" << QByteArray("") << 400 << "bad_request"
                              << "";
            row("wrong type") << QByteArray("POST") << "/api/v1/projects" << QByteArray(R"({"name":"x","slug":42})")
                              << 422 << "validation_failed"
                              << "slug";
            row("missing slug") << QByteArray("POST") << "/api/v1/projects" << QByteArray(R"({"name":"x"})") << 422
                                << "validation_failed"
                                << "slug";
            row("missing name") << QByteArray("POST") << "/api/v1/projects" << QByteArray(R"({"slug":"xx"})") << 422
                                << "validation_failed"
                                << "name";
            row("overlong name") << QByteArray("POST") << "/api/v1/projects"
                                 << ("{\"name\":\"" + QByteArray(101, 'n') + "\",\"slug\":\"nn\"}") << 422
                                 << "validation_failed"
                                 << "name";
            row("unknown field") << QByteArray("POST") << "/api/v1/projects"
                                 << QByteArray(R"({"name":"x","slug":"xy","owner":"root"})") << 422
                                 << "validation_failed"
                                 << "owner";
            row("bad visibility") << QByteArray("POST") << "/api/v1/projects"
                                  << QByteArray(R"({"name":"x","slug":"xy","visibility":"secret"})") << 422
                                  << "validation_failed"
                                  << "visibility";
            row("duplicate slug") << QByteArray("POST") << "/api/v1/projects"
                                  << QByteArray(R"({"name":"Other","slug":"existing"})") << 409 << "conflict"
                                  << "slug";
            row("oversized body") << QByteArray("POST") << "/api/v1/projects" << big << 413 << "payload_too_large"
                                  << "";
            row("update unknown id") << QByteArray("PATCH") << "/api/v1/projects/999999"
                                     << QByteArray(R"({"name":"y"})") << 404 << "not_found"
                                     << "";
            row("update to taken slug") << QByteArray("PATCH") << "/api/v1/projects/second"
                                        << QByteArray(R"({"slug":"existing"})") << 409 << "conflict"
                                        << "slug";
            row("update invalid branch") << QByteArray("PATCH") << "/api/v1/projects/existing"
                                         << QByteArray(R"({"default_branch":"a b"})") << 422 << "validation_failed"
                                         << "default_branch";
            row("update malformed") << QByteArray("PATCH") << "/api/v1/projects/existing" << QByteArray("nope") << 400
                                    << "bad_request"
                                    << "";
            row("delete unknown slug") << QByteArray("DELETE") << "/api/v1/projects/ghost" << QByteArray() << 404
                                       << "not_found"
                                       << "";
            row("show unknown") << QByteArray("GET") << "/api/v1/projects/123456" << QByteArray() << 404 << "not_found"
                                << "";
            row("wrong method") << QByteArray("PUT") << "/api/v1/projects/existing" << QByteArray("{}") << 405
                                << "method_not_allowed"
                                << "";
            row("unknown path") << QByteArray("GET") << "/api/v1/nothing" << QByteArray() << 404 << "not_found"
                                << "";
        }
    }

    void badInputChangesNothing()
    {
        QFETCH(QString, backend);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QCOMPARE(createProject(QStringLiteral("Existing"), QStringLiteral("existing")).status, 201);
        QCOMPARE(createProject(QStringLiteral("Second"), QStringLiteral("second")).status, 201);
        const QByteArray before = m_client->get(QStringLiteral("/api/v1/projects?sort=slug")).body;
        const qint64 auditBefore = m_server->app()
                                       .database()
                                       .query(QStringLiteral("SELECT COUNT(*) FROM audit_events"))
                                       .value(0, 0)
                                       .toLongLong();

        const HttpResult result = m_client->request(method, path, body);
        QCOMPARE(result.status, status);
        QCOMPARE(result.errorCode(), code);
        QVERIFY(!result.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
        QVERIFY(!result.headers.value("x-request-id").isEmpty());
        if (!field.isEmpty())
            QVERIFY2(result.errorFields().contains(field), qPrintable(result.errorFields().join(u',')));
        if (status == 405)
            QVERIFY(result.headers.value("allow").contains("PATCH"));
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/projects?sort=slug")).body, before);
        QCOMPARE(m_server->app()
                     .database()
                     .query(QStringLiteral("SELECT COUNT(*) FROM audit_events"))
                     .value(0, 0)
                     .toLongLong(),
                 auditBefore);
    }

    void sessionsRequiredExpireAndEnd_data() { addBackendRows(); }
    void sessionsRequiredExpireAndEnd()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        HttpTestClient anonymous(m_server->url());
        const HttpResult missing =
            anonymous.post(QStringLiteral("/api/v1/projects"), {{QStringLiteral("name"), QStringLiteral("x")},
                                                                {QStringLiteral("slug"), QStringLiteral("xx")}});
        QCOMPARE(missing.status, 401);
        QCOMPARE(missing.errorCode(), QStringLiteral("unauthenticated"));
        QCOMPARE(missing.headers.value("www-authenticate"), QByteArray("Bearer"));
        anonymous.setToken(QStringLiteral("forged-token"));
        QCOMPARE(anonymous.get(QStringLiteral("/api/v1/projects")).status, 401);
        QCOMPARE(projectCount(), 0);

        const HttpResult me = m_client->get(QStringLiteral("/api/v1/auth/me"));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("username")).toString(), QString::fromLatin1(TestServer::kAdmin));
        QCOMPARE(me.json().value(QStringLiteral("is_admin")).toBool(), true);

        // Wrong password and unknown users get the same answer.
        HttpTestClient other(m_server->url());
        const HttpResult wrong = other.post(QStringLiteral("/api/v1/auth/login"),
                                            {{QStringLiteral("username"), QString::fromLatin1(TestServer::kAdmin)},
                                             {QStringLiteral("password"), QStringLiteral("wrong password")}});
        const HttpResult unknown = other.post(QStringLiteral("/api/v1/auth/login"),
                                              {{QStringLiteral("username"), QStringLiteral("mallory")},
                                               {QStringLiteral("password"), QStringLiteral("wrong password")}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.json(), unknown.json());
        QCOMPARE(auditCount(QStringLiteral("auth.login_failed")), 2);
        QCOMPARE(other.request("POST", QStringLiteral("/api/v1/auth/login"), "{\"username\":1}").status, 422);

        // Expiry: a session idle for its TTL (600 s on the test server's clock) ends;
        // each use pushes the end out again.
        m_clock->advanceMs(599 * 1000);
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/projects")).status, 200);
        m_clock->advanceMs(599 * 1000);
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/projects")).status, 200);
        m_clock->advanceMs(601 * 1000);
        const HttpResult expired = m_client->get(QStringLiteral("/api/v1/projects"));
        QCOMPARE(expired.status, 401);
        QVERIFY(expired.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
            QStringLiteral("expired")));

        // Logout ends the session at once.
        m_client->login(QString::fromLatin1(TestServer::kAdmin), QString::fromLatin1(TestServer::kPassword));
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/projects")).status, 200);
        QCOMPARE(m_client->request("POST", QStringLiteral("/api/v1/auth/logout")).status, 204);
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/projects")).status, 401);
        QCOMPARE(auditCount(QStringLiteral("auth.logout")), 1);
    }

    void loginIsRateLimited_data() { addBackendRows(); }
    void loginIsRateLimited()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QVERIFY(m_server->addUser(QStringLiteral("bob"), QStringLiteral("bob-password")));
        HttpTestClient client(m_server->url());
        const auto attempt = [&](const QString &user, const QString &password) {
            return client.post(QStringLiteral("/api/v1/auth/login"), {{"username", user}, {"password", password}});
        };
        for (int i = 0; i < 5; ++i)
            QCOMPARE(attempt(TestServer::kAdmin, QStringLiteral("guess %1").arg(i)).status, 401);
        // Now even the right password is refused, without being checked, until the window ends.
        const HttpResult limited = attempt(TestServer::kAdmin, TestServer::kPassword);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
        const int retryAfter = limited.headers.value("retry-after").toInt();
        QVERIFY2(retryAfter > 800 && retryAfter <= 900, limited.headers.value("retry-after").constData());
        QCOMPARE(auditCount(QStringLiteral("auth.login_rate_limited")), 1);
        // Other accounts from the same address are not locked out by it.
        QCOMPARE(attempt(QStringLiteral("bob"), QStringLiteral("bob-password")).status, 200);
        if (backend == u"sqlite") {
            // Spraying many accounts from one address trips the per-address limit (30 failures).
            for (int i = 0; i < 25; ++i)
                QCOMPARE(attempt(QStringLiteral("spray-%1").arg(i), QStringLiteral("password")).status, 401);
            QCOMPARE(attempt(QStringLiteral("bob"), QStringLiteral("bob-password")).status, 429);
            m_clock->advanceMs(15 * 60 * 1000 + 1);
            QCOMPARE(attempt(TestServer::kAdmin, TestServer::kPassword).status, 200);
            QCOMPARE(attempt(QStringLiteral("bob"), QStringLiteral("bob-password")).status, 200);
        } else {
            TestBackends::flushRedis(); // the counters live in Redis with a real TTL
        }
    }

    void plumbingEndpoints_data() { addBackendRows(); }
    void plumbingEndpoints()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        HttpTestClient anonymous(m_server->url());
        QCOMPARE(anonymous.get(QStringLiteral("/healthz")).status, 200);
        const HttpResult ready = anonymous.get(QStringLiteral("/readyz"));
        QCOMPARE(ready.status, 200);
        QCOMPARE(ready.json()[QStringLiteral("checks")][QStringLiteral("database")].toString(), QStringLiteral("ok"));
        QCOMPARE(ready.json()[QStringLiteral("checks")].toObject().contains(QStringLiteral("redis")),
                 backend == u"postgres");

        const HttpResult echoed =
            anonymous.request("GET", QStringLiteral("/healthz"), {}, {{"X-Request-Id", "trace-123"}});
        QCOMPARE(echoed.headers.value("x-request-id"), QByteArray("trace-123"));
        const HttpResult replaced =
            anonymous.request("GET", QStringLiteral("/healthz"), {}, {{"X-Request-Id", "bad id\twith spaces"}});
        QVERIFY(!replaced.headers.value("x-request-id").isEmpty());
        QVERIFY(replaced.headers.value("x-request-id") != "bad id\twith spaces");

        m_client->get(QStringLiteral("/api/v1/projects"));
        const HttpResult metrics = anonymous.get(QStringLiteral("/metrics"));
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.headers.value("content-type").startsWith("text/plain"));
        QVERIFY(
            metrics.body.contains("adp_http_requests_total{method=\"GET\",route=\"/api/v1/projects\",status=\"200\"}"));
        QVERIFY(metrics.body.contains(
            "adp_http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/v1/projects\",le=\"0.005\"}"));
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty())
            QSKIP("promtool (Debian package prometheus) is not installed");
        QProcess check;
        check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        check.write(metrics.body);
        check.closeWriteChannel();
        QVERIFY(check.waitForFinished(30000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
    }

    void readinessFollowsRedis()
    {
        ADP_REQUIRE_BACKEND(QStringLiteral("postgres"));
        // A Redis of our own, so stopping it disturbs no other test.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess redis;
        redis.start(QStringLiteral("redis-server"),
                    {"--bind", "127.0.0.1", "--port", QString::number(port), "--save", "", "--appendonly", "no"});
        QVERIFY(redis.waitForStarted());
        QTest::qWait(300);
        Backend backend = TestBackends::create(QStringLiteral("postgres"));
        backend.redisUrl = QStringLiteral("redis://127.0.0.1:%1").arg(port);
        TestServer server(backend);
        QVERIFY2(server.ok(), qPrintable(server.error()));
        HttpTestClient client(server.url());
        QCOMPARE(client.get("/readyz").status, 200);
        const QString token = client.login(TestServer::kAdmin, TestServer::kPassword);
        QVERIFY(!token.isEmpty());

        redis.kill();
        redis.waitForFinished();
        const HttpResult ready = client.get("/readyz");
        QCOMPARE(ready.status, 503);
        QCOMPARE(ready.json().value("checks").toObject().value("redis").toString(), QStringLiteral("unreachable"));
        QCOMPARE(client.get("/healthz").status, 200); // the process itself is fine
        HttpTestClient fresh(server.url());
        const HttpResult login =
            fresh.post("/api/v1/auth/login", {{"username", TestServer::kAdmin}, {"password", TestServer::kPassword}});
        QCOMPARE(login.status, 503);
        QCOMPARE(login.errorCode(), QStringLiteral("unavailable"));
    }

    void eventsWebSocketPushesAndResumes_data() { addBackendRows(); }
    void eventsWebSocketPushesAndResumes()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QUrl wsUrl = m_server->url();
        wsUrl.setScheme(QStringLiteral("ws"));
        wsUrl.setPath(QStringLiteral("/api/v1/events"));

        // Without a session the upgrade is refused.
        QWebSocket stranger;
        QSignalSpy strangerClosed(&stranger, &QWebSocket::disconnected);
        stranger.open(wsUrl);
        QVERIFY(strangerClosed.wait(5000));
        QVERIFY(stranger.state() != QAbstractSocket::ConnectedState);

        // Plain GET on the events path is a clear 400.
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/events")).status, 400);

        QWebSocket socket;
        QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
        // Authenticate with the query parameter form, as a browser would.
        QUrl tokenUrl = wsUrl;
        const QString token =
            m_client->login(QString::fromLatin1(TestServer::kAdmin), QString::fromLatin1(TestServer::kPassword));
        tokenUrl.setQuery(QStringLiteral("access_token=") + token);
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(tokenUrl);
        QVERIFY(connected.wait(5000));
        socket.sendTextMessage(QStringLiteral(R"({"type":"subscribe","topics":["projects"]})"));
        QVERIFY(messages.wait(5000));
        const QJsonObject subscribed = QJsonDocument::fromJson(messages.takeFirst().at(0).toString().toUtf8()).object();
        QCOMPARE(subscribed.value(QStringLiteral("type")).toString(), QStringLiteral("subscribed"));
        const QString epoch = subscribed.value(QStringLiteral("epoch")).toString();
        QVERIFY(!epoch.isEmpty());

        QCOMPARE(createProject(QStringLiteral("Live"), QStringLiteral("live")).status, 201);
        QVERIFY(messages.wait(5000));
        const QJsonObject event = QJsonDocument::fromJson(messages.takeFirst().at(0).toString().toUtf8()).object();
        QCOMPARE(event.value(QStringLiteral("event")).toString(), QStringLiteral("project.created"));
        QCOMPARE(event[QStringLiteral("data")][QStringLiteral("slug")].toString(), QStringLiteral("live"));
        const qint64 offset = event.value(QStringLiteral("offset")).toInteger();
        QVERIFY(offset > 0);
        socket.close();

        // Changes made while disconnected are replayed after the last offset.
        QCOMPARE(m_client->del(QStringLiteral("/api/v1/projects/live")).status, 204);
        QCOMPARE(createProject(QStringLiteral("Later"), QStringLiteral("later")).status, 201);
        QWebSocket again;
        QSignalSpy replayed(&again, &QWebSocket::textMessageReceived);
        QSignalSpy againConnected(&again, &QWebSocket::connected);
        QNetworkRequest authorised(wsUrl);
        authorised.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        again.open(authorised);
        QVERIFY(againConnected.wait(5000));
        again.sendTextMessage(QStringLiteral(R"({"type":"subscribe","topics":["projects"],"after":%1,"epoch":"%2"})")
                                  .arg(offset)
                                  .arg(epoch));
        QTRY_COMPARE_WITH_TIMEOUT(replayed.size(), 3, 5000);
        QStringList types;
        for (const QList<QVariant> &message : replayed)
            types.append(QJsonDocument::fromJson(message.at(0).toString().toUtf8())
                             .object()
                             .value(QStringLiteral("event"))
                             .toString());
        QCOMPARE(types, (QStringList{QString(), QStringLiteral("project.deleted"), QStringLiteral("project.created")}));

        // Offsets from another numbering (a restarted server) cannot be replayed: reload.
        replayed.clear();
        again.sendTextMessage(
            QStringLiteral(R"({"type":"subscribe","topics":["projects"],"after":%1,"epoch":"elsewhere"})").arg(offset));
        QTRY_COMPARE_WITH_TIMEOUT(replayed.size(), 2, 5000);
        QCOMPARE(QJsonDocument::fromJson(replayed.at(1).at(0).toString().toUtf8()).object().value("type").toString(),
                 QStringLiteral("resync"));
    }
};

QTEST_GUILESS_MAIN(TestProjectsApi)
#include "tst_projects_api.moc"
