#include "CommandRun.h"
#include "GitRepository.h"
#include "HttpTestClient.h"
#include "PipelineCalls.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

using namespace adp::test;

// GET /api/v1/jobs/{id}/analysis on both backends, through real pipelines whose jobs run a real
// compiler and fail a check: the class, first bad line, tests and the compiler's place from the
// stored log; "flaky" once the same job has passed and failed on the same commit; a viewer may
// not read it, an unknown job is 404; and `adp ai explain JOB` prints it.
class TestAiAnalysis : public QObject
{
    Q_OBJECT

private:
    GitRepository m_repository;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;

    static QByteArray definition()
    {
        return "stages: [build, test]\n"
               "compile:\n  stage: build\n  script:\n    - gcc -c src/broken.c -o broken.o\n"
               "unit:\n  stage: build\n  script:\n"
               "    - echo \"collected 4 items\"\n"
               "    - if [ \"$BREAK\" = \"1\" ]; then echo \"FAILED tests/test_cart.py::test_total - assert 4 == 3\"; "
               "exit 1; fi\n"
               "    - echo \"4 passed\"\n";
    }

    bool start()
    {
        QFETCH(QString, backend);
        if (backend == u"postgres")
            TestBackends::flushRedis();
        m_server = std::make_unique<TestServer>(TestBackends::create(backend));
        if (!m_server->ok())
            return false;
        m_admin = std::make_unique<HttpTestClient>(m_server->url());
        return !m_admin->login(TestServer::kAdmin, TestServer::kPassword).isEmpty() &&
               m_admin->post("/api/v1/projects",
                             {{"name", "Shop"}, {"slug", "shop"}, {"repository_url", m_repository.path()}})
                       .status == 201;
    }

    QJsonObject runPipeline(const QString &breakIt)
    {
        const qint64 id =
            m_admin
                ->post("/api/v1/projects/shop/pipelines",
                       {{"ref", "main"}, {"variables", QJsonArray{QJsonObject{{"key", "BREAK"}, {"value", breakIt}}}}})
                .json()
                .value("id")
                .toInteger();
        return waitUntilFinished(*m_admin, id);
    }

