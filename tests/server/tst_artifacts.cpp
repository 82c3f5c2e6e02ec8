#include "AdminSession.h"
#include "GitRepository.h"
#include "PipelineCalls.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace adp::test;

// Artifacts and caches, on both backends, with real jobs: a job's
// `artifacts` are packed after its script, stored in the database and
// unpacked for the jobs that depend on it (earlier stages, `needs` with
// artifacts, `dependencies`), downloadable, deleted by maintainers and
// gone when they expire; `cache` is restored before the script and saved
// after it, by key and policy. Bad paths and too-large archives say why.
class TestArtifacts : public QObject
{
    Q_OBJECT

private:
    GitRepository m_repository;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;

    bool commitBranch(const QString &branch, const QByteArray &definition, const QByteArray &lockFile = "v1\n")
    {
        return m_repository.commitFiles(
            branch, {{QStringLiteral(".gitlab-ci.yml"), definition}, {QStringLiteral("deps.lock"), lockFile}},
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

    QJsonObject runToEnd(const QString &ref)
    {
        const qint64 id =
            m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", ref}}).json().value("id").toInteger();
        return waitUntilFinished(*m_admin, id);
    }

    QString log(const QJsonObject &job)
    {
        return QString::fromUtf8(
            m_admin->get(QStringLiteral("/api/v1/jobs/%1/log").arg(job.value("id").toInteger())).body);
    }

    // The names in a tar.gz, as tar lists them.
    static QStringList members(const QByteArray &archive)
    {
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("--list"), QStringLiteral("--gzip")});
        tar.write(archive);
        tar.closeWriteChannel();
        tar.waitForFinished();
        QStringList names = QString::fromUtf8(tar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        names.sort();
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_repository.init());
        QVERIFY(commitBranch(
            "main",
            "stages: [build, test, deploy]\nvariables:\n  UP: \"..\"\n"
            "build:\n  stage: build\n  script:\n"
            "    - mkdir -p dist/sub logs\n"
            "    - echo \"binary $CI_COMMIT_SHORT_SHA\" > dist/app\n"
            "    - echo nested > dist/sub/deep.txt\n"
            "    - echo noise > dist/sub/skip.tmp\n"
            "    - echo log > logs/build.log\n"
            "    - echo not kept > outside.txt\n"
            "  artifacts:\n    name: \"build-$CI_COMMIT_REF_SLUG\"\n"
            "    paths: [dist/, \"logs/*.log\", \"$UP/escape\", \"missing/\"]\n"
            "    exclude: [\"dist/**/*.tmp\"]\n    expire_in: 1 week\n"
            "test:\n  stage: test\n  script:\n"
            "    - grep -q binary dist/app\n    - test -f dist/sub/deep.txt\n    - test ! -e dist/sub/skip.tmp\n"
            "    - test ! -e outside.txt\n    - test -f logs/build.log\n"
            "solo:\n  stage: test\n  needs: []\n  script: test ! -e dist/app\n"
            "deploy:\n  stage: deploy\n  needs: [{job: build, artifacts: false}, test]\n  script: test ! -e dist/app\n"
            "picky:\n  stage: deploy\n  dependencies: []\n  script: test ! -e dist/app\n"
            "chosen:\n  stage: deploy\n  dependencies: [build]\n  script: test -f dist/app\n"));
        QVERIFY(commitBranch(
            "failing",
            "report:\n  script:\n    - echo failing > report.txt\n    - exit 1\n"
            "  artifacts:\n    when: on_failure\n    paths: [report.txt]\n"
            "quiet:\n  script:\n    - echo x > kept.txt\n    - exit 1\n  artifacts:\n    paths: [kept.txt]\n"));
        QVERIFY(commitBranch(
            "big", "huge:\n  script: head -c 3000000 /dev/urandom > blob.bin\n  artifacts:\n    paths: [blob.bin]\n"));
        QVERIFY(commitBranch(
            "brief", "brief:\n  script: echo x > x.txt\n  artifacts:\n    paths: [x.txt]\n    expire_in: 1 second\n"));
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void artifactsPassToTheJobsThatDependOnThem_data() { addBackendRows(); }
    void artifactsPassToTheJobsThatDependOnThem()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QJsonObject finished = runToEnd(QStringLiteral("main"));
        for (const QString name : {"build", "test", "solo", "deploy", "picky", "chosen"})
            QVERIFY2(jobNamed(finished, name).value("status").toString() == u"success",
                     qPrintable(name + QStringLiteral(": ") + log(jobNamed(finished, name))));
        QCOMPARE(finished.value("status").toString(), QStringLiteral("success"));

        const QJsonObject build = jobNamed(finished, "build");
        const QJsonObject kept = build.value("artifacts").toObject();
        QCOMPARE(kept.value("filename").toString(), QStringLiteral("build-main.tar.gz"));
        QVERIFY(kept.value("size").toInteger() > 0);
        const QDateTime expires = QDateTime::fromString(kept.value("expire_at").toString(), Qt::ISODate);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 7 * 24 * 3600) < 120);
        QVERIFY(!jobNamed(finished, "test").contains("artifacts"));

        const QString buildLog = log(build);
        QVERIFY2(buildLog.contains(QStringLiteral("../escape: not inside the project directory")),
                 qPrintable(buildLog));
        QVERIFY(buildLog.contains(QStringLiteral("missing/: no matching files")));
        QVERIFY(buildLog.contains(QStringLiteral("Uploaded 3 files")));
        QVERIFY(
            log(jobNamed(finished, "test"))
                .contains(QStringLiteral("Downloading artifacts for build (%1)").arg(build.value("id").toInteger())));

        const HttpResult download =
            m_admin->get(QStringLiteral("/api/v1/jobs/%1/artifacts").arg(build.value("id").toInteger()));
        QCOMPARE(download.status, 200);
        QCOMPARE(download.headers.value("content-type"), QByteArray("application/gzip"));
        QVERIFY(download.headers.value("content-disposition").contains("build-main.tar.gz"));
        QCOMPARE(download.headers.value("x-checksum-sha256"),
                 QCryptographicHash::hash(download.body, QCryptographicHash::Sha256).toHex());
        QCOMPARE(kept.value("sha256").toString().toLatin1(), download.headers.value("x-checksum-sha256"));
        QCOMPARE(members(download.body), (QStringList{QStringLiteral("dist/app"), QStringLiteral("dist/sub/deep.txt"),
                                                      QStringLiteral("logs/build.log")}));

        // A job without artifacts, an unknown job, then deletion (maintainers) and its audit event.
        QCOMPARE(
            m_admin
                ->get(
                    QStringLiteral("/api/v1/jobs/%1/artifacts").arg(jobNamed(finished, "test").value("id").toInteger()))
                .status,
            404);
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/jobs/999999/artifacts")).status, 404);
        QCOMPARE(m_admin->del(QStringLiteral("/api/v1/jobs/%1/artifacts").arg(build.value("id").toInteger())).status,
                 204);
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/jobs/%1/artifacts").arg(build.value("id").toInteger())).status,
                 404);
        QCOMPARE(m_admin->del(QStringLiteral("/api/v1/jobs/%1/artifacts").arg(build.value("id").toInteger())).status,
                 404);
        const QJsonObject after =
            m_admin->get(QStringLiteral("/api/v1/pipelines/%1").arg(finished.value("id").toInteger())).json();
        QVERIFY(!jobNamed(after, "build").contains("artifacts"));
        const QJsonArray audit =
            m_admin->get("/api/v1/audit?action=job.artifacts_deleted").json().value("items").toArray();
        QCOMPARE(audit.size(), 1);
        // The deleted archive's bytes are gone from the database too.
        QCOMPARE(
            m_server->app().database().query(QStringLiteral("SELECT COUNT(*) FROM stored_files")).value(0, 0).toInt(),
            0);
    }

    void artifactsFollowTheirWhen_data() { addBackendRows(); }
    void artifactsFollowTheirWhen()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QJsonObject finished = runToEnd(QStringLiteral("failing"));
        const QJsonObject report = jobNamed(finished, "report");
        QCOMPARE(report.value("status").toString(), QStringLiteral("failed"));
        QVERIFY2(report.contains("artifacts"), qPrintable(log(report))); // on_failure: kept because it failed
        QVERIFY(!jobNamed(finished, "quiet").contains("artifacts"));     // on_success (the default): not kept
        const HttpResult download =
            m_admin->get(QStringLiteral("/api/v1/jobs/%1/artifacts").arg(report.value("id").toInteger()));
        QCOMPARE(members(download.body), QStringList{QStringLiteral("report.txt")});
    }

    void cachesCarryOverByKeyAndPolicy_data() { addBackendRows(); }
    void cachesCarryOverByKeyAndPolicy()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        // Committed here: the test changes the branch, and each backend starts from the same commit.
        QVERIFY(commitBranch(
            "cached",
            "count:\n  cache:\n    key: \"counter-$CI_COMMIT_REF_SLUG\"\n    paths: [.counter/]\n  script:\n"
            "    - mkdir -p .counter\n    - n=$(cat .counter/n 2>/dev/null || echo 0)\n"
            "    - echo \"count=$n\"\n    - echo $((n + 1)) > .counter/n\n"
            "peek:\n  stage: deploy\n  cache:\n    key: \"counter-$CI_COMMIT_REF_SLUG\"\n    paths: [.counter/]\n"
            "    policy: pull\n  script:\n    - echo \"peek=$(cat .counter/n 2>/dev/null || echo none)\"\n"
            "    - echo 99 > .counter/n\n"
            "locked:\n  cache:\n    key:\n      files: [deps.lock]\n      prefix: deps\n    paths: [vendor/]\n"
            "  script:\n    - ls vendor 2>/dev/null || echo empty vendor\n    - mkdir -p vendor && touch vendor/lib\n"));
        QVERIFY(start());
        QJsonObject first = runToEnd(QStringLiteral("cached"));
        QCOMPARE(first.value("status").toString(), QStringLiteral("success"));
        QVERIFY2(log(jobNamed(first, "count")).contains(QStringLiteral("count=0")),
                 qPrintable(log(jobNamed(first, "count"))));
        QVERIFY(log(jobNamed(first, "count")).contains(QStringLiteral("Saved cache counter-cached")));
        QVERIFY(log(jobNamed(first, "locked")).contains(QStringLiteral("empty vendor")));

        const QJsonObject second = runToEnd(QStringLiteral("cached"));
        QVERIFY(log(jobNamed(second, "count")).contains(QStringLiteral("count=1")));
        // policy pull: restores (the first run's count), never saves its own change (99).
        QVERIFY2(log(jobNamed(second, "peek")).contains(QStringLiteral("peek=")),
                 qPrintable(log(jobNamed(second, "peek"))));
        QVERIFY(!log(jobNamed(second, "peek")).contains(QStringLiteral("Saved cache")));
        const QString locked = log(jobNamed(second, "locked"));
        QVERIFY2(locked.contains(QStringLiteral("Restored cache deps-")) && locked.contains(QStringLiteral("lib")),
                 qPrintable(locked));
        const QJsonObject third = runToEnd(QStringLiteral("cached"));
        QVERIFY(log(jobNamed(third, "count")).contains(QStringLiteral("count=2")));
        QVERIFY(!log(jobNamed(third, "count")).contains(QStringLiteral("count=99")));

        // A new lock file makes a new key: the dependency cache starts empty.
        QVERIFY(commitBranch(
            "cached",
            "locked:\n  cache:\n    key:\n      files: [deps.lock]\n      prefix: deps\n    paths: [vendor/]\n"
            "  script:\n    - ls vendor 2>/dev/null || echo empty vendor\n",
            "v2\n"));
        QVERIFY(log(jobNamed(runToEnd(QStringLiteral("cached")), "locked")).contains(QStringLiteral("empty vendor")));

        // Clearing (maintainers) forgets every key of the project.
        const HttpResult cleared = m_admin->del("/api/v1/projects/shop/caches");
        QCOMPARE(cleared.status, 200);
        QCOMPARE(cleared.json().value("cleared").toInt(),
                 2); // the counter and the first lock file's (the second saved nothing)
        QCOMPARE(m_admin->del("/api/v1/projects/nope/caches").status, 404);
        QVERIFY(commitBranch(
            "cached", "count:\n  cache:\n    key: \"counter-$CI_COMMIT_REF_SLUG\"\n    paths: [.counter/]\n  script:\n"
                      "    - echo \"count=$(cat .counter/n 2>/dev/null || echo 0)\"\n"));
        QVERIFY(log(jobNamed(runToEnd(QStringLiteral("cached")), "count")).contains(QStringLiteral("count=0")));
    }

    void tooLargeArtifactsFailTheJob_data() { addBackendRows(); }
    void tooLargeArtifactsFailTheJob()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start([](adp::server::ServerConfig &config) { config.maxArtifactMib = 1; }));
        const QJsonObject huge = jobNamed(runToEnd(QStringLiteral("big")), "huge");
        QCOMPARE(huge.value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(huge.value("failure_reason").toString(), QStringLiteral("artifacts_upload_failure"));
        QVERIFY(log(huge).contains(QStringLiteral("too large")));
        QVERIFY(!huge.contains("artifacts"));
        QCOMPARE(
            m_server->app().database().query(QStringLiteral("SELECT COUNT(*) FROM stored_files")).value(0, 0).toInt(),
            0);
    }

    void expiredArtifactsAreGone_data() { addBackendRows(); }
    void expiredArtifactsAreGone()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QJsonObject finished = runToEnd(QStringLiteral("brief"));
        const QJsonObject brief = jobNamed(finished, "brief");
        QCOMPARE(brief.value("status").toString(), QStringLiteral("success"));
        const QString path = QStringLiteral("/api/v1/jobs/%1/artifacts").arg(brief.value("id").toInteger());
        QTRY_COMPARE_WITH_TIMEOUT(m_admin->get(path).status, 404, 5000);
        const QJsonObject pipeline =
            m_admin->get(QStringLiteral("/api/v1/pipelines/%1").arg(finished.value("id").toInteger())).json();
        QVERIFY(!jobNamed(pipeline, "brief").contains("artifacts"));
    }
};

QTEST_GUILESS_MAIN(TestArtifacts)
#include "tst_artifacts.moc"
