#include "GitRepository.h"
#include "HttpTestClient.h"
#include "ServerProcess.h"
#include "storage/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace adp::test;

// Nothing is lost when a process dies, with the real executables: a worker
// SIGKILLed mid-job (its jobs end retried or failed "worker lost" within the
// lease), adp-server SIGKILLed with 1,000 jobs queued and restarted, and Redis
// restarted under 1,000 queued jobs. Every job ends in exactly one terminal
// state; none is left pending or running, none is lost.
class TestReliability : public QObject
{
    Q_OBJECT

private:
    static constexpr int kPipelines = 5;
    static constexpr int kJobsEach = 200; // GitLab's largest parallel
    GitRepository m_repository;

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    // Signs in and makes the project; the client keeps the session.
    static bool prepare(HttpTestClient &client, const QString &password, const QString &repository)
    {
        return !client.login(QStringLiteral("admin"), password).isEmpty() &&
               client.post("/api/v1/projects", {{"name", "Shop"}, {"slug", "shop"}, {"repository_url", repository}})
                       .status == 201;
    }

    static QList<qint64> runMany(HttpTestClient &client, const QString &ref, int count)
    {
        QList<qint64> pipelines;
        for (int i = 0; i < count; ++i)
            pipelines.append(
                client.post("/api/v1/projects/shop/pipelines", {{"ref", ref}}).json().value("id").toInteger());
        return pipelines;
    }

    static qint64 countJobs(adp::server::storage::Database &database, const QString &where)
    {
        return database.query(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE ") + where).value(0, 0).toLongLong();
    }

    // The jobs that did not succeed, with why and the end of their logs: what a failed count means.
    static QString unsuccessful(HttpTestClient &client, adp::server::storage::Database &database)
    {
        QString text;
        const auto rows = database.query(QStringLiteral(
            "SELECT id, name, status, failure_reason, attempt FROM jobs WHERE status <> 'success' ORDER BY id LIMIT 5"));
        for (int i = 0; i < rows.size(); ++i) {
            text += QStringLiteral("\njob %1 %2: %3 (%4), attempt %5\n")
                        .arg(rows.value(i, 0).toString(), rows.value(i, 1).toString(), rows.value(i, 2).toString(),
                             rows.value(i, 3).toString(), rows.value(i, 4).toString());
            text += QString::fromUtf8(
                client.get(QStringLiteral("/api/v1/jobs/%1/log").arg(rows.value(i, 0).toString())).body.right(800));
        }
        return text;
    }

    // Waits until no job is pending, running or created; answers whether that happened in time.
    static bool waitUntilAllEnded(adp::server::storage::Database &database, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (countJobs(database, QStringLiteral("status IN ('created', 'pending', 'running')")) == 0)
                return true;
            QTest::qWait(250);
        }
        return false;
    }

