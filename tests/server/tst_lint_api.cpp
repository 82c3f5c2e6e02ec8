#include "HttpTestClient.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QtTest>

using namespace adp::test;

// POST /api/v1/lint over HTTP: the job graph for a valid file, the errors
// with keyword, line and column for an invalid one, and 4xx for a request
// that is not a lint request at all.
class TestLintApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestServer>(TestBackends::create(QStringLiteral("sqlite")));
        QVERIFY(m_server->ok());
        m_client = std::make_unique<HttpTestClient>(m_server->url());
        QVERIFY(!m_client->login(TestServer::kAdmin, TestServer::kPassword).isEmpty());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void validFileAnswersItsGraph()
    {
        const HttpResult result = m_client->post(
            "/api/v1/lint", {{"content", "stages: [build, test]\n"
                                         "compile:\n  stage: build\n  script: make\n"
                                         "unit:\n  stage: test\n  needs: [compile]\n  script: make test\n"
                                         "lint:\n  stage: test\n  needs: []\n  image: alpine\n  script: make lint\n"}});
        QCOMPARE(result.status, 200);
        const QJsonObject report = result.json();
        QCOMPARE(report.value("valid").toBool(), true);
        QCOMPARE(report.value("stages").toArray(), (QJsonArray{"build", "test"}));
        const QJsonArray jobs = report.value("jobs").toArray();
        QCOMPARE(jobs.size(), 3);
        QCOMPARE(jobs.at(1).toObject().value("needs").toArray(), QJsonArray{"compile"});
        QCOMPARE(jobs.at(2).toObject().value("needs").toArray(), QJsonArray{});
        QCOMPARE(report.value("warnings").toArray().size(), 1); // the image, on the shell executor
        QCOMPARE(report.value("warnings").toArray().first().toObject().value("keyword").toString(),
                 QStringLiteral("lint:image"));
    }

    void invalidFileAnswersWhereAndWhy()
    {
        const HttpResult result =
            m_client->post("/api/v1/lint", {{"content", "build:\n  script: make\n  when: later\n"
                                                        "test:\n  needs: [ghost]\n  script: make test\n"}});
        QCOMPARE(result.status, 200);
        const QJsonObject report = result.json();
        QCOMPARE(report.value("valid").toBool(), false);
        const QJsonObject error = report.value("errors").toArray().first().toObject();
        QCOMPARE(error.value("keyword").toString(), QStringLiteral("build:when"));
        QCOMPARE(error.value("line").toInt(), 3);
        QCOMPARE(error.value("column").toInt(), 9);
        QVERIFY(!report.contains("jobs"));

        const QJsonObject cycle =
            m_client
                ->post("/api/v1/lint", {{"content", "a:\n  needs: [b]\n  script: x\nb:\n  needs: [a]\n  script: x\n"}})
                .json();
        QVERIFY(cycle.value("errors").toArray().first().toObject().value("message").toString().contains(
            QStringLiteral("cycle")));

        // Without a repository there is nothing to include from.
        const QJsonObject include =
            m_client->post("/api/v1/lint", {{"content", "include: ci/common.yml\nb:\n  script: x\n"}}).json();
        QCOMPARE(include.value("errors").toArray().first().toObject().value("keyword").toString(),
                 QStringLiteral("include"));
    }

    void badRequestsAreRefused()
    {
        QCOMPARE(m_client->request("POST", "/api/v1/lint", "{not json").status, 400);
        QCOMPARE(m_client->post("/api/v1/lint", QJsonObject{}).errorFields(), QStringList{"content"});
        QCOMPARE(m_client->post("/api/v1/lint", {{"content", 42}}).errorFields(), QStringList{"content"});
        QCOMPARE(m_client->post("/api/v1/lint", {{"content", "a: b"}, {"ref", "main"}}).errorFields(),
                 QStringList{"ref"});
        QCOMPARE(m_client->request("POST", "/api/v1/lint", QByteArray(4 * 1024 * 1024, ' ')).status, 413);
        HttpTestClient anonymous(m_server->url());
        QCOMPARE(anonymous.post("/api/v1/lint", {{"content", "a:\n  script: x\n"}}).status, 401);
        // YAML that fights back: an alias bomb and deep nesting end as errors, quickly.
        QByteArray deep = "a: ";
        for (int i = 0; i < 500; ++i)
            deep += '[';
        const HttpResult nested = m_client->post("/api/v1/lint", {{"content", QString::fromLatin1(deep)}});
        QCOMPARE(nested.status, 200);
        QCOMPARE(nested.json().value("valid").toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestLintApi)
#include "tst_lint_api.moc"
