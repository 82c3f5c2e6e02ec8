#include "HttpTestClient.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QtTest>

using namespace adp::test;
using adp::server::ManualClock;

// A user's own sessions on both backends: listed with the current one marked,
// revoked one by one or all but the current, sliding expiry with a hard cap.
class TestSessions : public QObject
{
    Q_OBJECT

private:
private Q_SLOTS:
    void listAndRevoke_data() { addBackendRows(); }
    void listAndRevoke()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        if (backend == u"postgres")
            TestBackends::flushRedis();
        TestServer server(TestBackends::create(backend));
        QVERIFY(server.ok());
        HttpTestClient laptop(server.url()), phone(server.url()), ci(server.url());
        for (HttpTestClient *client : {&laptop, &phone, &ci})
            QVERIFY(!client->login(TestServer::kAdmin, TestServer::kPassword).isEmpty());

        const QJsonArray sessions = laptop.get("/api/v1/auth/sessions").json().value("items").toArray();
        QCOMPARE(sessions.size(), 3);
        int current = 0;
        QString phoneId;
        for (const QJsonValue &value : sessions) {
            current += value.toObject().value("current").toBool() ? 1 : 0;
            QCOMPARE(value.toObject().value("ip").toString(), QStringLiteral("127.0.0.1"));
        }
        QCOMPARE(current, 1);
        // The phone's id is the one it sees as current.
        for (const QJsonValue &value : phone.get("/api/v1/auth/sessions").json().value("items").toArray()) {
            if (value.toObject().value("current").toBool())
                phoneId = value.toObject().value("id").toString();
        }
        QCOMPARE(phoneId.size(), 16);

        QCOMPARE(laptop.del("/api/v1/auth/sessions/" + phoneId).status, 204);
        QCOMPARE(phone.get("/api/v1/projects").status, 401);
        QCOMPARE(laptop.del("/api/v1/auth/sessions/" + phoneId).status, 404);
        QCOMPARE(laptop.del("/api/v1/auth/sessions/0123456789abcdef").status, 404);

        const HttpResult everywhere = laptop.del("/api/v1/auth/sessions");
        QCOMPARE(everywhere.status, 200);
        QCOMPARE(everywhere.json().value("ended").toInt(), 1);
        QCOMPARE(ci.get("/api/v1/projects").status, 401);
        QCOMPARE(laptop.get("/api/v1/projects").status, 200); // the caller stays signed in
        QCOMPARE(laptop.get("/api/v1/auth/sessions").json().value("items").toArray().size(), 1);
    }

    void slidingWithAHardCap_data() { addBackendRows(); }
    void slidingWithAHardCap()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        if (backend == u"postgres")
            TestBackends::flushRedis();
        auto clock = std::make_shared<ManualClock>(QDateTime::currentMSecsSinceEpoch());
        TestServer server(TestBackends::create(backend), clock, 600, 1000); // idle 10 min, at most 1000 s
        QVERIFY(server.ok());
        HttpTestClient client(server.url());
        QVERIFY(!client.login(TestServer::kAdmin, TestServer::kPassword).isEmpty());
        clock->advanceMs(400 * 1000);
        QCOMPARE(client.get("/api/v1/projects").status, 200); // slides to 1000 s (the cap)
        clock->advanceMs(400 * 1000);
        QCOMPARE(client.get("/api/v1/projects").status, 200); // 800 s: alive only because it slid
        clock->advanceMs(150 * 1000);
        QCOMPARE(client.get("/api/v1/projects").status, 200); // 950 s
        clock->advanceMs(51 * 1000);
        QCOMPARE(client.get("/api/v1/projects").status, 401); // 1001 s: past the cap despite activity
    }
};

QTEST_GUILESS_MAIN(TestSessions)
#include "tst_sessions.moc"
