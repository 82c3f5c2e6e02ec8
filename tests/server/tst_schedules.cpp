#include "GitRepository.h"
#include "HttpTestClient.h"
#include "TestServer.h"
#include "app/ServerApp.h"
#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/LeaderLease.h"
#include "storage/Migrator.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace adp::test;
using adp::server::ManualClock;

// Pipeline schedules on both backends, on a clock the test moves: cron in a
// time zone with its next runs shown, bad expressions and zones refused
// naming the field, a due schedule running once as its owner, one catch-up
// after a long downtime (no stampede), owners and maintainers, and one
// active scheduler among replicas (the lease).
class TestSchedules : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kStartMs = 1795687230000; // 2026-11-26T10:00:30Z
    GitRepository m_repository;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;

    bool start(const Backend &backend)
    {
        m_clock = std::make_shared<ManualClock>(kStartMs);
        // No workers: these pipelines only need to exist; sessions outlive the clock's jumps.
        m_server = std::make_unique<TestServer>(backend, m_clock, 7 * 24 * 3600, 30 * 24 * 3600,
                                                [](adp::server::ServerConfig &config) { config.workers = 0; });
        if (!m_server->ok())
            return false;
        m_admin = std::make_unique<HttpTestClient>(m_server->url());
        if (m_admin->login(TestServer::kAdmin, TestServer::kPassword).isEmpty())
            return false;
        return m_admin
                   ->post("/api/v1/projects",
                          {{"name", "Shop"}, {"slug", "shop"}, {"repository_url", m_repository.path()}})
                   .status == 201;
    }

    QJsonArray pipelines() { return m_admin->get("/api/v1/projects/shop/pipelines").json().value("items").toArray(); }

    QJsonObject createSchedule(const QJsonObject &body)
    {
        const HttpResult created = m_admin->post("/api/v1/projects/shop/schedules", body);
        return created.status == 201 ? created.json() : QJsonObject{{"status", created.status}};
    }

    static QString at(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_repository.init());
        QVERIFY(m_repository.commitBranch("main", "nightly:\n  script: echo \"nightly for $NIGHTLY_TARGET\"\n"));
        QVERIFY(m_repository.commitBranch("broken", "nightly:\n  script: [\n"));
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void createShowChange_data() { addBackendRows(); }
    void createShowChange()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start(TestBackends::create(backend)));

        // Refused, naming the field, and nothing stored.
        const auto refusal = [&](const QJsonObject &body, const QString &field) {
            const HttpResult result = m_admin->post("/api/v1/projects/shop/schedules", body);
            return result.status == 422 && result.body.contains(("\"field\":\"" + field + "\"").toUtf8());
        };
        QVERIFY(refusal({{"description", "x"}, {"cron", "61 * * * *"}, {"ref", "main"}}, "cron"));
        QVERIFY(refusal({{"description", "x"}, {"cron", "0 0 31 2 *"}, {"ref", "main"}}, "cron")); // never fires
        QVERIFY(refusal({{"description", "x"}, {"cron", "0 3 * * *"}, {"timezone", "Mars/Olympus"}, {"ref", "main"}},
                        "timezone"));
        QVERIFY(refusal({{"description", "x"}, {"cron", "0 3 * * *"}}, "ref"));
        QVERIFY(refusal({{"cron", "0 3 * * *"}, {"ref", "main"}}, "description"));
        QVERIFY(refusal({{"description", "x"}, {"cron", "0 3 * * *"}, {"ref", "main"}, {"active", "yes"}}, "active"));
        QVERIFY(refusal({{"description", "x"}, {"cron", "0 3 * * *"}, {"ref", "main"}, {"colour", "red"}}, "colour"));
        QVERIFY(refusal({{"description", "x"}, {"cron", "0 3 * * *"}, {"ref", "main"}, {"variables", QJsonArray{1}}},
                        "variables"));
        QCOMPARE(m_admin->request("POST", "/api/v1/projects/shop/schedules", "{not json").status, 400);
        QCOMPARE(m_admin->post("/api/v1/projects/nope/schedules", {}).status, 404);
        QCOMPARE(m_admin->get("/api/v1/projects/shop/schedules").json().value("items").toArray().size(), 0);

        const QJsonObject nightly =
            createSchedule({{"description", "Nightly"},
                            {"cron", "30 2 * * *"},
                            {"timezone", "Europe/Berlin"},
                            {"ref", "main"},
                            {"variables", QJsonArray{QJsonObject{{"key", "NIGHTLY_TARGET"}, {"value", "staging"}}}}});
        QVERIFY2(nightly.contains("id"), qPrintable(QJsonDocument(nightly).toJson()));
        QCOMPARE(nightly.value("owner").toString(), QString::fromLatin1(TestServer::kAdmin));
        QCOMPARE(nightly.value("active").toBool(), true);
        // 02:30 in Berlin is 01:30 UTC in winter.
        QCOMPARE(nightly.value("next_run_at").toString(), QStringLiteral("2026-11-27T01:30:00.000Z"));
        const QJsonArray upcoming = nightly.value("next_runs").toArray();
        QCOMPARE(upcoming.size(), 5);
        QCOMPARE(upcoming.at(1).toString(), QStringLiteral("2026-11-28T01:30:00.000Z"));
        QCOMPARE(nightly.value("variables").toArray().at(0).toObject().value("value").toString(),
                 QStringLiteral("staging"));
        const qint64 id = nightly.value("id").toInteger();
        const QString path = QStringLiteral("/api/v1/schedules/%1").arg(id);
        QCOMPARE(m_admin->get(path).json().value("description").toString(), QStringLiteral("Nightly"));
        QCOMPARE(m_admin->get("/api/v1/projects/shop/schedules").json().value("items").toArray().size(), 1);

        // Off: no next run. On again with another expression: counted from now.
        const QJsonObject paused = m_admin->patch(path, {{"active", false}}).json();
        QVERIFY(paused.value("next_run_at").isNull());
        QCOMPARE(paused.value("next_runs").toArray().size(), 0);
        const QJsonObject resumed =
            m_admin->patch(path, {{"active", true}, {"cron", "*/10 * * * *"}, {"timezone", "UTC"}}).json();
        QCOMPARE(resumed.value("next_run_at").toString(), QStringLiteral("2026-11-26T10:10:00.000Z"));
        QCOMPARE(m_admin->patch(path, {{"cron", "bad"}}).status, 422);
        QCOMPARE(m_admin->get(path).json().value("cron").toString(), QStringLiteral("*/10 * * * *")); // unchanged
        QCOMPARE(m_admin->patch("/api/v1/schedules/999999", {{"active", false}}).status, 404);

        const QJsonArray audit =
            m_admin->get("/api/v1/audit?action=pipeline_schedule.").json().value("items").toArray();
        QCOMPARE(audit.size(), 3);                                   // created, updated twice
        QVERIFY(!QJsonDocument(audit).toJson().contains("staging")); // variable values stay out of the trail
        QCOMPARE(m_admin->del(path).status, 204);
        QCOMPARE(m_admin->get(path).status, 404);
    }

    void runsWhenDueAndCatchesUpOnce_data() { addBackendRows(); }
    void runsWhenDueAndCatchesUpOnce()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start(TestBackends::create(backend)));
        const QJsonObject schedule =
            createSchedule({{"description", "Ten"}, {"cron", "*/10 * * * *"}, {"ref", "main"}});
        const QString path = QStringLiteral("/api/v1/schedules/%1").arg(schedule.value("id").toInteger());
        QTest::qWait(1500); // a scheduler tick or more: nothing is due yet
        QCOMPARE(pipelines().size(), 0);

        m_clock->advanceMs(10 * 60 * 1000); // 10:10:30
        QTRY_COMPARE_WITH_TIMEOUT(pipelines().size(), 1, 5000);
        const QJsonObject made = pipelines().at(0).toObject();
        QCOMPARE(made.value("source").toString(), QStringLiteral("schedule"));
        QCOMPARE(made.value("triggered_by").toString(), QString::fromLatin1(TestServer::kAdmin));
        QJsonObject after = m_admin->get(path).json();
        QCOMPARE(after.value("last_pipeline_id").toInteger(), made.value("id").toInteger());
        QCOMPARE(after.value("next_run_at").toString(), QStringLiteral("2026-11-26T10:20:00.000Z"));

        // Ten hours down: sixty runs missed, one made, and the next counts from now.
        m_clock->advanceMs(10 * 3600 * 1000); // 20:10:30
        QTRY_COMPARE_WITH_TIMEOUT(pipelines().size(), 2, 5000);
        QTest::qWait(2500);
        QCOMPARE(pipelines().size(), 2);
        after = m_admin->get(path).json();
        QCOMPARE(after.value("next_run_at").toString(), QStringLiteral("2026-11-26T20:20:00.000Z"));
        QCOMPARE(after.value("last_run_at").toString(), at(m_clock->nowMs()).left(19) + QStringLiteral(".000Z"));

        // Played by hand: now, as the caller, without moving the next run.
        const HttpResult played = m_admin->post(path + QStringLiteral("/play"), {});
        QCOMPARE(played.status, 201);
        QCOMPARE(played.json().value("source").toString(), QStringLiteral("schedule"));
        QCOMPARE(m_admin->get(path).json().value("next_run_at").toString(), QStringLiteral("2026-11-26T20:20:00.000Z"));

        // A ref whose definition is broken makes no pipeline and says why.
        QCOMPARE(m_admin->patch(path, {{"ref", "broken"}}).status, 200);
        m_clock->advanceMs(10 * 60 * 1000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_admin->get(path).json().value("last_error").toString().isEmpty(), 5000);
        QVERIFY2(m_admin->get(path).json().value("last_error").toString().contains(QStringLiteral(".gitlab-ci.yml")),
                 qPrintable(m_admin->get(path).json().value("last_error").toString()));
        QCOMPARE(pipelines().size(), 3);
    }

    void ownersAndMaintainers_data() { addBackendRows(); }
    void ownersAndMaintainers()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start(TestBackends::create(backend)));
        QVERIFY(m_server->addUser(QStringLiteral("dev"), QStringLiteral("developer password")));
        QVERIFY(m_server->addUser(QStringLiteral("rep"), QStringLiteral("reporter password")));
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/dev", {{"role", "developer"}}).status, 200);
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/rep", {{"role", "reporter"}}).status, 200);
        HttpTestClient dev(m_server->url());
        QVERIFY(!dev.login(QStringLiteral("dev"), QStringLiteral("developer password")).isEmpty());
        HttpTestClient rep(m_server->url());
        QVERIFY(!rep.login(QStringLiteral("rep"), QStringLiteral("reporter password")).isEmpty());

        const QJsonObject admins = createSchedule({{"description", "Admin's"}, {"cron", "0 * * * *"}, {"ref", "main"}});
        const QString adminsPath = QStringLiteral("/api/v1/schedules/%1").arg(admins.value("id").toInteger());
        QCOMPARE(rep.get(adminsPath).status, 200); // reporters read
        QCOMPARE(
            rep.post("/api/v1/projects/shop/schedules", {{"description", "r"}, {"cron", "0 * * * *"}, {"ref", "main"}})
                .status,
            403);
        QCOMPARE(dev.patch(adminsPath, {{"description", "mine now"}}).status, 403); // another's: maintainers only
        QCOMPARE(dev.del(adminsPath).status, 403);

        const HttpResult own = dev.post("/api/v1/projects/shop/schedules",
                                        {{"description", "Dev's"}, {"cron", "*/5 * * * *"}, {"ref", "main"}});
        QCOMPARE(own.status, 201);
        const QString ownPath = QStringLiteral("/api/v1/schedules/%1").arg(own.json().value("id").toInteger());
        QCOMPARE(dev.patch(ownPath, {{"description", "Dev's, renamed"}}).status, 200);

        // Its owner loses the right to run pipelines: the due run makes none and says why.
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/dev", {{"role", "reporter"}}).status, 200);
        QCOMPARE(m_admin->patch(adminsPath, {{"active", false}}).status, 200);
        m_clock->advanceMs(5 * 60 * 1000);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_admin->get(ownPath).json().value("last_error").toString().contains(QStringLiteral("dev")), 5000);
        QCOMPARE(pipelines().size(), 0);
        // A maintainer takes it over (and owns it from then on): it runs again, as them.
        QCOMPARE(m_admin->patch(ownPath, {{"description", "Taken over"}}).json().value("owner").toString(),
                 QString::fromLatin1(TestServer::kAdmin));
        m_clock->advanceMs(5 * 60 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(pipelines().size(), 1, 5000);
        QCOMPARE(pipelines().at(0).toObject().value("triggered_by").toString(),
                 QString::fromLatin1(TestServer::kAdmin));
    }

    // Schedule and pipeline variables are often credentials: sealed in the database (a dump shows no
    // value), values shown to maintainers only, and still what the pipeline runs with.
    void variablesAreSealedAndShownToMaintainersOnly_data() { addBackendRows(); }
    void variablesAreSealedAndShownToMaintainersOnly()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start(TestBackends::create(backend)));
        QVERIFY(m_server->addUser(QStringLiteral("rep"), QStringLiteral("reporter password")));
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/rep", {{"role", "reporter"}}).status, 200);
        HttpTestClient rep(m_server->url());
        QVERIFY(!rep.login(QStringLiteral("rep"), QStringLiteral("reporter password")).isEmpty());
        const QJsonArray variables{QJsonObject{{"key", "DEPLOY_TOKEN"}, {"value", "sched-secret-4711"}}};
        const QJsonObject created = createSchedule(
            {{"description", "Nightly"}, {"cron", "0 3 * * *"}, {"ref", "main"}, {"variables", variables}});
        const QString path = QStringLiteral("/api/v1/schedules/%1").arg(created.value("id").toInteger());
        QCOMPARE(created.value("variables").toArray().at(0).toObject().value("value").toString(),
                 QStringLiteral("sched-secret-4711"));
        const QJsonObject seen = rep.get(path).json().value("variables").toArray().at(0).toObject();
        QCOMPARE(seen.value("key").toString(), QStringLiteral("DEPLOY_TOKEN"));
        QVERIFY(seen.value("value").toString().isEmpty());
        QVERIFY(!rep.get("/api/v1/projects/shop/schedules").body.contains("sched-secret-4711"));
        auto &database = m_server->app().database();
        const QString stored =
            database.query(QStringLiteral("SELECT variables FROM pipeline_schedules")).value(0, 0).toString();
        QVERIFY2(stored.startsWith(QStringLiteral("sealed:")) && !stored.contains(QStringLiteral("sched-secret")),
                 qPrintable(stored));
        // A pipeline run with a variable keeps it sealed too.
        const HttpResult run =
            m_admin->post("/api/v1/projects/shop/pipelines",
                          {{"ref", "main"},
                           {"variables", QJsonArray{QJsonObject{{"key", "ONE_OFF"}, {"value", "run-secret-0815"}}}}});
        QCOMPARE(run.status, 201);
        const QString pipelineRow = database
                                        .query(QStringLiteral("SELECT variables FROM pipelines WHERE id = ?"),
                                               {run.json().value("id").toInteger()})
                                        .value(0, 0)
                                        .toString();
        QVERIFY2(pipelineRow.startsWith(QStringLiteral("sealed:")) &&
                     !pipelineRow.contains(QStringLiteral("run-secret")),
                 qPrintable(pipelineRow));
    }

    void oneLeaseHolderAtATime_data() { addBackendRows(); }
    void oneLeaseHolderAtATime()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        const Backend storage = TestBackends::create(backend);
        auto database = adp::server::storage::Database::open(storage.databaseUrl, 2);
        adp::server::storage::Migrator(*database).migrate();
        using adp::server::storage::LeaderLease;
        LeaderLease first(*database, QStringLiteral("scheduler"), QStringLiteral("first"), 15000);
        LeaderLease second(*database, QStringLiteral("scheduler"), QStringLiteral("second"), 15000);
        QVERIFY(first.hold(1000));
        QVERIFY(!second.hold(1000));
        QVERIFY(first.hold(10000));   // renewed until 25 000
        QVERIFY(!second.hold(20000)); // not expired yet
        QVERIFY(second.hold(25000));  // expired: taken over
        QVERIFY(!first.hold(26000));
        second.release();
        QVERIFY(first.hold(26000)); // handed over at once
    }

    // Two replicas of a team server on one database: one schedule, one pipeline per due time.
    void twoReplicasRunEachDueScheduleOnce()
    {
        ADP_REQUIRE_BACKEND(QStringLiteral("postgres"));
        const Backend storage = TestBackends::create(QStringLiteral("postgres"));
        QVERIFY(start(storage));
        QTemporaryDir otherData;
        adp::server::ServerConfig config;
        config.listenHost = QStringLiteral("127.0.0.1");
        config.dataDir = otherData.path();
        config.databaseUrl = storage.databaseUrl;
        config.redisUrl = storage.redisUrl;
        config.workers = 0;
        config.pollIntervalSeconds = 0;
        config.repositoryRoots = {QDir::tempPath()};
        config.auditKeyFile = m_server->dataDir() + QStringLiteral("/audit.key");
        config.secretsKeyFile = m_server->dataDir() + QStringLiteral("/secrets.key");
        adp::server::ServerApp replica(config, m_clock);
        QString error;
        QVERIFY2(replica.open(&error) && replica.listen(&error), qPrintable(error));
        QVERIFY(
            createSchedule({{"description", "Every minute"}, {"cron", "* * * * *"}, {"ref", "main"}}).contains("id"));
        for (int minute = 1; minute <= 3; ++minute) {
            m_clock->advanceMs(60 * 1000);
            QTRY_COMPARE_WITH_TIMEOUT(pipelines().size(), minute, 5000);
        }
        QTest::qWait(2500); // both schedulers had more than two ticks: nothing more
        QCOMPARE(pipelines().size(), 3);
        // The replica holding the lease stops: the other takes over once it expires.
        const auto holder =
            replica.database().query(QStringLiteral("SELECT holder FROM leader_leases")).value(0, 0).toString();
        QVERIFY(!holder.isEmpty());
        replica.shutdown();
        m_clock->advanceMs(60 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(pipelines().size(), 4, 5000);
    }
};

QTEST_GUILESS_MAIN(TestSchedules)
#include "tst_schedules.moc"
