#include "AdminSession.h"
#include "GitRepository.h"
#include "PipelineCalls.h"
#include "ProgramOnPath.h"
#include "runner/ShellExecutor.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace adp::test;

// Jobs really run, on both backends: the in-process workers take pending
// jobs, the shell executor runs them at the pipeline's commit with GitLab's
// variables, logs are stored, stages and needs follow success and failure,
// timeouts kill the whole process tree, and a job whose worker vanished is
// recovered (retried or failed with "worker lost"), never left running.
class TestJobRuns : public QObject
{
    Q_OBJECT

private:
    GitRepository m_repository;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;

    bool commitBranch(const QString &branch, const QByteArray &definition)
    {
        return m_repository.commitFiles(
            branch, {{QStringLiteral(".gitlab-ci.yml"), definition}, {QStringLiteral("README"), "hello\n"}},
            QStringLiteral("CI for ") + branch);
    }

    bool start(const std::function<void(adp::server::ServerConfig &)> &configure = {})
    {
        QFETCH(QString, backend);
        AdminSession session = AdminSession::start(backend, configure);
        if (!session.ok())
            return false;
        m_server = std::move(session.server);
        m_admin = std::move(session.admin);
        return m_admin
                   ->post("/api/v1/projects",
                          {{"name", "Shop"}, {"slug", "shop"}, {"repository_url", m_repository.path()}})
                   .status == 201;
    }

    qint64 run(const QString &ref)
    {
        return m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", ref}}).json().value("id").toInteger();
    }

    QJsonObject waitUntilFinished(qint64 pipeline, int timeoutMs = 60000)
    {
        return adp::test::waitUntilFinished(*m_admin, pipeline, timeoutMs);
    }

    static QJsonObject job(const QJsonObject &pipeline, const QString &name) { return jobNamed(pipeline, name); }

