#include "AdminSession.h"
#include "GitRepository.h"
#include "PipelineCalls.h"
#include "deployments/EnvironmentStopper.h"
#include "deployments/FreezeHolds.h"

#include <QJsonArray>
#include <QThread>
#include <QTimeZone>
#include <QtTest>

using namespace adp::test;

// Environments and deployments through real HTTP and real pipelines, on both backends: the first
// job that names an environment makes it (dynamic names in folders, tiers written or guessed,
// URLs expanded); each deploy job is a deployment whose status follows its job; stop jobs stop
// environments; an outdated deploy job is skipped; protected environments refuse whoever may not
// deploy there (audited); a person's retry is a new deployment; history pages by cursor; approve
// rules hold deploy jobs until enough of those they name approve (never the one who started it,
// each once, even at the same moment), and a rejection fails the job; a rollback redeploys an
// earlier successful deployment (a manual job runs without a play) and pins its environment, so
// automatic deploys wait until it is unpinned or someone deploys on purpose; freeze windows set
// CI_DEPLOY_FREEZE, and an environment with a hard freeze holds its deploy jobs until the freeze
// lifts or a maintainer overrides it; an environment may allow self-approval.
class TestDeployments : public QObject
{
    Q_OBJECT

private:
    GitRepository m_repository;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;

