#include "AdminSession.h"
#include "shared/core/Pipeline.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace adp::test;

// Making pipelines over HTTP on both backends, from a real git repository:
// the commit's .gitlab-ci.yml is read through the project's mirror, rules
// decide the jobs, statuses start as GitLab's do, and bad refs, definitions
// and callers are refused with nothing stored.
class TestPipelines : public QObject
{
    Q_OBJECT

private:
    static const inline QString kPassword = QStringLiteral("member-password");
    QTemporaryDir m_repository;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;

    bool git(const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_repository.path());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"})
            environment.insert(QString::fromLatin1(name), QStringLiteral("Test"));
        for (const char *name : {"GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"})
            environment.insert(QString::fromLatin1(name), QStringLiteral("test@example.test"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral("git"), arguments);
        return process.waitForFinished(30000) && process.exitCode() == 0;
    }

    bool commitFile(const QString &branch, const QString &name, const QByteArray &content, const QString &message)
    {
        if (!git({"checkout", "-q", "-B", branch}))
            return false;
        QFile file(m_repository.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return false;
        file.close();
        return git({"add", name}) && git({"commit", "-q", "-m", message});
    }

    QString shaOf(const QString &ref)
    {
        QProcess process;
        process.setWorkingDirectory(m_repository.path());
        process.start(QStringLiteral("git"), {"rev-parse", ref});
        process.waitForFinished(10000);
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

    bool start()
    {
        QFETCH(QString, backend);
        AdminSession session = AdminSession::start(backend);
        if (!session.ok())
            return false;
        m_server = std::move(session.server);
        m_admin = std::move(session.admin);
        return m_admin
                   ->post("/api/v1/projects",
                          {{"name", "Shop"}, {"slug", "shop"}, {"repository_url", m_repository.path()}})
                   .status == 201;
    }

    static QStringList column(const QJsonArray &jobs, const char *key)
    {
        QStringList values;
        for (const QJsonValue &job : jobs)
            values.append(job.toObject().value(QString::fromLatin1(key)).toString());
        return values;
    }

    int stored(const char *table) const
    {
        return int(m_server->app()
                       .database()
                       .query(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
                       .value(0, 0)
                       .toLongLong());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(git({"init", "-q", "-b", "main"}));
        QVERIFY(commitFile(
            "main", ".gitlab-ci.yml",
            "stages: [build, test, deploy]\n"
            "build:\n  stage: build\n  script: echo build\n"
            "lint:\n  stage: test\n  needs: []\n  script: echo lint\n"
            "test:\n  stage: test\n  needs: [build]\n  script: echo test\n  rules:\n"
            "    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n    - if: $RUN_TESTS == \"yes\"\n"
            "deploy:\n  stage: deploy\n  script: echo deploy\n  when: manual\n  environment: production\n  only: [main]\n",
            "First pipeline"));
        QVERIFY(commitFile("feature", "README", "feature\n", "Feature work"));
        QVERIFY(
            commitFile("broken", ".gitlab-ci.yml", "build:\n  script: make\n  stgae: build\n", "Broken definition"));
        QVERIFY(git({"checkout", "-q", "main"}));
        QVERIFY(git({"checkout", "-q", "--orphan", "empty"}) && git({"rm", "-q", "-rf", "."}));
        QVERIFY(commitFile("empty", "README", "nothing\n", "No CI here"));
        QVERIFY(git({"tag", "v1.0", "main"}));
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void runMakesJobsFromTheCommit_data() { addBackendRows(); }
    void runMakesJobsFromTheCommit()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const HttpResult created = m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", "main"}});
        QVERIFY2(created.status == 201, created.body.constData());
        const QJsonObject pipeline = created.json();
        QCOMPARE(pipeline.value("sha").toString(), shaOf("main"));
        QCOMPARE(pipeline.value("commit_message").toString(), QStringLiteral("First pipeline"));
        QCOMPARE(pipeline.value("source").toString(), QStringLiteral("api"));
        QCOMPARE(pipeline.value("triggered_by").toString(), QString::fromLatin1(TestServer::kAdmin));
        QCOMPARE(pipeline.value("status").toString(), QStringLiteral("pending"));
        const QJsonArray jobs = pipeline.value("jobs").toArray();
        QCOMPARE(column(jobs, "name"), (QStringList{"build", "lint", "test", "deploy"}));
        QCOMPARE(column(jobs, "status"), (QStringList{"pending", "pending", "created", "created"}));
        QCOMPARE(jobs.at(2).toObject().value("needs").toArray(), QJsonArray{"build"});
        QCOMPARE(jobs.at(3).toObject().value("when").toString(), QStringLiteral("manual"));

        // Another branch: rules and only: leave jobs out, pipeline variables bring one back.
        const QJsonArray feature =
            m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", "feature"}}).json().value("jobs").toArray();
        QCOMPARE(column(feature, "name"), (QStringList{"build", "lint"}));
        const QJsonArray withTests =
            m_admin
                ->post("/api/v1/projects/shop/pipelines",
                       {{"ref", "feature"},
                        {"variables", QJsonArray{QJsonObject{{"key", "RUN_TESTS"}, {"value", "yes"}}}}})
                .json()
                .value("jobs")
                .toArray();
        QCOMPARE(column(withTests, "name"), (QStringList{"build", "lint", "test"}));
        const QJsonObject tagged = m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", "v1.0"}}).json();
        QCOMPARE(tagged.value("tag").toBool(), true);
        QCOMPARE(column(tagged.value("jobs").toArray(), "name"), (QStringList{"build", "lint"}));

        // Read back, listed newest first, filtered and paged.
        const qint64 id = pipeline.value("id").toInteger();
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/pipelines/%1").arg(id)).json().value("jobs").toArray().size(), 4);
        const QJsonArray all = m_admin->get("/api/v1/projects/shop/pipelines").json().value("items").toArray();
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.first().toObject().value("ref").toString(), QStringLiteral("v1.0"));
        QCOMPARE(m_admin->get("/api/v1/projects/shop/pipelines?ref=feature").json().value("items").toArray().size(), 2);
        const HttpResult firstPage = m_admin->get("/api/v1/projects/shop/pipelines?limit=3");
        const QString cursor = firstPage.json().value("next_cursor").toString();
        QCOMPARE(firstPage.json().value("items").toArray().size(), 3);
        QCOMPARE(m_admin->get("/api/v1/projects/shop/pipelines?limit=3&cursor=" + cursor)
                     .json()
                     .value("items")
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(m_admin->get("/api/v1/projects/shop/pipelines?status=bogus").errorFields(), QStringList{"status"});

        // The audit event names pipeline variables but never their values.
        const QJsonArray audit = m_admin->get("/api/v1/audit?action=pipeline.created").json().value("items").toArray();
        QCOMPARE(audit.size(), 4);
        QVERIFY(!QJsonDocument(audit).toJson().contains("\"yes\""));

        // A full commit id is a ref too; the commit's message comes with it.
        const QJsonObject bySha = m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", shaOf("feature")}}).json();
        QCOMPARE(bySha.value("sha").toString(), shaOf("feature"));
        QCOMPARE(bySha.value("tag").toBool(), false);
        QCOMPARE(bySha.value("commit_message").toString(), QStringLiteral("Feature work"));
    }

    void badRequestsStoreNothing_data() { addBackendRows(); }
    void badRequestsStoreNothing()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QString path = QStringLiteral("/api/v1/projects/shop/pipelines");
        QCOMPARE(m_admin->post(path, {{"ref", "nowhere"}}).errorFields(), QStringList{"ref"});
        QCOMPARE(m_admin->post(path, {{"ref", "empty"}}).errorFields(), QStringList{"ref"}); // no .gitlab-ci.yml there
        const HttpResult broken = m_admin->post(path, {{"ref", "broken"}});
        QCOMPARE(broken.status, 422);
        QVERIFY2(broken.body.contains(".gitlab-ci.yml:3:10: build:stgae: unknown keyword"), broken.body.constData());
        QCOMPARE(m_admin->post(path, QJsonObject{}).errorFields(), QStringList{"ref"});
        QCOMPARE(m_admin->post(path, {{"ref", "--upload-pack=touch /tmp/x"}}).errorFields(), QStringList{"ref"});
        // Names git would read as two, or as a file rather than a commit.
        QCOMPARE(m_admin->post(path, {{"ref", "nowhere\nrefs/heads/main"}}).errorFields(), QStringList{"ref"});
        QCOMPARE(m_admin->post(path, {{"ref", "main:.gitlab-ci.yml"}}).errorFields(), QStringList{"ref"});
        QCOMPARE(m_admin->post(path, {{"ref", "main^{tree}"}}).errorFields(), QStringList{"ref"});
        QCOMPARE(m_admin->post(path, {{"ref", "main"}, {"variables", "A=1"}}).errorFields(), QStringList{"variables"});
        QCOMPARE(
            m_admin
                ->post(path, {{"ref", "main"}, {"variables", QJsonArray{QJsonObject{{"key", "1X"}, {"value", "v"}}}}})
                .errorFields(),
            QStringList{"variables"});
        QCOMPARE(m_admin->request("POST", path.toUtf8(), "{not json").status, 400);
        QCOMPARE(m_admin->post("/api/v1/projects", {{"name", "Bare"}, {"slug", "bare"}}).status, 201);
        QCOMPARE(m_admin->post("/api/v1/projects/bare/pipelines", {{"ref", "main"}}).status, 409); // no repository
        QCOMPARE(m_admin->post("/api/v1/projects/nope/pipelines", {{"ref", "main"}}).status, 404);
        QCOMPARE(stored("pipelines"), 0);
        QCOMPARE(stored("jobs"), 0);
    }

    void rolesDecideWhoRunsAndSees_data() { addBackendRows(); }
    void rolesDecideWhoRunsAndSees()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        for (const char *user : {"rita", "dev", "olaf"})
            QVERIFY(m_server->addUser(QString::fromLatin1(user), kPassword));
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/rita", {{"role", "reporter"}}).status, 200);
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/dev", {{"role", "developer"}}).status, 200);
        const auto as = [&](const char *user) {
            auto client = std::make_unique<HttpTestClient>(m_server->url());
            client->login(QString::fromLatin1(user), kPassword);
            return client;
        };
        const auto rita = as("rita");
        const auto dev = as("dev");
        const auto olaf = as("olaf");
        QCOMPARE(rita->post("/api/v1/projects/shop/pipelines", {{"ref", "main"}}).status, 403);
        QCOMPARE(olaf->post("/api/v1/projects/shop/pipelines", {{"ref", "main"}}).status, 404);
        const HttpResult made = dev->post("/api/v1/projects/shop/pipelines", {{"ref", "main"}});
        QCOMPARE(made.status, 201);
        const QString pipeline = QStringLiteral("/api/v1/pipelines/%1").arg(made.json().value("id").toInteger());
        QCOMPARE(rita->get(pipeline).status, 200);
        QCOMPARE(rita->get("/api/v1/projects/shop/pipelines").json().value("items").toArray().size(), 1);
        QCOMPARE(olaf->get(pipeline).status, 404); // someone else's pipeline does not exist for him
        QCOMPARE(olaf->get("/api/v1/projects/shop/pipelines").status, 404);
        QCOMPARE(m_admin->get("/api/v1/audit?action=permission.denied").json().value("items").toArray().size(), 1);
    }

    // The home dashboard's lists: across projects, only those the caller may see.
    void listsAcrossProjectsShowOnlyWhatTheCallerSees_data() { addBackendRows(); }
    void listsAcrossProjectsShowOnlyWhatTheCallerSees()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QCOMPARE(m_admin
                     ->post("/api/v1/projects",
                            {{"name", "Secret"}, {"slug", "secret"}, {"repository_url", m_repository.path()}})
                     .status,
                 201);
        for (const char *user : {"dev", "olaf"})
            QVERIFY(m_server->addUser(QString::fromLatin1(user), kPassword));
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/dev", {{"role", "developer"}}).status, 200);
        auto dev = std::make_unique<HttpTestClient>(m_server->url());
        dev->login(QStringLiteral("dev"), kPassword);
        auto olaf = std::make_unique<HttpTestClient>(m_server->url());
        olaf->login(QStringLiteral("olaf"), kPassword);
        const qint64 shopRun =
            dev->post("/api/v1/projects/shop/pipelines", {{"ref", "main"}}).json().value("id").toInteger();
        const qint64 secretRun =
            m_admin->post("/api/v1/projects/secret/pipelines", {{"ref", "main"}}).json().value("id").toInteger();
        QVERIFY(shopRun > 0 && secretRun > shopRun);

        const auto ids = [](const HttpResult &result) {
            QList<qint64> found;
            for (const QJsonValue &item : result.json().value("items").toArray())
                found.append(item.toObject().value("id").toInteger());
            return found;
        };
        QCOMPARE(ids(dev->get("/api/v1/pipelines")), QList<qint64>{shopRun});
        QCOMPARE(dev->get("/api/v1/pipelines").json().value("items").toArray().at(0).toObject().value("project"),
                 "shop");
        QCOMPARE(ids(dev->get("/api/v1/pipelines?mine=true")), QList<qint64>{shopRun});
        QCOMPARE(ids(m_admin->get("/api/v1/pipelines")), (QList<qint64>{secretRun, shopRun}));
        QCOMPARE(ids(m_admin->get("/api/v1/pipelines?mine=true")), QList<qint64>{secretRun});
        QCOMPARE(ids(m_admin->get("/api/v1/pipelines?limit=1")), QList<qint64>{secretRun});
        QCOMPARE(ids(m_admin->get(QStringLiteral("/api/v1/pipelines?limit=1&cursor=%1").arg(secretRun))),
                 QList<qint64>{shopRun});
        QVERIFY(ids(olaf->get("/api/v1/pipelines")).isEmpty());
        // Status filters keep only what is in one of the statuses asked for (the jobs run meanwhile).
        const QString every = adp::shared::pipelineStatuses().join(u',');
        QCOMPARE(ids(m_admin->get("/api/v1/pipelines?status=" + every)), (QList<qint64>{secretRun, shopRun}));
        for (const QJsonValue &item :
             m_admin->get("/api/v1/pipelines?status=success,failed").json().value("items").toArray())
            QVERIFY(QStringList({"success", "failed"}).contains(item.toObject().value("status").toString()));

        // Jobs: the shop's for its developer, every project's for the administrator.
        const HttpResult devJobs = dev->get("/api/v1/jobs?status=" + every);
        QCOMPARE(devJobs.status, 200);
        const QJsonArray jobs = devJobs.json().value("items").toArray();
        QCOMPARE(jobs.size(), 4); // build, lint, test, deploy
        for (const QJsonValue &job : jobs) {
            QCOMPARE(job.toObject().value("project"), "shop");
            QCOMPARE(job.toObject().value("pipeline_id").toInteger(), shopRun);
            QCOMPARE(job.toObject().value("ref"), "main");
        }
        QCOMPARE(m_admin->get("/api/v1/jobs?status=" + every).json().value("items").toArray().size(), 8);
        QVERIFY(olaf->get("/api/v1/jobs?status=" + every).json().value("items").toArray().isEmpty());
        for (const QJsonValue &job : dev->get("/api/v1/jobs").json().value("items").toArray())
            QVERIFY(QStringList({"running", "pending"}).contains(job.toObject().value("status").toString()));
        // Each deploy waits for a person once its stage comes; a manual job stays manual until played.
        const auto manualJobs = [](HttpTestClient &client, const QString &limit) {
            return client.get("/api/v1/jobs?status=manual" + limit).json().value("items").toArray();
        };
        QTRY_COMPARE_WITH_TIMEOUT(manualJobs(*m_admin, {}).size(), 2, 30000);
        QCOMPARE(manualJobs(*m_admin, QStringLiteral("&limit=1")).size(), 1);
        const QJsonArray devManual = manualJobs(*dev, {});
        QCOMPARE(devManual.size(), 1);
        QCOMPARE(devManual.at(0).toObject().value("name"), "deploy");
        QCOMPARE(devManual.at(0).toObject().value("pipeline_id").toInteger(), shopRun);

        // Bad filters are refused by name; anonymous callers are not told anything.
        QCOMPARE(dev->get("/api/v1/pipelines?status=failed,bogus").status, 422);
        QCOMPARE(dev->get("/api/v1/pipelines?mine=maybe").status, 422);
        QCOMPARE(dev->get("/api/v1/jobs?status=done").status, 422);
        QCOMPARE(dev->get("/api/v1/jobs?limit=1000").status, 422);
        QCOMPARE(HttpTestClient(m_server->url()).get("/api/v1/pipelines").status, 401);
        QCOMPARE(HttpTestClient(m_server->url()).get("/api/v1/jobs").status, 401);
    }
};

QTEST_GUILESS_MAIN(TestPipelines)
#include "tst_pipelines.moc"