    QString log(const QJsonObject &job)
    {
        return QString::fromUtf8(
            m_admin->get(QStringLiteral("/api/v1/jobs/%1/log").arg(job.value("id").toInteger())).body);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_repository.init());
        QVERIFY(commitBranch(
            "main",
            "stages: [build, test, deploy]\nvariables:\n  GREETING: hello\n"
            "build:\n  stage: build\n  script:\n    - echo \"$GREETING from $CI_JOB_NAME at $CI_COMMIT_SHORT_SHA on "
            "$CI_COMMIT_BRANCH\"\n"
            "    - test -f README\n    - test \"$CI_PROJECT_DIR\" = \"$PWD\"\n"
            "    - test \"$(git rev-parse HEAD)\" = \"$CI_COMMIT_SHA\"\n"
            "    - git branch -r | grep -q 'origin/slow'\n"
            "    - test \"$(git describe --tags)\" = v1.0\n"
            "    - git log -1 --format=%s | grep -q 'CI for main'\n"
            "unit:\n  stage: test\n  needs: [build]\n  script:\n    - echo unit\n    - test \"$CI_PIPELINE_SOURCE\" = "
            "api\n"
            "broken:\n  stage: test\n  script:\n    - echo before failure\n    - exit 3\n    - echo never printed\n"
            "  after_script:\n    - echo cleaning up\n"
            "deploy:\n  stage: deploy\n  script: echo deploy\n"
            "cleanup:\n  stage: deploy\n  when: on_failure\n  script: echo cleanup after failure\n"));
        QVERIFY(commitBranch("slow", "slow:\n  timeout: 2 seconds\n  script:\n    - sleep 61.25 &\n    - wait\n"));
        QVERIFY(
            commitBranch("retry", "flaky:\n  retry: 1\n  script: echo ran again\nsteady:\n  script: echo steady\n"));
        QVERIFY(commitBranch("long", "long:\n  script:\n    - echo started\n    - sleep 60\n"));
        QVERIFY(commitBranch("delayed", "later:\n  when: delayed\n  start_in: 2 seconds\n  script: echo on time\n"));
        QVERIFY(
            commitBranch("manual", "build:\n  script: echo built\nship:\n  when: manual\n  script: echo shipped\n"));
        QVERIFY(commitBranch(
            "sandboxed", "boxed:\n  script:\n    - echo inside > made-here.txt\n    - test -f README\n"
                         "    - test -d \"$DATA\" && test ! -e \"$DATA/secrets.key\"\n"
                         "    - if touch /usr/escape 2>/dev/null || touch /etc/escape 2>/dev/null; then exit 9; fi\n"
                         "    - git --version\n"
                         "    - test \"$(git rev-parse HEAD)\" = \"$CI_COMMIT_SHA\" && git log -1 --format=%s\n"
                         "    - test \"$(ls \"$DATA/mirrors\")\" = \"$CI_PROJECT_ID.git\" && "
                         "test ! -e \"$DATA/mirrors/$CI_PROJECT_ID.git/config\"\n"
                         "  artifacts:\n    paths: [made-here.txt]\n"));
        QVERIFY(commitBranch("stages", "stages: [one, two, three]\n"
                                       ".check: &check\n  script:\n"
                                       "    - test \"$(git rev-parse HEAD)\" = \"$CI_COMMIT_SHA\"\n"
                                       "    - test -z \"$(git status --porcelain)\" && git diff-files --quiet\n"
                                       "    - test \"$(cat README)\" = hello && echo changed > README\n"
                                       "one:\n  stage: one\n  <<: *check\n"
                                       "two:\n  stage: two\n  <<: *check\n"
                                       "three:\n  stage: three\n  <<: *check\n"));
        // Annotated, so that describe needs what a clone would have: the tag and where it points.
        QVERIFY(m_repository.git({"tag", "-a", "v1.0", "-m", "first release", "main"}));
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void jobsRunAndFollowStagesAndNeeds_data() { addBackendRows(); }
    void jobsRunAndFollowStagesAndNeeds()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QJsonObject finished = waitUntilFinished(run(QStringLiteral("main")));
        QCOMPARE(finished.value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(job(finished, "build").value("status").toString(), QStringLiteral("success"));
        QCOMPARE(job(finished, "unit").value("status").toString(), QStringLiteral("success"));
        QCOMPARE(job(finished, "broken").value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(job(finished, "broken").value("failure_reason").toString(), QStringLiteral("script_failure"));
        QCOMPARE(job(finished, "deploy").value("status").toString(), QStringLiteral("skipped"));
        QCOMPARE(job(finished, "cleanup").value("status").toString(), QStringLiteral("success"));
        QVERIFY(!finished.value("finished_at").isNull());

        const QString sha = finished.value("sha").toString().left(8);
        const QString buildLog = log(job(finished, "build"));
        QVERIFY2(buildLog.contains(QStringLiteral("hello from build at %1 on main").arg(sha)), qPrintable(buildLog));
        QVERIFY(buildLog.contains(QStringLiteral("$ test -f README")));
        QVERIFY(buildLog.contains(QStringLiteral("Job succeeded")));
        const QString brokenLog = log(job(finished, "broken"));
        QVERIFY(brokenLog.contains(QStringLiteral("before failure")));
        QVERIFY(brokenLog.contains(QStringLiteral("cleaning up")));
        QVERIFY(!brokenLog.contains(QStringLiteral("never printed\n")));
        QVERIFY(brokenLog.contains(QStringLiteral("exit code 3")));
        QCOMPARE(m_admin->get("/api/v1/jobs/999999/log").status, 404);
    }

    void sandboxShowsOnlyTheWorkspace_data() { addBackendRows(); }
    void sandboxShowsOnlyTheWorkspace()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QString why;
        if (!adp::server::runner::ShellExecutor::sandboxAvailable(&why))
            QSKIP(qPrintable(why));
        QVERIFY(start([](adp::server::ServerConfig &config) {
            config.isolation = adp::server::ServerConfig::Isolation::Bubblewrap;
        }));
        QVERIFY(QFile::exists(m_server->dataDir() + QStringLiteral("/secrets.key"))); // there, but not for the job
        const qint64 id =
            m_admin
                ->post("/api/v1/projects/shop/pipelines",
                       {{"ref", "sandboxed"},
                        {"variables", QJsonArray{QJsonObject{{"key", "DATA"}, {"value", m_server->dataDir()}}}}})
                .json()
                .value("id")
                .toInteger();
        const QJsonObject boxed = job(waitUntilFinished(id), "boxed");
        QVERIFY2(boxed.value("status").toString() == u"success", qPrintable(log(boxed)));
        QVERIFY(boxed.contains("artifacts")); // what it wrote in its workspace is kept
        QVERIFY(!QFile::exists(QStringLiteral("/usr/escape")) && !QFile::exists(QStringLiteral("/etc/escape")));
    }

