#include "HttpTestClient.h"
#include "ServerProcess.h"
#include "shared/client/EventsClient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace adp;
using namespace adp::test;

// The client side of live updates against a real adp-server process that
// goes away and comes back: reconnect with backoff, and a reload request
// when the restarted server cannot replay what was missed.
class TestEventsClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reconnectsAndAsksForReloadAfterRestart()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString listen = QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        QTemporaryDir dataDir;
        const Backend backend = TestBackends::create(QStringLiteral("sqlite"));

        auto server = std::make_unique<ServerProcess>(backend, dataDir.path());
        QVERIFY2(server->start({"--listen", listen}), qPrintable(server->output()));
        HttpTestClient http(server->url());
        const QString token = http.login(QStringLiteral("admin"), server->adminPassword());
        QVERIFY(!token.isEmpty());

        shared::ApiClient api;
        api.setBaseUrl(server->url());
        api.setToken(token);
        shared::EventsClient events(api);
        QSignalSpy connected(&events, &shared::EventsClient::connectedChanged);
        QSignalSpy received(&events, &shared::EventsClient::eventReceived);
        QSignalSpy resync(&events, &shared::EventsClient::resyncNeeded);
        events.start({QStringLiteral("projects")});
        QVERIFY(connected.wait(5000));
        QCOMPARE(connected.takeFirst().at(0).toBool(), true);

        QCOMPARE(http.post("/api/v1/projects", {{"name", "One"}, {"slug", "one"}}).status, 201);
        QVERIFY(received.wait(2000));
        QCOMPARE(received.takeFirst().at(1).toString(), QStringLiteral("project.created"));
        QVERIFY(events.lastOffset() > 0);

        // The server stops: the client notices and keeps trying.
        QCOMPARE(server->terminate(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 5000);
        QCOMPARE(connected.takeFirst().at(0).toBool(), false);
        QVERIFY(!events.isConnected());

        // It comes back on the same port with the same data (the session survives),
        // but its in-memory replay buffer is new: the client must reload.
        server = std::make_unique<ServerProcess>(backend, dataDir.path());
        QVERIFY2(server->start({"--listen", listen}), qPrintable(server->output()));
        QTRY_VERIFY_WITH_TIMEOUT(events.isConnected(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(resync.size(), 1, 5000);

        // And live events flow again.
        HttpTestClient again(server->url());
        again.setToken(token);
        QCOMPARE(again.post("/api/v1/projects", {{"name", "Two"}, {"slug", "two"}}).status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 3000);
        QCOMPARE(received.first().at(2).toJsonObject().value("slug").toString(), QStringLiteral("two"));
        events.stop();
    }
};

QTEST_GUILESS_MAIN(TestEventsClient)
#include "tst_events_client.moc"