    static QString databaseUrlOf(const Backend &backend, const QString &dataDir)
    {
        return backend.databaseUrl.isEmpty() ? QStringLiteral("sqlite://") + dataDir + QStringLiteral("/adp.db")
                                             : backend.databaseUrl;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_repository.init());
        QVERIFY(m_repository.commitBranch(
            "many", QStringLiteral("job:\n  parallel: %1\n  retry:\n    max: 1\n    when: runner_system_failure\n"
                                   "  script: echo $CI_JOB_NAME\n")
                        .arg(kJobsEach)
                        .toUtf8()));
        QVERIFY(m_repository.commitBranch("long",
                                          "lost:\n  script: sleep 30\n"
                                          "resumed:\n  retry:\n    max: 1\n    when: runner_system_failure\n  script:\n"
                                          "    - if [ \"$CI_JOB_ATTEMPT\" -ge 2 ]; then echo resumed; exit 0; fi\n"
                                          "    - sleep 30\n"));
    }

    void aKilledWorkersJobsAreRecovered()
    {
        ADP_REQUIRE_BACKEND(QStringLiteral("postgres"));
        TestBackends::flushRedis();
        const Backend backend = TestBackends::create(QStringLiteral("postgres"));
        ServerProcess api(backend);
        QVERIFY2(api.start({"--role", "api"}), qPrintable(api.output()));
        HttpTestClient client(api.url());
        QVERIFY(prepare(client, api.adminPassword(), m_repository.path()));
        const QStringList workerArguments{
            "--role",  "worker",         "--job-lease", "3",    "--database",         backend.databaseUrl,
            "--redis", backend.redisUrl, "--log-level", "warn", "--repository-roots", QDir::tempPath()};
        QProcess first;
        first.start(ServerProcess::binary(QStringLiteral("adp-server")),
                    workerArguments + QStringList{"--data-dir", api.dataDir() + "/w1"});
        QVERIFY(first.waitForStarted(10000));
        const qint64 pipeline =
            client.post("/api/v1/projects/shop/pipelines", {{"ref", "long"}}).json().value("id").toInteger();
        auto database = adp::server::storage::Database::open(backend.databaseUrl, 1);
        QTRY_COMPARE_WITH_TIMEOUT(countJobs(*database, QStringLiteral("status = 'running'")), 2, 30000);
        QTest::qWait(500);
        first.kill(); // SIGKILL: no chance to say anything
        QVERIFY(first.waitForFinished(10000));
        QElapsedTimer sinceKill;
        sinceKill.start();

        QProcess second;
        second.start(ServerProcess::binary(QStringLiteral("adp-server")),
                     workerArguments + QStringList{"--data-dir", api.dataDir() + "/w2"});
        QVERIFY(second.waitForStarted(10000));
        QVERIFY(waitUntilAllEnded(*database, 30000));
        // Within the lease (3 s) and a sweep (2 s), plus the resumed job's own run.
        QVERIFY2(sinceKill.elapsed() < 15000, qPrintable(QString::number(sinceKill.elapsed())));
        const QJsonArray jobs =
            client.get(QStringLiteral("/api/v1/pipelines/%1").arg(pipeline)).json().value("jobs").toArray();
        QCOMPARE(jobs.size(), 2);
        for (const QJsonValue &value : jobs) {
            const QJsonObject job = value.toObject();
            if (job.value("name").toString() == u"lost") {
                QCOMPARE(job.value("status").toString(), QStringLiteral("failed"));
                QCOMPARE(job.value("failure_reason").toString(), QStringLiteral("worker lost"));
            } else {
                QCOMPARE(job.value("status").toString(), QStringLiteral("success"));
                QCOMPARE(job.value("attempt").toInt(), 2);
            }
        }
        second.terminate();
        QVERIFY(second.waitForFinished(15000));
    }

    void aKilledServerLosesNoQueuedJob_data() { addBackendRows(); }
    void aKilledServerLosesNoQueuedJob()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        if (backend == u"postgres")
            TestBackends::flushRedis();
        const Backend storage = TestBackends::create(backend);
        ServerProcess server(storage);
        QVERIFY2(server.start({"--job-lease", "3"}), qPrintable(server.output()));
        HttpTestClient client(server.url());
        QVERIFY(prepare(client, server.adminPassword(), m_repository.path()));
        runMany(client, QStringLiteral("many"), kPipelines);
        auto database = adp::server::storage::Database::open(databaseUrlOf(storage, server.dataDir()), 1);
        QCOMPARE(countJobs(*database, QStringLiteral("1 = 1")), qint64(kPipelines * kJobsEach));
        QTRY_VERIFY_WITH_TIMEOUT(countJobs(*database, QStringLiteral("status = 'success'")) >= 20, 60000);
        server.kill(); // SIGKILL with most of the 1,000 jobs still queued
        const qint64 doneBefore = countJobs(*database, QStringLiteral("status = 'success'"));
        QVERIFY(doneBefore < kPipelines * kJobsEach);

        QVERIFY2(server.start({"--job-lease", "3"}), qPrintable(server.output()));
        QVERIFY(waitUntilAllEnded(*database, 240000));
        // Each job ended once, in success: the ones the kill interrupted were retried (attempt 2).
        QVERIFY2(countJobs(*database, QStringLiteral("status = 'success'")) == qint64(kPipelines * kJobsEach),
                 qPrintable(unsuccessful(client, *database)));
        QCOMPARE(countJobs(*database, QStringLiteral("attempt > 2")), qint64(0));
        QCOMPARE(database->query(QStringLiteral("SELECT COUNT(*) FROM pipelines WHERE status = 'success'"))
                     .value(0, 0)
                     .toLongLong(),
                 qint64(kPipelines));
        server.terminate();
    }

    void aRestartedRedisLosesNoQueuedJob()
    {
        ADP_REQUIRE_BACKEND(QStringLiteral("postgres"));
        // A Redis of this test's own, so that restarting it disturbs no other test.
        const quint16 port = freePort();
        const QStringList redisArguments{"--port", QString::number(port), "--bind", "127.0.0.1", "--save",
                                         "",       "--appendonly",        "no"};
        QProcess redis;
        redis.start(QStringLiteral("redis-server"), redisArguments);
        QVERIFY(redis.waitForStarted(10000));
        QTest::qWait(300);
        Backend storage = TestBackends::create(QStringLiteral("postgres"));
        storage.redisUrl = QStringLiteral("redis://127.0.0.1:%1").arg(port);
        ServerProcess server(storage);
        QVERIFY2(server.start({"--job-lease", "3"}), qPrintable(server.output()));
        HttpTestClient client(server.url());
        QVERIFY(prepare(client, server.adminPassword(), m_repository.path()));
        runMany(client, QStringLiteral("many"), kPipelines);
        auto database = adp::server::storage::Database::open(storage.databaseUrl, 1);
        QTRY_VERIFY_WITH_TIMEOUT(countJobs(*database, QStringLiteral("status = 'success'")) >= 20, 60000);

        redis.kill(); // its stream of hints and every session go with it
        QVERIFY(redis.waitForFinished(10000));
        QTest::qWait(1000);
        redis.start(QStringLiteral("redis-server"), redisArguments);
        QVERIFY(redis.waitForStarted(10000));

        QVERIFY(waitUntilAllEnded(*database, 240000));
        QVERIFY2(countJobs(*database, QStringLiteral("status = 'success'")) == qint64(kPipelines * kJobsEach),
                 qPrintable(unsuccessful(client, *database)));
        QCOMPARE(database->query(QStringLiteral("SELECT COUNT(*) FROM pipelines WHERE status = 'success'"))
                     .value(0, 0)
                     .toLongLong(),
                 qint64(kPipelines));
        server.terminate();
        redis.kill();
        redis.waitForFinished(10000);
    }
};

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"