    QJsonObject analysisOf(qint64 jobId, int *status = nullptr)
    {
        const HttpResult result = m_admin->get(QStringLiteral("/api/v1/jobs/%1/analysis").arg(jobId));
        if (status)
            *status = result.status;
        return result.json();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_repository.init());
        QVERIFY(m_repository.commitFiles(
            "main", {{".gitlab-ci.yml", definition()}, {"src/broken.c", "int main(void)\n{\n    return count;\n}\n"}},
            "first"));
        // Branched from main: the definition the advice is about.
        QVERIFY(m_repository.commitFiles(
            "advice",
            {{".gitlab-ci.yml", "stages: [build, test]\n"
                                "deps:\n  stage: build\n  script:\n    - sleep 1.5\n"
                                "    - echo pip install -r requirements.txt\n"
                                "unit:\n  stage: test\n  needs: [deps]\n  script:\n    - echo unit\n"
                                "lint:\n  stage: test\n  script:\n    - echo lint\n"
                                "e2e:\n  stage: test\n  needs: []\n  script:\n    - test \"$BREAK\" != 1\n"}},
            "advice"));
        QVERIFY(m_repository.git({"checkout", "-q", "main"}));
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void advisesFromTheProjectsOwnPipelines_data() { addBackendRows(); }
    void advisesFromTheProjectsOwnPipelines()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        // Nothing run yet: nothing to say.
        QJsonObject advice = m_admin->get("/api/v1/projects/shop/advice").json();
        QCOMPARE(advice.value("pipelines_examined").toInt(), 0);
        QVERIFY(advice.value("advice").toArray().isEmpty());
        qint64 lastFailed = 0;
        qint64 lastPipeline = 0;
        for (const char *breakIt : {"1", "0", "1"}) {
            const qint64 id = m_admin
                                  ->post("/api/v1/projects/shop/pipelines",
                                         {{"ref", "advice"},
                                          {"variables", QJsonArray{QJsonObject{{"key", "BREAK"}, {"value", breakIt}}}}})
                                  .json()
                                  .value("id")
                                  .toInteger();
            const QJsonObject done = waitUntilFinished(*m_admin, id);
            QCOMPARE(done.value("jobs").toArray().size(), 4);
            if (jobNamed(done, "e2e").value("status").toString() == u"failed") {
                lastFailed = jobNamed(done, "e2e").value("id").toInteger();
                lastPipeline = id;
            }
        }
        QVERIFY(lastFailed > 0);
        // Nothing priced yet: no savings part.
        QVERIFY(m_admin->get("/api/v1/projects/shop/advice").json().value("savings").isNull());
        for (const char *meter : {"runner.shell", "runner.bubblewrap"})
            QCOMPARE(m_admin
                         ->post("/api/v1/organisations/default/costs/prices",
                                {{"meter", meter}, {"price", "3.6"}, {"currency", "USD"}, {"valid_from", "2026-01-01"}})
                         .status,
                     201);
        // The last failure retried (it fails again: the pipeline's variable still breaks it).
        QCOMPARE(m_admin->post(QStringLiteral("/api/v1/jobs/%1/retry").arg(lastFailed), QJsonObject{}).status, 200);
        QCOMPARE(jobNamed(waitUntilFinished(*m_admin, lastPipeline), "e2e").value("attempt").toInt(), 2);
        advice = m_admin->get("/api/v1/projects/shop/advice").json();
        QCOMPARE(advice.value("source").toString(), QStringLiteral("rules"));
        QCOMPARE(advice.value("pipelines_examined").toInt(), 3);
        QMap<QString, QJsonObject> found; // kind:subject -> figures
        for (const QJsonValue &item : advice.value("advice").toArray())
            found.insert(item.toObject().value("kind").toString() + u':' + item.toObject().value("subject").toString(),
                         item.toObject().value("figures").toObject());
        QVERIFY2(found.contains("slow_job:deps") && found.contains("no_cache:deps") &&
                     found.contains("slow_stage:build") && found.contains("needs_earlier:lint") &&
                     found.contains("flaky:e2e") && found.contains("retry_heavy:e2e"),
                 qPrintable(found.keys().join(u' ')));
        QVERIFY(found.value("slow_job:deps").value("median_seconds").toDouble() >= 1.4);
        QVERIFY(found.value("needs_earlier:lint").value("median_wait_seconds").toDouble() >= 1.4);
        QVERIFY(!found.contains("needs_earlier:unit") && !found.contains("needs_earlier:e2e")); // they have needs
        QCOMPARE(found.value("flaky:e2e").value("commits").toInt(), 1);
        // With prices, the cost module's savings come along: what the retry cost, and deps uncached.
        QStringList savings;
        for (const QJsonValue &item : advice.value("savings").toObject().value("items").toArray())
            savings.append(item.toObject().value("kind").toString() + u':' +
                           item.toObject().value("subject").toString());
        QVERIFY2(savings.contains("retried_job:e2e") && savings.contains("uncached_job:deps"),
                 qPrintable(savings.join(u' ')));

        // Reporters and up; an unknown project is 404.
        QVERIFY(m_server->addUser(QStringLiteral("vera"), QStringLiteral("member-password")));
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/vera", {{"role", "viewer"}}).status, 200);
        HttpTestClient viewer(m_server->url());
        QVERIFY(!viewer.login(QStringLiteral("vera"), QStringLiteral("member-password")).isEmpty());
        QCOMPARE(viewer.get("/api/v1/projects/shop/advice").status, 403);
        QCOMPARE(m_admin->get("/api/v1/projects/nowhere/advice").status, 404);