    static QByteArray definition()
    {
        return "stages: [build, review, staging, production]\n"
               "build:\n  stage: build\n  script: echo built\n"
               "review:\n  stage: review\n  script: echo \"review at $CI_ENVIRONMENT_SLUG ($CI_ENVIRONMENT_TIER)\"\n"
               "  environment:\n    name: review/$CI_COMMIT_REF_SLUG\n"
               "    url: https://$CI_COMMIT_REF_SLUG.review.example.com\n"
               "    on_stop: stop_review\n    auto_stop_in: 1 week\n"
               "stop_review:\n  stage: review\n  when: manual\n  script: echo stopping\n"
               "  environment:\n    name: review/$CI_COMMIT_REF_SLUG\n    action: stop\n"
               "staging:\n  stage: staging\n  script: echo staging\n  environment: staging\n"
               "production:\n  stage: production\n  when: manual\n  script: echo production\n"
               "  environment:\n    name: production\n    url: https://shop.example.com\n";
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

    qint64 run(HttpTestClient &client, const QString &ref)
    {
        return client.post("/api/v1/projects/shop/pipelines", {{"ref", ref}}).json().value("id").toInteger();
    }

    QJsonObject waitUntilFinished(qint64 pipeline) { return adp::test::waitUntilFinished(*m_admin, pipeline); }

    // Polls a pipeline until `job` has left the statuses it starts in.
    QJsonObject waitForJob(qint64 pipeline, const QString &job, const QStringList &until)
    {
        QJsonObject seen;
        for (int i = 0; i < 600; ++i) {
            seen = m_admin->get(QStringLiteral("/api/v1/pipelines/%1").arg(pipeline)).json();
            if (until.contains(jobNamed(seen, job).value("status").toString()))
                return seen;
            QTest::qWait(50);
        }
        return seen;
    }

    QJsonObject environmentNamed(const QString &name)
    {
        for (const QJsonValue &item :
             m_admin->get("/api/v1/projects/shop/environments").json().value("items").toArray()) {
            if (item.toObject().value("name").toString() == name)
                return item.toObject();
        }
        return {};
    }

    QJsonArray deployments(const QString &query = {})
    {
        return m_admin->get("/api/v1/projects/shop/deployments" + query).json().value("items").toArray();
    }

    qint64 play(HttpTestClient &client, const QJsonObject &pipeline, const QString &job, int *status = nullptr)
    {
        const HttpResult result = client.post(
            QStringLiteral("/api/v1/jobs/%1/play").arg(jobNamed(pipeline, job).value("id").toInteger()), QJsonObject{});
        if (status)
            *status = result.status;
        return pipeline.value("id").toInteger();
    }

    // Signs in a new account with a role in the project.
    std::unique_ptr<HttpTestClient> member(const QString &name, const QString &role)
    {
        if (!m_server->addUser(name, QStringLiteral("member-password")) ||
            m_admin->put("/api/v1/projects/shop/members/users/" + name, {{"role", role}}).status != 200)
            return {};
        auto client = std::make_unique<HttpTestClient>(m_server->url());
        if (client->login(name, QStringLiteral("member-password")).isEmpty())
            return {};
        return client;
    }

    qint64 iidOf(qint64 pipeline, const QString &environment)
    {
        for (const QJsonValue &item : deployments("?environment=" + environment)) {
            if (item.toObject().value("pipeline_id").toInteger() == pipeline)
                return item.toObject().value("iid").toInteger();
        }
        return 0;
    }

    bool productionNeedsTwoMaintainers()
    {
        return m_admin
                   ->post("/api/v1/projects/shop/environment-rules", {{"environment", "production"},
                                                                      {"action", "approve"},
                                                                      {"min_role", "maintainer"},
                                                                      {"required_approvals", 2}})
                   .status == 201;
    }

    static HttpResult decide(HttpTestClient &client, qint64 iid, const QString &decision, const QJsonObject &body = {})
    {
        return client.post(QStringLiteral("/api/v1/projects/shop/deployments/%1/%2").arg(iid).arg(decision), body);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_repository.init());
        QVERIFY(m_repository.commitFiles("main", {{".gitlab-ci.yml", definition()}}, "first"));
        QVERIFY(m_repository.commitFiles("Feature/Login", {{".gitlab-ci.yml", definition()}, {"LOGIN", "form\n"}},
                                         "login"));
        QVERIFY(m_repository.commitFiles("main", {{".gitlab-ci.yml", definition()}, {"NEWS", "two\n"}}, "second"));
        QVERIFY(m_repository.commitFiles(
            "delayed",
            {{".gitlab-ci.yml", "later:\n  when: delayed\n  start_in: 1 second\n  script: echo staging later\n"
                                "  environment: staging\n"}},
            "a delayed deploy"));
        QVERIFY(m_repository.git({"checkout", "-q", "main"}));
        QVERIFY(m_repository.commitFiles("compare", {{"app.txt", "app\n"}, {"NEWS", "three\n"}}, "Add the app"));
        QVERIFY(m_repository.git({"checkout", "-q", "main"}));
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void environmentsAndDeploymentsFollowTheirJobs_data() { addBackendRows(); }
    void environmentsAndDeploymentsFollowTheirJobs()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const qint64 pipeline = run(*m_admin, QStringLiteral("Feature/Login"));
        QVERIFY(pipeline > 0);
        QJsonObject state = waitForJob(pipeline, "production", {"manual"});
        QCOMPARE(jobNamed(state, "review").value("status").toString(), QStringLiteral("success"));
        QCOMPARE(jobNamed(state, "staging").value("status").toString(), QStringLiteral("success"));

        const QJsonObject review = environmentNamed("review/feature-login");
        QVERIFY2(!review.isEmpty(), m_admin->get("/api/v1/projects/shop/environments").body.constData());
        QCOMPARE(review.value("folder").toString(), QStringLiteral("review"));
        QCOMPARE(review.value("tier").toString(), QStringLiteral("development"));
        QCOMPARE(review.value("state").toString(), QStringLiteral("available"));
        QCOMPARE(review.value("external_url").toString(), QStringLiteral("https://feature-login.review.example.com"));
        QVERIFY(review.value("has_stop_job").toBool());
        QVERIFY(!review.value("auto_stop_at").isNull());
        QCOMPARE(review.value("last_deployment").toObject().value("status").toString(), QStringLiteral("success"));
        const QString slug = review.value("slug").toString();
        QVERIFY2(slug.startsWith(QStringLiteral("review-feature-")) && slug.size() == 24, qPrintable(slug));
        const QString reviewLog = QString::fromUtf8(
            m_admin->get(QStringLiteral("/api/v1/jobs/%1/log").arg(jobNamed(state, "review").value("id").toInteger()))
                .body);
        QVERIFY2(reviewLog.contains(QStringLiteral("review at %1 (development)").arg(slug)), qPrintable(reviewLog));
        QCOMPARE(jobNamed(state, "review").value("environment").toString(), QStringLiteral("review/feature-login"));
        QCOMPARE(environmentNamed("staging").value("tier").toString(), QStringLiteral("staging"));
        QVERIFY(environmentNamed("staging").value("folder").isNull());

        // production waits for a person: its deployment exists, created, and nothing runs there yet.
        const QJsonObject production = environmentNamed("production");
        QCOMPARE(production.value("tier").toString(), QStringLiteral("production"));
        QVERIFY(production.value("last_deployment").isNull());
        QCOMPARE(production.value("latest_deployment").toObject().value("status").toString(),
                 QStringLiteral("created"));
        play(*m_admin, state, "production");
        state = waitUntilFinished(pipeline);
        QCOMPARE(jobNamed(state, "production").value("status").toString(), QStringLiteral("success"));
        const QJsonObject deployed = environmentNamed("production").value("last_deployment").toObject();
        QCOMPARE(deployed.value("status").toString(), QStringLiteral("success"));
        QCOMPARE(deployed.value("ref").toString(), QStringLiteral("Feature/Login"));
        QCOMPARE(deployed.value("triggered_by").toString(), TestServer::kAdmin);
        QVERIFY(!deployed.value("started_at").isNull() && !deployed.value("finished_at").isNull());
        QCOMPARE(
            m_admin->get(QStringLiteral("/api/v1/projects/shop/deployments/%1").arg(deployed.value("iid").toInteger()))
                .json()
                .value("job_name")
                .toString(),
            QStringLiteral("production"));

        // Stopping by hand: review's stop job runs and then it is stopped; staging has none and
        // stops at once (audited); stopping a stopped one is refused.
        const QString reviewStop =
            QStringLiteral("/api/v1/projects/shop/environments/%1/stop").arg(review.value("id").toInteger());
        QCOMPARE(m_admin->post(reviewStop, QJsonObject{}).status, 200);
        waitForJob(pipeline, "stop_review", {"success", "failed"});
        QCOMPARE(jobNamed(m_admin->get(QStringLiteral("/api/v1/pipelines/%1").arg(pipeline)).json(), "stop_review")
                     .value("status")
                     .toString(),
                 QStringLiteral("success"));
        QCOMPARE(environmentNamed("review/feature-login").value("state").toString(), QStringLiteral("stopped"));
        QCOMPARE(m_admin->post(reviewStop, QJsonObject{}).status, 409);
        const HttpResult stagingStopped =
            m_admin->post("/api/v1/projects/shop/environments/staging/stop", QJsonObject{});
        QCOMPARE(stagingStopped.status, 200);
        QCOMPARE(stagingStopped.json().value("state").toString(), QStringLiteral("stopped"));
        QCOMPARE(m_admin->get("/api/v1/audit?action=environment.stopped").json().value("items").toArray().size(), 1);
        QCOMPARE(m_admin->post("/api/v1/projects/shop/environments/nowhere/stop", QJsonObject{}).status, 404);

        // A retry by a person is a new deployment, run at once though the job is manual; the first keeps its history.
        const qint64 productionJob = jobNamed(state, "production").value("id").toInteger();
        QCOMPARE(m_admin->post(QStringLiteral("/api/v1/jobs/%1/retry").arg(productionJob), QJsonObject{}).status, 200);
        waitForJob(pipeline, "production", {"success", "failed"});
        const QJsonArray history = deployments("?environment=production");
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).toObject().value("job_attempt").toInt(), 2);
        QCOMPARE(history.at(0).toObject().value("status").toString(), QStringLiteral("success"));
        QCOMPARE(history.at(1).toObject().value("iid").toInteger(), deployed.value("iid").toInteger());
        QCOMPARE(history.at(1).toObject().value("status").toString(), QStringLiteral("success"));
    }

    void environmentsStopByThemselves_data() { addBackendRows(); }
    void environmentsStopByThemselves()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        if (backend == u"postgres")
            TestBackends::flushRedis();
        auto clock = std::make_shared<adp::server::ManualClock>(QDateTime::currentMSecsSinceEpoch());
        // Sessions outlive the clock's jump.
        m_server = std::make_unique<TestServer>(TestBackends::create(backend), clock, 30 * 24 * 3600, 60 * 24 * 3600);
        QVERIFY(m_server->ok());
        m_admin = std::make_unique<HttpTestClient>(m_server->url());
        QVERIFY(!m_admin->login(TestServer::kAdmin, TestServer::kPassword).isEmpty());
        QCOMPARE(m_admin
                     ->post("/api/v1/projects",
                            {{"name", "Shop"}, {"slug", "shop"}, {"repository_url", m_repository.path()}})
                     .status,
                 201);
        const qint64 pipeline = run(*m_admin, QStringLiteral("Feature/Login"));
        waitForJob(pipeline, "production", {"manual"});
        m_server->app().environmentStopper().tidy(); // nothing is due yet
        QCOMPARE(environmentNamed("review/feature-login").value("state").toString(), QStringLiteral("available"));

        clock->advanceMs(8LL * 24 * 3600 * 1000); // past review's auto_stop_in: 1 week
        m_server->app().environmentStopper().tidy();
        QCOMPARE(jobNamed(waitForJob(pipeline, "stop_review", {"success", "failed"}), "stop_review")
                     .value("status")
                     .toString(),
                 QStringLiteral("success"));
        QCOMPARE(environmentNamed("review/feature-login").value("state").toString(), QStringLiteral("stopped"));
        QVERIFY(environmentNamed("review/feature-login").value("auto_stop_at").isNull());
        QCOMPARE(environmentNamed("staging").value("state").toString(), QStringLiteral("available"));
    }

    void outdatedDeploymentsAreSkipped_data() { addBackendRows(); }
    void outdatedDeploymentsAreSkipped()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const qint64 older = run(*m_admin, QStringLiteral("Feature/Login"));
        const QJsonObject olderState = waitForJob(older, "production", {"manual"});
        const qint64 newer = run(*m_admin, QStringLiteral("main"));
        play(*m_admin, waitForJob(newer, "production", {"manual"}), "production");
        QCOMPARE(jobNamed(waitUntilFinished(newer), "production").value("status").toString(),
                 QStringLiteral("success"));

        play(*m_admin, olderState, "production");
        const QJsonObject skipped =
            jobNamed(waitForJob(older, "production", {"skipped", "success", "failed"}), "production");
        QCOMPARE(skipped.value("status").toString(), QStringLiteral("skipped"));
        QVERIFY2(skipped.value("failure_reason").toString().contains(QStringLiteral("outdated deployment")),
                 qPrintable(skipped.value("failure_reason").toString()));
        const QJsonObject olderDeployment =
            deployments(QStringLiteral("?environment=production&status=skipped")).at(0).toObject();
        QCOMPARE(olderDeployment.value("pipeline_id").toInteger(), older);
        QVERIFY(olderDeployment.value("status_reason").toString().contains(QStringLiteral("outdated")));
        // What runs in production is still the newer pipeline's.
        QCOMPARE(environmentNamed("production").value("last_deployment").toObject().value("pipeline_id").toInteger(),
                 newer);
    }

    void freezeWindowsHoldHardFrozenEnvironments_data() { addBackendRows(); }
    void freezeWindowsHoldHardFrozenEnvironments()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const auto developer = member(QStringLiteral("dora"), QStringLiteral("developer"));
        const auto boss = member(QStringLiteral("mona"), QStringLiteral("maintainer"));
        QVERIFY(developer && boss);
        const QString windows = QStringLiteral("/api/v1/projects/shop/freeze-windows");
        const QString settings = QStringLiteral("/api/v1/projects/shop/environment-settings");

        // Bad windows and settings are refused by field, and nothing is stored.
        QCOMPARE(m_admin->post(windows, {{"freeze_start", "0 23 * * 5"}}).errorFields(), QStringList{"freeze_end"});
        QCOMPARE(m_admin->post(windows, {{"freeze_start", "0 25 * * 5"}, {"freeze_end", "0 7 * * 1"}}).errorFields(),
                 QStringList{"freeze_start"});
        QCOMPARE(m_admin->post(windows, {{"freeze_start", "0 23 * * 5"}, {"freeze_end", "0 0 30 2 *"}}).errorFields(),
                 QStringList{"freeze_end"}); // never ends
        QCOMPARE(m_admin
                     ->post(windows, {{"freeze_start", "0 23 * * 5"},
                                      {"freeze_end", "0 7 * * 1"},
                                      {"cron_timezone", "Europe/Atlantis"}})
                     .errorFields(),
                 QStringList{"cron_timezone"});
        QCOMPARE(m_admin->post(windows, {{"freeze_start", 5}, {"freeze_end", "0 7 * * 1"}}).errorFields(),
                 QStringList{"freeze_start"});
        QCOMPARE(developer->post(windows, {{"freeze_start", "* * * * *"}, {"freeze_end", "0 0 1 1 *"}}).status, 403);
        QCOMPARE(m_admin->put(settings, {{"environment", "staging"}}).errorFields(), QStringList{"hard_freeze"});
        QCOMPARE(m_admin->put(settings, {{"environment", ""}, {"hard_freeze", true}}).errorFields(),
                 QStringList{"environment"});
        QCOMPARE(m_admin->put(settings, {{"environment", "staging"}, {"hard_freeze", "yes"}}).errorFields(),
                 QStringList{"hard_freeze"});
        QCOMPARE(developer->put(settings, {{"environment", "staging"}, {"hard_freeze", true}}).status, 403);
        QVERIFY(m_admin->get(windows).json().value("items").toArray().isEmpty());
        QVERIFY(developer->get(settings).json().value("items").toArray().isEmpty()); // reporters read

        // A window that holds now (it started this minute and ends on the 1st of January).
        const HttpResult window = m_admin->post(windows, {{"freeze_start", "* * * * *"}, {"freeze_end", "0 0 1 1 *"}});
        QCOMPARE(window.status, 201);
        QVERIFY(window.json().value("active").toBool());
        QVERIFY(window.json().value("active_until").toString().contains(QStringLiteral("-01-01T00:00:00")));
        QCOMPARE(window.json().value("cron_timezone").toString(), QStringLiteral("UTC"));
        // And one that does not hold now: a night three days from today's in Berlin (a fixed weekend
        // window would hold whenever the suite runs on a weekend, and keep staging frozen below).
        const int berlinToday = QDateTime::currentDateTimeUtc()
                                    .toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Berlin")))
                                    .date()
                                    .dayOfWeek() %
                                7; // cron counts Sunday as 0
        const HttpResult later =
            m_admin->post(windows, {{"freeze_start", QStringLiteral("0 23 * * %1").arg((berlinToday + 3) % 7)},
                                    {"freeze_end", QStringLiteral("0 7 * * %1").arg((berlinToday + 4) % 7)},
                                    {"cron_timezone", "Europe/Berlin"}});
        QCOMPARE(later.status, 201);

        // Without a hard freeze the freeze only tells pipelines (CI_DEPLOY_FREEZE); staging deploys.
        const qint64 soft = run(*m_admin, QStringLiteral("main"));
        QCOMPARE(jobNamed(waitForJob(soft, "production", {"manual"}), "staging").value("status").toString(),
                 QStringLiteral("success"));
        QVERIFY(m_server->app()
                    .database()
                    .query(QStringLiteral("SELECT predefined FROM pipelines WHERE id = ?"), {soft})
                    .value(0, 0)
                    .toString()
                    .contains(QStringLiteral("CI_DEPLOY_FREEZE")));

        // With one, staging's deploy job waits with the reason, until a maintainer overrides it.
        QCOMPARE(m_admin->put(settings, {{"environment", "stag*"}, {"hard_freeze", true}}).status, 200);
        const qint64 frozen = run(*m_admin, QStringLiteral("main"));
        QTRY_VERIFY_WITH_TIMEOUT(
            jobNamed(m_admin->get(QStringLiteral("/api/v1/pipelines/%1").arg(frozen)).json(), "staging")
                    .value("waiting_for")
                    .toString() == u"freeze",
            20000);
        const qint64 frozenIid = iidOf(frozen, "staging");
        const QJsonObject held =
            m_admin->get(QStringLiteral("/api/v1/projects/shop/deployments/%1").arg(frozenIid)).json();
        QCOMPARE(held.value("status").toString(), QStringLiteral("created"));
        QVERIFY2(held.value("status_reason").toString().contains(QStringLiteral("hard freeze")),
                 qPrintable(held.value("status_reason").toString()));
        const auto override = [](HttpTestClient &client, qint64 iid) {
            return client.post(QStringLiteral("/api/v1/projects/shop/deployments/%1/override-freeze").arg(iid),
                               QJsonObject{});
        };
        QCOMPARE(override(*developer, frozenIid).status, 403);
        QCOMPARE(override(*boss, iidOf(soft, "staging")).status, 409); // it did not wait
        QCOMPARE(override(*boss, 9999).status, 404);
        QCOMPARE(override(*boss, frozenIid).status, 200);
        QCOMPARE(jobNamed(waitForJob(frozen, "production", {"manual"}), "staging").value("status").toString(),
                 QStringLiteral("success"));
        QCOMPARE(
            m_admin->get("/api/v1/audit?action=deployment.freeze_overridden").json().value("items").toArray().size(),
            1);

        // The next one waits again; once no window holds, the chore lets it go on.
        const qint64 next = run(*m_admin, QStringLiteral("main"));
        QTRY_VERIFY_WITH_TIMEOUT(
            jobNamed(m_admin->get(QStringLiteral("/api/v1/pipelines/%1").arg(next)).json(), "staging")
                    .value("waiting_for")
                    .toString() == u"freeze",
            20000);
        m_server->app().freezeHolds().tidy(); // still frozen: nothing moves
        QCOMPARE(jobNamed(m_admin->get(QStringLiteral("/api/v1/pipelines/%1").arg(next)).json(), "staging")
                     .value("waiting_for")
                     .toString(),
                 QStringLiteral("freeze"));
        QCOMPARE(developer->del(windows + QStringLiteral("/%1").arg(window.json().value("id").toInteger())).status,
                 403);
        QCOMPARE(m_admin->del(windows + QStringLiteral("/%1").arg(window.json().value("id").toInteger())).status, 204);
        QCOMPARE(m_admin->del(windows + QStringLiteral("/%1").arg(window.json().value("id").toInteger())).status, 404);
        m_server->app().freezeHolds().tidy();
        const QJsonObject released = waitForJob(next, "production", {"manual"});
        QCOMPARE(jobNamed(released, "staging").value("status").toString(), QStringLiteral("success"));

        // Self-approval, off by default, may be allowed per environment.
        QCOMPARE(m_admin
                     ->post("/api/v1/projects/shop/environment-rules",
                            {{"environment", "production"}, {"action", "approve"}, {"min_role", "maintainer"}})
                     .status,
                 201);
        play(*m_admin, released, "production");
        const qint64 production = iidOf(next, "production");
        QCOMPARE(decide(*m_admin, production, "approve").status, 403);
        const HttpResult allowed =
            m_admin->put(settings, {{"environment", "production"}, {"allow_self_approval", true}});
        QCOMPARE(allowed.status, 200);
        QVERIFY(!allowed.json().value("hard_freeze").toBool());
        QCOMPARE(decide(*m_admin, production, "approve").status, 200);
        QCOMPARE(jobNamed(waitUntilFinished(next), "production").value("status").toString(), QStringLiteral("success"));
        const QJsonArray stored = m_admin->get(settings).json().value("items").toArray();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(
            m_admin->del(settings + QStringLiteral("/%1").arg(stored.at(0).toObject().value("id").toInteger())).status,
            204);
        QCOMPARE(m_admin->get(settings).json().value("items").toArray().size(), 1);
        QCOMPARE(m_admin->get("/api/v1/audit?action=freeze_window.").json().value("items").toArray().size(), 3);
    }

    void deploymentsAreCompared_data() { addBackendRows(); }
    void deploymentsAreCompared()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const qint64 older = run(*m_admin, QStringLiteral("main"));
        QCOMPARE(jobNamed(waitForJob(older, "production", {"manual"}), "staging").value("status").toString(),
                 QStringLiteral("success"));
        const qint64 newer = run(*m_admin, QStringLiteral("compare"));
        QCOMPARE(jobNamed(waitForJob(newer, "production", {"manual"}), "staging").value("status").toString(),
                 QStringLiteral("success"));
        const qint64 olderIid = iidOf(older, "staging");
        const qint64 newerIid = iidOf(newer, "staging");
        const auto compare = [this](qint64 iid, const QString &query = {}) {
            return m_admin->get(QStringLiteral("/api/v1/projects/shop/deployments/%1/compare%2").arg(iid).arg(query));
        };

        // By default with the successful deployment to the same environment before it.
        const HttpResult forward = compare(newerIid);
        QCOMPARE(forward.status, 200);
        const QJsonObject comparison = forward.json();
        QCOMPARE(comparison.value("direction").toString(), QStringLiteral("forward"));
        QCOMPARE(comparison.value("from").toObject().value("iid").toInteger(), olderIid);
        QCOMPARE(comparison.value("to").toObject().value("triggered_by").toString(), QStringLiteral("alice"));
        QVERIFY(comparison.value("to").toObject().value("duration_seconds").toInteger() >= 0);
        const QJsonArray commits = comparison.value("commits").toArray();
        QCOMPARE(commits.size(), 1);
        QCOMPARE(commits.at(0).toObject().value("title").toString(), QStringLiteral("Add the app"));
        QCOMPARE(commits.at(0).toObject().value("sha").toString(), m_repository.shaOf(QStringLiteral("compare")));
        QStringList files;
        for (const QJsonValue &file : comparison.value("files").toArray())
            files.append(file.toObject().value("status").toString() + u' ' + file.toObject().value("path").toString());
        QCOMPARE(files, (QStringList{"M NEWS", "A app.txt"}));

        // The other way round is what a rollback would take away.
        const QJsonObject backward = compare(olderIid, QStringLiteral("?from=%1").arg(newerIid)).json();
        QCOMPARE(backward.value("direction").toString(), QStringLiteral("backward"));
        QCOMPARE(backward.value("commits").toArray().size(), 1);
        QCOMPARE(backward.value("files").toArray().at(1).toObject().value("status").toString(), QStringLiteral("D"));

        // Bad input: nothing before the first, a wrong or unknown `from`, an unknown deployment.
        QCOMPARE(compare(olderIid).status, 409);
        QCOMPARE(compare(newerIid, QStringLiteral("?from=abc")).errorFields(), QStringList{"from"});
        QCOMPARE(compare(newerIid, QStringLiteral("?from=9999")).errorFields(), QStringList{"from"});
        QCOMPARE(compare(9999).status, 404);
        const auto reporter = member(QStringLiteral("rita"), QStringLiteral("reporter"));
        QCOMPARE(reporter->get(QStringLiteral("/api/v1/projects/shop/deployments/%1/compare").arg(newerIid)).status,
                 200);
    }

    void rollbacksRedeployAndPin_data() { addBackendRows(); }
    void rollbacksRedeployAndPin()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const auto deployed = [&](qint64 pipeline) {
            play(*m_admin, waitForJob(pipeline, "production", {"manual"}), "production");
            return jobNamed(waitForJob(pipeline, "production", {"success", "failed", "skipped"}), "production")
                .value("status")
                .toString();
        };
        const qint64 older = run(*m_admin, QStringLiteral("Feature/Login"));
        QCOMPARE(deployed(older), QStringLiteral("success"));
        const qint64 newer = run(*m_admin, QStringLiteral("main"));
        QCOMPARE(deployed(newer), QStringLiteral("success"));
        const qint64 olderIid = iidOf(older, "production");
        QVERIFY(olderIid > 0);

        // Bad input changes nothing: unknown, foreign (another environment's failed one), not successful.
        QCOMPARE(m_admin->post("/api/v1/projects/shop/deployments/999999/rollback", QJsonObject{}).status, 404);
        auto reporter = member(QStringLiteral("rita"), QStringLiteral("reporter"));
        auto developer = member(QStringLiteral("dev"), QStringLiteral("developer"));
        QVERIFY(reporter && developer);
        QCOMPARE(m_admin
                     ->post("/api/v1/projects/shop/environment-rules",
                            {{"environment", "production"}, {"action", "deploy"}, {"min_role", "maintainer"}})
                     .status,
                 201);
        const QString rollbackOlder = QStringLiteral("/api/v1/projects/shop/deployments/%1/rollback").arg(olderIid);
        QCOMPARE(reporter->post(rollbackOlder, QJsonObject{}).status, 403);
        QCOMPARE(developer->post(rollbackOlder, QJsonObject{}).status, 403); // the deploy rule says no (audited)
        QCOMPARE(deployments("?environment=production").size(), 2);
        QCOMPARE(m_admin->post("/api/v1/projects/shop/environments/production/unpin", QJsonObject{}).status, 409);

        // The rollback runs the older pipeline's production job again at its commit: manual, it runs at once.
        const HttpResult rolledBack = m_admin->post(rollbackOlder, QJsonObject{});
        QCOMPARE(rolledBack.status, 201);
        const QJsonObject rollback = rolledBack.json();
        QVERIFY(rollback.value("iid").toInteger() > olderIid);
        QCOMPARE(rollback.value("rollback_of").toInteger(), olderIid);
        QCOMPARE(rollback.value("pipeline_id").toInteger(), older);
        QCOMPARE(rollback.value("job_attempt").toInt(), 2);
        QCOMPARE(jobNamed(waitForJob(older, "production", {"success", "failed", "skipped"}), "production")
                     .value("status")
                     .toString(),
                 QStringLiteral("success"));
        QJsonObject production = environmentNamed("production");
        QCOMPARE(production.value("last_deployment").toObject().value("iid").toInteger(),
                 rollback.value("iid").toInteger());
        QCOMPARE(production.value("last_deployment").toObject().value("pipeline_id").toInteger(), older);
        QCOMPARE(production.value("pinned").toObject().value("deployment").toInteger(),
                 rollback.value("iid").toInteger());
        QCOMPARE(production.value("pinned").toObject().value("by").toString(), QStringLiteral("alice"));

        // Production stays pinned until someone deploys there on purpose: playing a newer job unpins it.
        const qint64 outdated = run(*m_admin, QStringLiteral("Feature/Login"));
        const QJsonObject outdatedState = waitForJob(outdated, "production", {"manual"});
        const qint64 newest = run(*m_admin, QStringLiteral("main"));
        QCOMPARE(deployed(newest), QStringLiteral("success"));
        QVERIFY(environmentNamed("production").value("pinned").isNull());
        // An older pipeline's deploy is then outdated: skipped, and a skipped deployment cannot be redeployed.
        play(*m_admin, outdatedState, "production");
        QCOMPARE(jobNamed(waitForJob(outdated, "production", {"success", "failed", "skipped"}), "production")
                     .value("status")
                     .toString(),
                 QStringLiteral("skipped"));
        QCOMPARE(
            m_admin
                ->post(
                    QStringLiteral("/api/v1/projects/shop/deployments/%1/rollback").arg(iidOf(outdated, "production")),
                    QJsonObject{})
                .status,
            409);

        // staging deploys by itself: with staging pinned by a rollback, it waits.
        const qint64 stagingIid = iidOf(older, "staging");
        QCOMPARE(
            m_admin
                ->post(QStringLiteral("/api/v1/projects/shop/deployments/%1/rollback").arg(stagingIid), QJsonObject{})
                .status,
            201);
        QTRY_COMPARE_WITH_TIMEOUT(
            environmentNamed("staging").value("last_deployment").toObject().value("pipeline_id").toInteger(), older,
            20000);
        const qint64 held = run(*m_admin, QStringLiteral("main"));
        QTRY_COMPARE_WITH_TIMEOUT(
            jobNamed(m_admin->get(QStringLiteral("/api/v1/pipelines/%1").arg(held)).json(), "staging")
                .value("waiting_for")
                .toString(),
            QStringLiteral("pin"), 20000);
        const QJsonObject heldDeployment =
            m_admin->get(QStringLiteral("/api/v1/projects/shop/deployments/%1").arg(iidOf(held, "staging"))).json();
        QCOMPARE(heldDeployment.value("status").toString(), QStringLiteral("created"));
        QVERIFY2(heldDeployment.value("status_reason").toString().contains(QStringLiteral("pinned")),
                 qPrintable(heldDeployment.value("status_reason").toString()));

        // Unpinning lets it go on at once.
        const HttpResult unpinned = m_admin->post("/api/v1/projects/shop/environments/staging/unpin", QJsonObject{});
        QCOMPARE(unpinned.status, 200);
        QVERIFY(unpinned.json().value("pinned").isNull());
        QCOMPARE(jobNamed(waitForJob(held, "staging", {"success", "failed", "skipped"}), "staging")
                     .value("status")
                     .toString(),
                 QStringLiteral("success"));
        QCOMPARE(environmentNamed("staging").value("last_deployment").toObject().value("pipeline_id").toInteger(),
                 held);

        QCOMPARE(m_admin->get("/api/v1/audit?action=environment.pinned").json().value("items").toArray().size(), 2);
        QCOMPARE(m_admin->get("/api/v1/audit?action=environment.unpinned").json().value("items").toArray().size(), 2);
        QCOMPARE(
            m_admin->get("/api/v1/audit?action=deployment.rollback.refused").json().value("items").toArray().size(), 1);
    }

    void protectedEnvironmentsRefuseOthers_data() { addBackendRows(); }
    void protectedEnvironmentsRefuseOthers()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QVERIFY(m_server->addUser(QStringLiteral("dev"), QStringLiteral("developer-password")));
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/dev", {{"role", "developer"}}).status, 200);
        QCOMPARE(m_admin
                     ->post("/api/v1/projects/shop/environment-rules",
                            {{"environment", "staging"}, {"action", "deploy"}, {"min_role", "maintainer"}})
                     .status,
                 201);
        QCOMPARE(m_admin
                     ->post("/api/v1/projects/shop/environment-rules",
                            {{"environment", "production"}, {"action", "deploy"}, {"min_role", "maintainer"}})
                     .status,
                 201);
        HttpTestClient developer(m_server->url());
        QVERIFY(!developer.login(QStringLiteral("dev"), QStringLiteral("developer-password")).isEmpty());

        // A developer's pipeline: review deploys, staging is refused and fails, with why.
        const qint64 pipeline = run(developer, QStringLiteral("main"));
        QVERIFY(pipeline > 0);
        const QJsonObject finished = waitUntilFinished(pipeline);
        QCOMPARE(jobNamed(finished, "review").value("status").toString(), QStringLiteral("success"));
        const QJsonObject staging = jobNamed(finished, "staging");
        QCOMPARE(staging.value("status").toString(), QStringLiteral("failed"));
        QVERIFY2(staging.value("failure_reason").toString().contains(QStringLiteral("dev may not deploy to staging")),
                 qPrintable(staging.value("failure_reason").toString()));
        QCOMPARE(deployments("?environment=staging").at(0).toObject().value("status").toString(),
                 QStringLiteral("failed"));
        const QJsonArray refusals =
            m_admin->get("/api/v1/audit?action=deployment.refused").json().value("items").toArray();
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(refusals.at(0).toObject().value("actor").toObject().value("name").toString(), QStringLiteral("dev"));

        // Nor through a delayed job: it is asked when it is scheduled, and fails with why.
        const QJsonObject delayed = jobNamed(waitUntilFinished(run(developer, QStringLiteral("delayed"))), "later");
        QCOMPARE(delayed.value("status").toString(), QStringLiteral("failed"));
        QVERIFY(delayed.value("failure_reason").toString().contains(QStringLiteral("may not deploy to staging")));

        // The developer may not play production either: refused, audited, the job still waits.
        const qint64 second = run(*m_admin, QStringLiteral("Feature/Login"));
        const QJsonObject waiting = waitForJob(second, "production", {"manual"});
        int status = 0;
        play(developer, waiting, "production", &status);
        QCOMPARE(status, 403);
        QCOMPARE(jobNamed(m_admin->get(QStringLiteral("/api/v1/pipelines/%1").arg(second)).json(), "production")
                     .value("status")
                     .toString(),
                 QStringLiteral("manual"));
        QCOMPARE(m_admin->get("/api/v1/audit?action=job.play.refused").json().value("items").toArray().size(), 1);
        // A maintainer (the administrator) may.
        play(*m_admin, waiting, "production", &status);
        QCOMPARE(status, 200);
        QCOMPARE(jobNamed(waitUntilFinished(second), "production").value("status").toString(),
                 QStringLiteral("success"));
    }

    void historyPagesAndRefusesBadQueries_data() { addBackendRows(); }
    void historyPagesAndRefusesBadQueries()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        waitForJob(run(*m_admin, QStringLiteral("main")), "production", {"manual"});
        waitForJob(run(*m_admin, QStringLiteral("main")), "production", {"manual"});
        const QJsonArray all = deployments();
        QCOMPARE(all.size(), 6); // review, staging, production in each
        QList<qint64> iids;
        QString cursor;
        do {
            const QJsonObject page = m_admin
                                         ->get("/api/v1/projects/shop/deployments?limit=4" +
                                               (cursor.isEmpty() ? QString() : "&cursor=" + cursor))
                                         .json();
            for (const QJsonValue &item : page.value("items").toArray())
                iids.append(item.toObject().value("iid").toInteger());
            cursor = page.value("next_cursor").toString();
        } while (!cursor.isEmpty());
        QCOMPARE(iids, (QList<qint64>{6, 5, 4, 3, 2, 1}));

        QCOMPARE(m_admin->get("/api/v1/projects/shop/deployments?status=exploded").status, 422);
        QCOMPARE(m_admin->get("/api/v1/projects/shop/deployments?limit=0").status, 422);
        QCOMPARE(m_admin->get("/api/v1/projects/shop/deployments?cursor=abc").status, 422);
        QCOMPARE(m_admin->get("/api/v1/projects/shop/deployments?environment=nowhere").status, 422);
        QCOMPARE(m_admin->get("/api/v1/projects/shop/deployments/999").status, 404);
        QCOMPARE(m_admin->get("/api/v1/projects/shop/environments/999").status, 404);
        QCOMPARE(m_admin->get("/api/v1/projects/shop/environments/staging").json().value("name").toString(),
                 QStringLiteral("staging"));
    }

    void approvalsHoldDeployJobs_data() { addBackendRows(); }
    void approvalsHoldDeployJobs()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        auto first = member(QStringLiteral("maya"), QStringLiteral("maintainer"));
        auto second = member(QStringLiteral("max"), QStringLiteral("maintainer"));
        auto developer = member(QStringLiteral("dev"), QStringLiteral("developer"));
        auto reporter = member(QStringLiteral("rita"), QStringLiteral("reporter"));
        QVERIFY(first && second && developer && reporter);
        QVERIFY(productionNeedsTwoMaintainers());
        QCOMPARE(m_admin
                     ->post("/api/v1/projects/shop/environment-rules",
                            {{"environment", "staging"}, {"action", "approve"}, {"user", "rita"}})
                     .status,
                 201);
        QCOMPARE(m_admin
                     ->post("/api/v1/projects/shop/environment-rules", {{"environment", "staging"},
                                                                        {"action", "deploy"},
                                                                        {"min_role", "developer"},
                                                                        {"required_approvals", 2}})
                     .status,
                 422); // only an approve rule asks for approvals

        // staging deploys by itself, so it waits: its job stays created, its deployment is blocked.
        const qint64 pipeline = run(*m_admin, QStringLiteral("main"));
        QJsonObject state;
        QTRY_VERIFY_WITH_TIMEOUT(
            jobNamed(state = m_admin->get(QStringLiteral("/api/v1/pipelines/%1").arg(pipeline)).json(), "staging")
                    .value("waiting_for")
                    .toString() == u"approval",
            20000);
        QCOMPARE(jobNamed(state, "staging").value("status").toString(), QStringLiteral("created"));
        QCOMPARE(state.value("status").toString(), QStringLiteral("manual")); // waits for a person
        const qint64 staging = iidOf(pipeline, "staging");
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/projects/shop/deployments/%1").arg(staging))
                     .json()
                     .value("status")
                     .toString(),
                 QStringLiteral("blocked"));
        QCOMPARE(decide(*developer, staging, "approve").status, 403);
        const HttpResult approved = decide(*reporter, staging, "approve", {{"comment", "looks good"}});
        QCOMPARE(approved.status, 200);
        QCOMPARE(approved.json().value("approvals").toArray().at(0).toObject().value("user").toString(),
                 QStringLiteral("rita"));
        state = waitForJob(pipeline, "production", {"manual"});
        QCOMPARE(jobNamed(state, "staging").value("status").toString(), QStringLiteral("success"));

        // production is played, and waits for two maintainers other than whoever played it.
        play(*m_admin, state, "production");
        state = m_admin->get(QStringLiteral("/api/v1/pipelines/%1").arg(pipeline)).json();
        QCOMPARE(jobNamed(state, "production").value("status").toString(), QStringLiteral("manual"));
        QCOMPARE(jobNamed(state, "production").value("waiting_for").toString(), QStringLiteral("approval"));
        const qint64 production = iidOf(pipeline, "production");
        // What waits for whom: the approvers see it, with its project; whoever played it and a developer do not.
        const auto waitingFor = [](HttpTestClient &client) {
            QList<qint64> iids;
            for (const QJsonValue &item : client.get("/api/v1/approvals").json().value("items").toArray()) {
                if (item.toObject().value("project").toString() == u"shop")
                    iids.append(item.toObject().value("iid").toInteger());
            }
            return iids;
        };
        QCOMPARE(waitingFor(*first), QList<qint64>{production});
        QCOMPARE(waitingFor(*second), QList<qint64>{production});
        QVERIFY(waitingFor(*m_admin).isEmpty());
        QVERIFY(waitingFor(*developer).isEmpty());
        QCOMPARE(decide(*m_admin, production, "approve").status, 403);
        QCOMPARE(decide(*developer, production, "approve").status, 403);
        QCOMPARE(decide(*first, production, "approve", {{"comment", 5}}).status, 422);
        QCOMPARE(decide(*first, production, "approve", {{"reason", "x"}}).status, 422);
        QCOMPARE(decide(*first, production, "approve", {{"comment", QString(1001, u'x')}}).status, 422);
        QCOMPARE(decide(*first, 999, "approve").status, 404);
        QCOMPARE(decide(*first, production, "approve").status, 200);
        QCOMPARE(decide(*first, production, "approve").status, 409);
        QVERIFY(waitingFor(*first).isEmpty()); // decided
        QCOMPARE(waitingFor(*second), QList<qint64>{production});
        QCOMPARE(jobNamed(m_admin->get(QStringLiteral("/api/v1/pipelines/%1").arg(pipeline)).json(), "production")
                     .value("status")
                     .toString(),
                 QStringLiteral("manual"));
        QCOMPARE(decide(*second, production, "approve").status, 200);
        state = waitUntilFinished(pipeline);
        QCOMPARE(jobNamed(state, "production").value("status").toString(), QStringLiteral("success"));
        const QJsonObject deployed =
            m_admin->get(QStringLiteral("/api/v1/projects/shop/deployments/%1").arg(production)).json();
        QCOMPARE(deployed.value("status").toString(), QStringLiteral("success"));
        QCOMPARE(deployed.value("approvals").toArray().size(), 2);
        QCOMPARE(decide(*second, production, "reject").status, 409); // nothing waits any more
        QCOMPARE(
            m_admin->get("/api/v1/audit?action=deployment.approval.refused").json().value("items").toArray().size(), 3);
        QCOMPARE(m_admin->get("/api/v1/audit?action=deployment.approved").json().value("items").toArray().size(), 3);

        // A rejection fails the job with who and why; what comes after it does not run.
        const qint64 rejectedPipeline = run(*m_admin, QStringLiteral("main"));
        QTRY_VERIFY_WITH_TIMEOUT(
            iidOf(rejectedPipeline, "staging") > 0 &&
                jobNamed(m_admin->get(QStringLiteral("/api/v1/pipelines/%1").arg(rejectedPipeline)).json(), "staging")
                        .value("waiting_for")
                        .toString() == u"approval",
            20000);
        QCOMPARE(decide(*reporter, iidOf(rejectedPipeline, "staging"), "reject", {{"comment", "not today"}}).status,
                 200);
        const QJsonObject rejected = waitUntilFinished(rejectedPipeline);
        QCOMPARE(jobNamed(rejected, "staging").value("status").toString(), QStringLiteral("failed"));
        QVERIFY2(jobNamed(rejected, "staging").value("failure_reason").toString() ==
                     u"deployment rejected by rita: not today",
                 qPrintable(jobNamed(rejected, "staging").value("failure_reason").toString()));
        QCOMPARE(jobNamed(rejected, "production").value("status").toString(), QStringLiteral("skipped"));
    }

    void approvalsAtOnceStartTheJobOnce_data() { addBackendRows(); }
    void approvalsAtOnceStartTheJobOnce()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        auto first = member(QStringLiteral("maya"), QStringLiteral("maintainer"));
        auto second = member(QStringLiteral("max"), QStringLiteral("maintainer"));
        QVERIFY(first && second);
        QVERIFY(productionNeedsTwoMaintainers());
        const qint64 pipeline = run(*m_admin, QStringLiteral("main"));
        play(*m_admin, waitForJob(pipeline, "production", {"manual"}), "production");
        const qint64 production = iidOf(pipeline, "production");
        // Both approvals at the same moment, each from its own connection.
        QList<int> statuses(2);
        const QUrl url = m_server->url();
        const QStringList tokens{first->token(), second->token()};
        QList<QThread *> threads;
        for (int i = 0; i < 2; ++i)
            threads.append(QThread::create([&, i]() {
                HttpTestClient client(url);
                client.setToken(tokens.at(i));
                statuses[i] = decide(client, production, "approve").status;
            }));
        for (QThread *thread : threads)
            thread->start();
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(30000));
            delete thread;
        }
        QCOMPARE(statuses, (QList<int>{200, 200}));
        const QJsonObject finished = waitUntilFinished(pipeline);
        QCOMPARE(jobNamed(finished, "production").value("status").toString(), QStringLiteral("success"));
        QCOMPARE(jobNamed(finished, "production").value("attempt").toInt(), 1);
        QCOMPARE(deployments("?environment=production").size(), 1);
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/projects/shop/deployments/%1").arg(production))
                     .json()
                     .value("approvals")
                     .toArray()
                     .size(),
                 2);
    }
};

QTEST_MAIN(TestDeployments)
#include "tst_deployments.moc"