    void timeoutKillsTheWholeTree_data() { addBackendRows(); }
    void timeoutKillsTheWholeTree()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QElapsedTimer timer;
        timer.start();
        const QJsonObject finished = waitUntilFinished(run(QStringLiteral("slow")));
        QCOMPARE(job(finished, "slow").value("failure_reason").toString(), QStringLiteral("job_execution_timeout"));
        QVERIFY(timer.elapsed() < 40000); // 2 s of timeout, not the 60 s of the sleep
        // The background sleep died with its job (found by its unusual argument: its pid is the sandbox's own).
        const auto sleeperAlive = []() {
            for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
                QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
                if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll() == QByteArray("sleep\0"
                                                                                         "61.25\0",
                                                                                         12))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!sleeperAlive(), 5000);
    }

    void cancelPlayAndRetry_data() { addBackendRows(); }
    void cancelPlayAndRetry()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        // Cancel reaches a running job within a second or two.
        const qint64 longRun = run(QStringLiteral("long"));
        QTRY_COMPARE_WITH_TIMEOUT(job(m_admin->get(QStringLiteral("/api/v1/pipelines/%1").arg(longRun)).json(), "long")
                                      .value("status")
                                      .toString(),
                                  QStringLiteral("running"), 30000);
        const HttpResult canceled =
            m_admin->post(QStringLiteral("/api/v1/pipelines/%1/cancel").arg(longRun), QJsonObject{});
        QCOMPARE(canceled.status, 200);
        QCOMPARE(canceled.json().value("status").toString(), QStringLiteral("canceled"));
        QTRY_VERIFY_WITH_TIMEOUT(log(job(canceled.json(), "long")).contains(QStringLiteral("started")), 5000);
        QCOMPARE(m_admin->post(QStringLiteral("/api/v1/pipelines/%1/cancel").arg(longRun), QJsonObject{}).status, 409);
        // The worker is free again soon: the next job runs.
        const QJsonObject manual = waitUntilFinished(run(QStringLiteral("manual")));
        QCOMPARE(manual.value("status").toString(), QStringLiteral("success")); // the manual job is optional
        QCOMPARE(job(manual, "ship").value("status").toString(), QStringLiteral("manual"));

        // Only developers play; playing runs it.
        QVERIFY(m_server->addUser(QStringLiteral("rita"), QStringLiteral("rita-password")));
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/rita", {{"role", "reporter"}}).status, 200);
        HttpTestClient rita(m_server->url());
        rita.login(QStringLiteral("rita"), QStringLiteral("rita-password"));
        const QString play = QStringLiteral("/api/v1/jobs/%1/play").arg(job(manual, "ship").value("id").toInteger());
        QCOMPARE(rita.post(play, QJsonObject{}).status, 403);
        QCOMPARE(m_admin->post(play, QJsonObject{}).status, 200);
        const qint64 manualId = manual.value("id").toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(job(m_admin->get(QStringLiteral("/api/v1/pipelines/%1").arg(manualId)).json(), "ship")
                                      .value("status")
                                      .toString(),
                                  QStringLiteral("success"), 30000);
        QCOMPARE(m_admin->post(play, QJsonObject{}).status, 409);

        // Retrying a failed job runs it again, and what it held back gets its chance again.
        const QJsonObject failed = waitUntilFinished(run(QStringLiteral("main")));
        QCOMPARE(
            m_admin
                ->post(QStringLiteral("/api/v1/pipelines/%1/retry").arg(failed.value("id").toInteger()), QJsonObject{})
                .status,
            200);
        const QJsonObject again = waitUntilFinished(failed.value("id").toInteger());
        QCOMPARE(again.value("status").toString(), QStringLiteral("failed")); // exit 3 again
        QCOMPARE(job(again, "deploy").value("status").toString(), QStringLiteral("skipped"));
        const QString retryJob =
            QStringLiteral("/api/v1/jobs/%1/retry").arg(job(again, "build").value("id").toInteger());
        QCOMPARE(m_admin->post(retryJob, QJsonObject{}).status, 200);
        QCOMPARE(m_admin->post(QStringLiteral("/api/v1/jobs/999999/retry"), QJsonObject{}).status, 404);
        QVERIFY(m_admin->get("/api/v1/audit?action=pipeline.canceled").json().value("items").toArray().size() == 1);
        QVERIFY(m_admin->get("/api/v1/audit?action=job.played").json().value("items").toArray().size() == 1);
    }

    void delayedJobsStartWhenDue_data() { addBackendRows(); }
    void delayedJobsStartWhenDue()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QElapsedTimer timer;
        timer.start();
        const HttpResult created = m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", "delayed"}});
        QCOMPARE(job(created.json(), "later").value("status").toString(), QStringLiteral("scheduled"));
        const QJsonObject finished = waitUntilFinished(created.json().value("id").toInteger());
        QCOMPARE(job(finished, "later").value("status").toString(), QStringLiteral("success"));
        QVERIFY2(timer.elapsed() >= 2000, "a delayed job waits for its start_in");
        QVERIFY(log(job(finished, "later")).contains(QStringLiteral("on time")));
    }

    // The jobs after the first at a commit get a workspace written from what the first checkout
    // wrote, without git, and just as clean (each job changes its own copy, not the next one's).
    void laterJobsOfACommitAreCheckedOutWithoutGit_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite"); // the storage plays no part
    }
    void laterJobsOfACommitAreCheckedOutWithoutGit()
    {
        QString why;
        if (!adp::server::runner::JobSandbox::bubblewrapAvailable(&why))
            QSKIP(qPrintable(why)); // only where no job can reach another's workspace
        QTemporaryDir logs;
        const QString gitLog = logs.filePath(QStringLiteral("git.log"));
        const ProgramOnPath git(QStringLiteral("git"), ProgramOnPath::loggingWrapper(QStringLiteral("git"), gitLog));
        QVERIFY(git.ok());
        QVERIFY(start());
        const QJsonObject finished = waitUntilFinished(run(QStringLiteral("stages")));
        for (const char *name : {"one", "two", "three"})
            QVERIFY2(job(finished, QString::fromLatin1(name)).value("status").toString() == u"success",
                     qPrintable(log(job(finished, QString::fromLatin1(name)))));
        const QString logged = ProgramOnPath::runsIn(gitLog).join(u'\n');
        QCOMPARE(logged.count(QStringLiteral(" checkout --quiet --detach ")), 1);
    }

    void lostWorkersJobsAreRecovered_data() { addBackendRows(); }
    void lostWorkersJobsAreRecovered()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        // A worker that took both jobs and vanished: running, with leases long gone — its last
        // renewal 7 s after the start (the lease is 30 s).
        const qint64 pipeline = run(QStringLiteral("retry"));
        auto &database = m_server->app().database();
        database.query(QStringLiteral("UPDATE jobs SET status = 'running', worker = 'gone:1', started_at = 1000, "
                                      "lease_until = 38000 WHERE pipeline_id = ?"),
                       {pipeline});
        database.query(QStringLiteral("UPDATE pipelines SET status = 'running' WHERE id = ?"), {pipeline});
        const QJsonObject finished = waitUntilFinished(pipeline);
        QCOMPARE(job(finished, "flaky").value("status").toString(), QStringLiteral("success")); // retry: 1 ran it again
        QVERIFY(log(job(finished, "flaky")).contains(QStringLiteral("ran again")));
        QCOMPARE(job(finished, "steady").value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(job(finished, "steady").value("failure_reason").toString(), QStringLiteral("worker lost"));
        // What the lost runs used is kept as a finished run's is: from the start to the last renewal.
        for (const char *name : {"flaky", "steady"}) {
            const auto lost = database.query(
                QStringLiteral("SELECT SUM(u.run_ms), MIN(u.executor) FROM job_usage u JOIN jobs j ON j.id = u.job_id "
                               "WHERE j.pipeline_id = ? AND j.name = ? AND u.attempt = 1"),
                {pipeline, QString::fromLatin1(name)});
            QCOMPARE(lost.value(0, 0).toLongLong(), 7000);
            const QString executor = lost.value(0, 1).toString();
            QVERIFY2(executor == u"shell" || executor == u"bubblewrap", qPrintable(executor));
        }
        QCOMPARE(database.query(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE status = 'running'"))
                     .value(0, 0)
                     .toLongLong(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestJobRuns)
#include "tst_job_runs.moc"