        QTemporaryDir config;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ADP_CONFIG_DIR"), config.path());
        environment.insert(QStringLiteral("ADP_CREDENTIAL_STORE"), QStringLiteral("file"));
        environment.insert(QStringLiteral("ADP_LANGUAGE"), QStringLiteral("en"));
        QCOMPARE(runCommand(QStringLiteral("adp"),
                            {"login", "--server", m_server->url().toString(), "--username", TestServer::kAdmin,
                             "--password-stdin"},
                            QByteArray(TestServer::kPassword) + '\n', environment)
                     .code,
                 0);
        const CommandResult text =
            runCommand(QStringLiteral("adp"), {"ai", "advice", "--project", "shop"}, {}, environment);
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("shop: 3 pipelines examined.")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("[no_cache] deps installs dependencies with no cache")));
        QVERIFY2(text.out.contains(QStringLiteral("[retried_job]")) && text.out.contains(QStringLiteral(" USD: ")),
                 qPrintable(text.out));
        QCOMPARE(runCommand(QStringLiteral("adp"), {"ai", "advice"}, {}, environment).code, 2);
    }

    void explainsAFailedJobAndFindsFlakiness_data() { addBackendRows(); }
    void explainsAFailedJobAndFindsFlakiness()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QJsonObject broken = runPipeline("1");
        const qint64 compile = jobNamed(broken, "compile").value("id").toInteger();
        const qint64 unit = jobNamed(broken, "unit").value("id").toInteger();
        QCOMPARE(jobNamed(broken, "compile").value("status").toString(), QStringLiteral("failed"));

        // The compiler's own output, read back from the stored log.
        const QJsonObject compiled = analysisOf(compile);
        QCOMPARE(compiled.value("class").toString(), QStringLiteral("compile_error"));
        QCOMPARE(compiled.value("source").toString(), QStringLiteral("rules"));
        QCOMPARE(compiled.value("job_name").toString(), QStringLiteral("compile"));
        QCOMPARE(compiled.value("location").toObject().value("file").toString(), QStringLiteral("src/broken.c"));
        QCOMPARE(compiled.value("location").toObject().value("line").toInt(), 3);
        const QString log = QString::fromUtf8(m_admin->get(QStringLiteral("/api/v1/jobs/%1/log").arg(compile)).body);
        const qint64 first = compiled.value("first_error_line").toInteger();
        QVERIFY(log.split(u'\n').value(first - 1).contains(QStringLiteral("error:")));
        QVERIFY(!compiled.value("flaky").toBool());

        QJsonObject test = analysisOf(unit);
        QCOMPARE(test.value("class").toString(), QStringLiteral("test_failure"));
        QCOMPARE(test.value("tests").toArray(), QJsonArray{"tests/test_cart.py::test_total"});
        QVERIFY(!test.value("flaky").toBool());

        // The same job passes on the same commit: it is flaky, and both runs say so.
        const QJsonObject fixed = runPipeline("0");
        const qint64 passed = jobNamed(fixed, "unit").value("id").toInteger();
        QCOMPARE(jobNamed(fixed, "unit").value("status").toString(), QStringLiteral("success"));
        test = analysisOf(unit);
        QVERIFY(test.value("flaky").toBool());
        QCOMPARE(test.value("same_commit").toArray().first().toObject().value("job_id").toInteger(), passed);
        QCOMPARE(test.value("same_commit").toArray().first().toObject().value("status").toString(),
                 QStringLiteral("success"));
        QVERIFY(analysisOf(passed).value("flaky").toBool());
        QVERIFY(!analysisOf(compile).value("flaky").toBool()); // failed both times: broken, not flaky

        // Unknown jobs and people without the project's logs.
        int status = 0;
        analysisOf(999999, &status);
        QCOMPARE(status, 404);
        analysisOf(0, &status);
        QCOMPARE(status, 404);
        QVERIFY(m_server->addUser(QStringLiteral("vera"), QStringLiteral("member-password")));
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/vera", {{"role", "viewer"}}).status, 200);
        HttpTestClient viewer(m_server->url());
        QVERIFY(!viewer.login(QStringLiteral("vera"), QStringLiteral("member-password")).isEmpty());
        QCOMPARE(viewer.get(QStringLiteral("/api/v1/jobs/%1/analysis").arg(unit)).status, 403);
        HttpTestClient anonymous(m_server->url());
        QCOMPARE(anonymous.get(QStringLiteral("/api/v1/jobs/%1/analysis").arg(unit)).status, 401);

        // The CLI asks the server for it.
        QTemporaryDir config;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ADP_CONFIG_DIR"), config.path());
        environment.insert(QStringLiteral("ADP_CREDENTIAL_STORE"), QStringLiteral("file"));
        environment.insert(QStringLiteral("ADP_LANGUAGE"), QStringLiteral("en"));
        QCOMPARE(runCommand(QStringLiteral("adp"),
                            {"login", "--server", m_server->url().toString(), "--username", TestServer::kAdmin,
                             "--password-stdin"},
                            QByteArray(TestServer::kPassword) + '\n', environment)
                     .code,
                 0);
        const CommandResult explained =
            runCommand(QStringLiteral("adp"), {"ai", "explain", QString::number(unit)}, {}, environment);
        QCOMPARE(explained.code, 0);
        QVERIFY2(explained.out.contains(QStringLiteral("Flaky: the same job ended differently on the same commit")),
                 qPrintable(explained.out));
        QVERIFY(explained.out.contains(QStringLiteral("test_failure: Tests failed.")));
        const CommandResult json = runCommand(
            QStringLiteral("adp"), {"ai", "explain", QString::number(compile), "--output", "json"}, {}, environment);
        QCOMPARE(json.json().value("class").toString(), QStringLiteral("compile_error"));
        QCOMPARE(runCommand(QStringLiteral("adp"), {"ai", "explain", "999999"}, {}, environment).code, 1);
    }
};

QTEST_GUILESS_MAIN(TestAiAnalysis)
#include "tst_ai_analysis.moc"
