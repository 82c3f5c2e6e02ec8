#include "AuditTampering.h"
#include "CommandRun.h"
#include "ExportChecks.h"
#include "FakeHttpServer.h"
#include "GitRepository.h"
#include "HttpTestClient.h"
#include "PipelineCalls.h"
#include "SmtpTestServer.h"
#include "TestServer.h"
#include "auth/AuthService.h"
#include "core/Clock.h"
#include "shared/audit/Ed25519.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QtTest>

using namespace adp::test;

// Compliance checks through real HTTP, real pipelines and a clock the test moves, on both
// backends: production deployments without the approvals their rules ask, deploys let through a
// freeze, members whose own role is above their team's, stale tokens, unused accounts, secrets
// not rotated, failed sign-in spikes and the chain's own state, each finding linked to its audit
// events; asking is audited; bad input gets 400 and records nothing; only administrators and
// auditors ask. Scheduled reports go through a project's notification rule (a webhook, email),
// are retried while the receiver fails and say why they were not sent.
class TestCompliance : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    GitRepository m_repository;
    std::shared_ptr<adp::server::ManualClock> m_clock;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;

    static QByteArray definition()
    {
        return "stages: [staging, production]\n"
               "staging:\n  stage: staging\n  script: echo staging\n  environment: staging\n"
               "production:\n  stage: production\n  script: echo production\n"
               "  environment:\n    name: production\n";
    }

    bool start(const QString &extraCa = {})
    {
        QFETCH(QString, backend);
        if (backend == u"postgres")
            TestBackends::flushRedis();
        m_clock = std::make_shared<adp::server::ManualClock>(QDateTime::currentMSecsSinceEpoch());
        // Sessions outlive the clock's jumps.
        m_server = std::make_unique<TestServer>(TestBackends::create(backend), m_clock, 365 * 24 * 3600,
                                                365 * 24 * 3600, [extraCa](adp::server::ServerConfig &config) {
                                                    config.allowLocalNotificationTargets = true;
                                                    config.notificationRetryBaseMs = 20;
                                                    config.extraCaFile = extraCa;
                                                });
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

    std::unique_ptr<HttpTestClient> signIn(const QString &name)
    {
        auto client = std::make_unique<HttpTestClient>(m_server->url());
        if (client->login(name, QStringLiteral("member-password")).isEmpty())
            return {};
        return client;
    }

    std::unique_ptr<HttpTestClient> member(const QString &name, const QString &role)
    {
        if (!m_server->addUser(name, QStringLiteral("member-password")) ||
            m_admin->put("/api/v1/projects/shop/members/users/" + name, {{"role", role}}).status != 200)
            return {};
        return signIn(name);
    }

    QJsonObject report(HttpTestClient &client, const QString &query = {}, int *status = nullptr)
    {
        const HttpResult result = client.get("/api/v1/compliance/report" + query);
        if (status)
            *status = result.status;
        if (result.status != 200)
            qWarning() << result.status << result.body;
        return result.json();
    }
    QJsonObject report(const QString &query = {}) { return report(*m_admin, query); }

    static QJsonObject checkOf(const QJsonObject &report, const QString &id)
    {
        for (const QJsonValue &check : report.value("checks").toArray()) {
            if (check.toObject().value("id").toString() == id)
                return check.toObject();
        }
        return {};
    }

    static QJsonObject findingAbout(const QJsonObject &check, const QString &subject)
    {
        for (const QJsonValue &finding : check.value("findings").toArray()) {
            if (finding.toObject().value("subject").toString() == subject)
                return finding.toObject();
        }
        return {};
    }

    static QStringList subjectsOf(const QJsonObject &check)
    {
        QStringList subjects;
        for (const QJsonValue &finding : check.value("findings").toArray())
            subjects.append(finding.toObject().value("subject").toString());
        return subjects;
    }

    qint64 run()
    {
        return m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", "main"}}).json().value("id").toInteger();
    }

    qint64 iidOf(qint64 pipeline, const QString &environment)
    {
        for (const QJsonValue &item : m_admin->get("/api/v1/projects/shop/deployments?environment=" + environment)
                                          .json()
                                          .value("items")
                                          .toArray()) {
            if (item.toObject().value("pipeline_id").toInteger() == pipeline)
                return item.toObject().value("iid").toInteger();
        }
        return 0;
    }

    bool makeAuditor(const QString &name)
    {
        const auto system = adp::server::MutationContext::system(QStringLiteral("test"), QStringLiteral("test"));
        return m_server->addUser(name, QStringLiteral("member-password")) &&
               m_server->app().auth().setAuditor(system, name, true).ok();
    }

    qint64 auditCount(const QString &action)
    {
        return m_admin->get("/api/v1/audit?limit=200&action=" + action).json().value("items").toArray().size();
    }

    // The seqs of the events the trail lists for `query`, oldest first.
    QList<qint64> seqsOf(const QString &query)
    {
        QList<qint64> seqs;
        for (const QJsonValue &event : m_admin->get("/api/v1/audit?limit=200&" + query).json().value("items").toArray())
            seqs.prepend(event.toObject().value("seq").toInteger());
        return seqs;
    }

    static QList<qint64> eventsOf(const QJsonObject &finding)
    {
        QList<qint64> seqs;
        for (const QJsonValue &seq : finding.value("events").toArray())
            seqs.append(seq.toInteger());
        return seqs;
    }

    qint64 createWebhookRule(const QString &url)
    {
        const HttpResult created =
            m_admin->post("/api/v1/projects/shop/notification-rules", {{"name", "Compliance desk"},
                                                                       {"channel", "webhook"},
                                                                       {"when", "failure"},
                                                                       {"url", url},
                                                                       {"secret", "s3cret"}});
        if (created.status != 201)
            qWarning() << created.status << created.body;
        return created.json().value("id").toInteger();
    }

    QJsonObject scheduleOf(qint64 id)
    {
        return m_admin->get(QStringLiteral("/api/v1/compliance/schedules/%1").arg(id)).json();
    }

    // Polls the schedule until `done`, moving the server's clock `stepMs` each time (retries wait for it).
    QJsonObject waitForSchedule(qint64 id, const std::function<bool(const QJsonObject &)> &done, qint64 stepMs = 0)
    {
        QJsonObject schedule = scheduleOf(id);
        for (int i = 0; i < 400 && !done(schedule); ++i) {
            m_clock->advanceMs(stepMs);
            QTest::qWait(50);
            schedule = scheduleOf(id);
        }
        return schedule;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_repository.init());
        QVERIFY(m_repository.commitFiles("main", {{".gitlab-ci.yml", definition()}}, "first"));
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void checksFindWhatTheyLookFor_data() { addBackendRows(); }
    void checksFindWhatTheyLookFor()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());

        // A production deploy with no approval rule at all.
        const qint64 first = run();
        QCOMPARE(jobNamed(waitUntilFinished(*m_admin, first), "production").value("status").toString(),
                 QStringLiteral("success"));
        const qint64 firstIid = iidOf(first, "production");
        QVERIFY(firstIid > 0);
        m_clock->advanceMs(60 * 1000);
        QJsonObject found = report();
        QJsonObject approvals = checkOf(found, "production_approvals");
        QCOMPARE(approvals.value("examined").toInt(), 1);
        QCOMPARE(approvals.value("passed").toBool(), false);
        const QString firstSubject = QStringLiteral("shop/production #%1").arg(firstIid);
        QJsonObject finding = findingAbout(approvals, firstSubject);
        QCOMPARE(finding.value("facts").toObject().value("approval_rule").toBool(), false);
        QCOMPARE(finding.value("facts").toObject().value("triggered_by").toString(), QStringLiteral("alice"));
        QCOMPARE(finding.value("event_filter").toObject().value("target_type").toString(),
                 QStringLiteral("deployment"));
        QCOMPARE(checkOf(found, "freeze_deploys").value("examined").toInt(), 2); // staging and production
        QVERIFY(checkOf(found, "freeze_deploys").value("passed").toBool());

        // Once production asks for a maintainer's approval, the first deploy lacks it.
        QCOMPARE(m_admin
                     ->post("/api/v1/projects/shop/environment-rules",
                            {{"environment", "production"}, {"action", "approve"}, {"min_role", "maintainer"}})
                     .status,
                 201);
        finding = findingAbout(checkOf(report(), "production_approvals"), firstSubject);
        QCOMPARE(finding.value("facts").toObject().value("approval_rule").toBool(), true);
        QCOMPARE(finding.value("facts").toObject().value("approvals").toInt(), 0);

        // A hard freeze on staging, overridden; production then waits for bob's approval.
        auto bob = member("bob", "maintainer");
        QVERIFY(bob);
        const HttpResult window = m_admin->post("/api/v1/projects/shop/freeze-windows",
                                                {{"freeze_start", "* * * * *"}, {"freeze_end", "0 0 1 1 *"}});
        QCOMPARE(window.status, 201);
        QCOMPARE(
            m_admin
                ->put("/api/v1/projects/shop/environment-settings", {{"environment", "staging"}, {"hard_freeze", true}})
                .status,
            200);
        const qint64 second = run();
        QTRY_VERIFY_WITH_TIMEOUT(
            jobNamed(m_admin->get(QStringLiteral("/api/v1/pipelines/%1").arg(second)).json(), "staging")
                    .value("waiting_for")
                    .toString() == u"freeze",
            20000);
        const qint64 frozenIid = iidOf(second, "staging");
        QVERIFY(frozenIid > 0);
        QCOMPARE(m_admin
                     ->post(QStringLiteral("/api/v1/projects/shop/deployments/%1/override-freeze").arg(frozenIid),
                            QJsonObject{})
                     .status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(iidOf(second, "production") > 0, 30000);
        const qint64 secondIid = iidOf(second, "production");
        QTRY_COMPARE_WITH_TIMEOUT(m_admin->get(QStringLiteral("/api/v1/projects/shop/deployments/%1").arg(secondIid))
                                      .json()
                                      .value("status")
                                      .toString(),
                                  QStringLiteral("blocked"), 30000);
        QCOMPARE(bob->post(QStringLiteral("/api/v1/projects/shop/deployments/%1/approve").arg(secondIid), QJsonObject{})
                     .status,
                 200);
        QCOMPARE(jobNamed(waitUntilFinished(*m_admin, second), "production").value("status").toString(),
                 QStringLiteral("success"));
        QCOMPARE(m_admin
                     ->del(QStringLiteral("/api/v1/projects/shop/freeze-windows/%1")
                               .arg(window.json().value("id").toInteger()))
                     .status,
                 204);

        // Roles: carol's own grant is above her team's.
        QVERIFY(m_server->addUser(QStringLiteral("carol"), QStringLiteral("member-password")));
        QCOMPARE(m_admin->post("/api/v1/organisations/default/teams", {{"name", "Ops"}, {"slug", "ops"}}).status, 201);
        QCOMPARE(m_admin->put("/api/v1/organisations/default/teams/ops/members/carol", {}).status, 200);
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/teams/ops", {{"role", "developer"}}).status, 200);
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/carol", {{"role", "maintainer"}}).status, 200);

        // Tokens: one never used, one used now and again after the jump.
        QCOMPARE(m_admin->post("/api/v1/tokens", {{"name", "forgotten"}}).status, 201);
        const QString busy = m_admin->post("/api/v1/tokens", {{"name", "busy"}}).json().value("token").toString();
        QVERIFY(!busy.isEmpty());
        HttpTestClient script(m_server->url());
        script.setToken(busy);
        QCOMPARE(script.get("/api/v1/projects").status, 200);

        // Secrets: one masked variable set now, one plain one.
        QCOMPARE(
            m_admin->put("/api/v1/projects/shop/variables/DEPLOY_KEY", {{"value", "s3cr3t-v4lue"}, {"masked", true}})
                .status,
            200);
        QCOMPARE(m_admin->put("/api/v1/projects/shop/variables/REGION", {{"value", "eu-west"}}).status, 200);
        QVERIFY(m_server->addUser(QStringLiteral("dave"), QStringLiteral("member-password"))); // never signs in

        // Ten days later.
        m_clock->advanceMs(10 * kDayMs);
        QVERIFY(!m_admin->login(TestServer::kAdmin, TestServer::kPassword).isEmpty());
        QCOMPARE(script.get("/api/v1/projects").status, 200);
        QCOMPARE(
            m_admin->put("/api/v1/projects/shop/variables/NEW_KEY", {{"value", "an0ther-s3cret"}, {"masked", true}})
                .status,
            200);
        HttpTestClient stranger(m_server->url());
        for (int attempt = 0; attempt < 4; ++attempt)
            QVERIFY(stranger.login(QStringLiteral("mallory"), QStringLiteral("guess")).isEmpty());
        m_clock->advanceMs(60 * 1000); // a period ends before its `until`

        const qint64 asked = auditCount("compliance.reported");
        found = report("?stale_days=5&rotation_days=5&sign_in_threshold=3");
        QCOMPARE(auditCount("compliance.reported"), asked + 1); // asking is audited
        QCOMPARE(found.value("generated_by").toString(), QStringLiteral("alice"));
        QCOMPARE(found.value("checks").toArray().size(), 8);

        approvals = checkOf(found, "production_approvals");
        QCOMPARE(approvals.value("examined").toInt(), 2);
        QCOMPARE(subjectsOf(approvals), QStringList{firstSubject}); // bob's approval satisfies the second

        const QJsonObject freeze = checkOf(found, "freeze_deploys");
        QCOMPARE(subjectsOf(freeze), QStringList{QStringLiteral("shop/staging #%1").arg(frozenIid)});
        const QJsonObject overridden = freeze.value("findings").toArray().first().toObject();
        QCOMPARE(overridden.value("facts").toObject().value("overridden_by").toString(), QStringLiteral("alice"));
        QCOMPARE(eventsOf(overridden), seqsOf("action=deployment.freeze_overridden"));
        QCOMPARE(overridden.value("event_count").toInt(), 1);

        const QJsonObject roles = checkOf(found, "roles_beyond_team");
        QCOMPARE(subjectsOf(roles), QStringList{QStringLiteral("shop: carol")});
        const QJsonObject carol = roles.value("findings").toArray().first().toObject().value("facts").toObject();
        QCOMPARE(carol.value("role").toString(), QStringLiteral("maintainer"));
        QCOMPARE(carol.value("team_role").toString(), QStringLiteral("developer"));
        QCOMPARE(carol.value("teams").toArray(), QJsonArray{"ops"});
        const QJsonObject carolFinding = roles.value("findings").toArray().first().toObject();
        QVERIFY(eventsOf(carolFinding).contains(seqsOf("action=project.member.added").constLast()));

        const QJsonObject tokens = checkOf(found, "stale_tokens");
        QCOMPARE(tokens.value("examined").toInt(), 2);
        QCOMPARE(subjectsOf(tokens), QStringList{QStringLiteral("forgotten (alice)")});
        QVERIFY(tokens.value("findings").toArray().first().toObject().value("at").isNull()); // never used
        QCOMPARE(
            tokens.value("findings").toArray().first().toObject().value("facts").toObject().value("idle_days").toInt(),
            10);

        const QStringList unused = subjectsOf(checkOf(found, "unused_accounts"));
        QVERIFY2(unused.contains(QStringLiteral("dave")) && unused.contains(QStringLiteral("carol")),
                 qPrintable(unused.join(u',')));
        QVERIFY(!unused.contains(QStringLiteral("alice"))); // signed in again after the jump

        const QJsonObject secrets = checkOf(found, "secrets_not_rotated");
        QCOMPARE(subjectsOf(secrets), QStringList{QStringLiteral("shop: DEPLOY_KEY (*)")});
        const QJsonObject stale = secrets.value("findings").toArray().first().toObject();
        QCOMPARE(stale.value("facts").toObject().value("age_days").toInt(), 10);
        QCOMPARE(stale.value("event_count").toInt(), 1); // the event that set it
        QVERIFY(!QJsonDocument(found).toJson().contains("s3cr3t-v4lue"));

        const QJsonObject signIns = checkOf(found, "sign_in_failures");
        QCOMPARE(signIns.value("findings").toArray().size(), 1);
        const QJsonObject spike = signIns.value("findings").toArray().first().toObject();
        QCOMPARE(spike.value("facts").toObject().value("failed").toInt(), 4);
        QCOMPARE(spike.value("facts").toObject().value("usernames").toObject().value("mallory").toInt(), 4);
        QCOMPARE(spike.value("event_count").toInt(), 4);
        QCOMPARE(eventsOf(spike), seqsOf("action=auth.login_failed"));

        const QJsonObject chain = checkOf(found, "audit_chain");
        QVERIFY(chain.value("passed").toBool());
        QVERIFY(chain.value("examined").toInt() > 20);
        QCOMPARE(found.value("failed_checks").toInt(), 7);

        // The same limits, but a threshold above the spike and a period before the deploys.
        found =
            report("?stale_days=30&rotation_days=30&sign_in_threshold=5&until=" +
                   QUrl::toPercentEncoding(
                       QDateTime::fromMSecsSinceEpoch(m_clock->nowMs() - 5 * kDayMs, Qt::UTC).toString(Qt::ISODate)));
        QCOMPARE(checkOf(found, "production_approvals").value("examined").toInt(), 2);
        QVERIFY(checkOf(found, "sign_in_failures").value("passed").toBool());
        QVERIFY(checkOf(found, "stale_tokens").value("passed").toBool());
        QVERIFY(checkOf(found, "secrets_not_rotated").value("passed").toBool());
    }

    void aBrokenChainFailsItsCheck_data() { addBackendRows(); }
    void aBrokenChainFailsItsCheck()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QVERIFY(checkOf(report(), "audit_chain").value("passed").toBool());
        auto &db = m_server->app().database();
        liftAuditGuard(db);
        db.query(QStringLiteral("UPDATE audit_events SET actor_name = 'mallory' WHERE seq = 2"));
        const QJsonObject chain = checkOf(report(), "audit_chain");
        QCOMPARE(chain.value("passed").toBool(), false);
        const QJsonObject broken = chain.value("findings").toArray().first().toObject();
        QCOMPARE(broken.value("facts").toObject().value("kind").toString(), QStringLiteral("edited"));
        QCOMPARE(eventsOf(broken), QList<qint64>{2});
    }

    // Every event records the organisation, project and environment it happened in; the trail
    // and its exports are cut by them, and the scope is covered by the chain like the rest.
    void eventsCarryTheirScopeAndExportsAreCutByIt_data() { addBackendRows(); }
    void eventsCarryTheirScopeAndExportsAreCutByIt()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QCOMPARE(m_admin
                     ->post("/api/v1/projects/shop/environment-rules",
                            {{"environment", "production"}, {"action", "approve"}, {"min_role", "maintainer"}})
                     .status,
                 201);
        auto bob = member("bob", "maintainer");
        QVERIFY(bob);
        const qint64 pipeline = run();
        QTRY_VERIFY_WITH_TIMEOUT(iidOf(pipeline, "production") > 0, 30000);
        const qint64 iid = iidOf(pipeline, "production");
        QTRY_COMPARE_WITH_TIMEOUT(m_admin->get(QStringLiteral("/api/v1/projects/shop/deployments/%1").arg(iid))
                                      .json()
                                      .value("status")
                                      .toString(),
                                  QStringLiteral("blocked"), 30000);
        QCOMPARE(
            bob->post(QStringLiteral("/api/v1/projects/shop/deployments/%1/approve").arg(iid), QJsonObject{}).status,
            200);
        waitUntilFinished(*m_admin, pipeline);
        // Another organisation with a project of its own, and a team in the default one.
        QCOMPARE(m_admin->post("/api/v1/organisations", {{"name", "Acme"}, {"slug", "acme"}}).status, 201);
        QCOMPARE(
            m_admin->post("/api/v1/projects", {{"name", "Anvil"}, {"slug", "anvil"}, {"organisation", "acme"}}).status,
            201);
        QCOMPARE(m_admin->post("/api/v1/organisations/default/teams", {{"name", "Ops"}, {"slug", "ops"}}).status, 201);
        QCOMPARE(m_admin->del("/api/v1/projects/anvil").status, 204);

        const qint64 shop = m_admin->get("/api/v1/projects/shop").json().value("id").toInteger();
        const qint64 acme = m_admin->get("/api/v1/organisations/acme").json().value("id").toInteger();
        qint64 production = 0;
        for (const QJsonValue &environment :
             m_admin->get("/api/v1/projects/shop/environments").json().value("items").toArray()) {
            if (environment.toObject().value("name").toString() == u"production")
                production = environment.toObject().value("id").toInteger();
        }
        QVERIFY(shop > 0 && acme > 0 && production > 0);

        // The events of a scope, as the trail lists them: [action, scope].
        const auto eventsIn = [this](const QString &query) {
            QList<std::pair<QString, QJsonObject>> events;
            for (const QJsonValue &event :
                 m_admin->get("/api/v1/audit?limit=200&" + query).json().value("items").toArray())
                events.prepend(
                    {event.toObject().value("action").toString(), event.toObject().value("scope").toObject()});
            return events;
        };
        const auto actionsOf = [](const QList<std::pair<QString, QJsonObject>> &events) {
            QStringList actions;
            for (const auto &event : events)
                actions.append(event.first);
            return actions;
        };
        const auto inProject = eventsIn(QStringLiteral("project_id=%1").arg(shop));
        for (const auto &[action, scope] : inProject) {
            QCOMPARE(scope.value("project_id").toInteger(), shop);
            QCOMPARE(scope.value("organisation_id").toInteger(), 1);
        }
        const QStringList projectActions = actionsOf(inProject);
        for (const char *expected : {"project.created", "environment.rule.created", "project.member.added",
                                     "pipeline.created", "deployment.approved"})
            QVERIFY2(projectActions.contains(QLatin1String(expected)), qPrintable(projectActions.join(u' ')));
        QVERIFY(!projectActions.contains(QStringLiteral("auth.login"))); // server-wide events have no scope

        const auto inProduction = eventsIn(QStringLiteral("environment_id=%1").arg(production));
        QVERIFY(!inProduction.isEmpty());
        for (const auto &[action, scope] : inProduction) {
            QCOMPARE(scope.value("environment_id").toInteger(), production);
            QCOMPARE(scope.value("project_id").toInteger(), shop);
        }
        QVERIFY(actionsOf(inProduction).contains(QStringLiteral("deployment.approved")));

        // An organisation holds its projects' events, even a project deleted since.
        const QStringList acmeActions = actionsOf(eventsIn(QStringLiteral("organisation_id=%1").arg(acme)));
        QCOMPARE(acmeActions, (QStringList{"org.created", "project.created", "project.deleted"}));
        const QStringList defaultActions = actionsOf(eventsIn(QStringLiteral("organisation_id=1")));
        QVERIFY(defaultActions.contains(QStringLiteral("team.created")));
        QVERIFY(defaultActions.contains(QStringLiteral("deployment.approved")));
        QVERIFY(!defaultActions.contains(QStringLiteral("org.created")));

        // Exports cut by scope verify offline, and every record names its scope.
        const auto key =
            adp::shared::audit::ed25519PublicKeyFromText(m_admin->get("/.well-known/adp-audit-signing-key").body);
        QVERIFY(key);
        const HttpResult jsonl =
            m_admin->get(QStringLiteral("/api/v1/audit/export?format=jsonl&project_id=%1").arg(shop));
        QCOMPARE(jsonl.status, 200);
        auto check = checkExport(jsonl.body, *key);
        QVERIFY2(check.intact(), qPrintable(findingsOf(check)));
        QCOMPARE(check.events, qint64(inProject.size()));
        QCOMPARE(check.proof.value("filters").toObject().value("project_id").toString(), QString::number(shop));
        for (const QByteArray &line : jsonl.body.split('\n')) {
            const QJsonObject record = QJsonDocument::fromJson(line).object();
            if (record.contains("seq"))
                QCOMPARE(record.value("scope").toObject().value("project_id").toInteger(), shop);
        }
        const HttpResult csv =
            m_admin->get(QStringLiteral("/api/v1/audit/export?format=csv&environment_id=%1").arg(production));
        QVERIFY(csv.body.startsWith("seq,occurred_at,actor_id,actor,action,outcome,target_type,target_id,"
                                    "organisation_id,project_id,environment_id,"));
        check = checkExport(csv.body, *key);
        QVERIFY2(check.intact(), qPrintable(findingsOf(check)));
        QCOMPARE(check.events, qint64(inProduction.size()));

        // Bad ids are refused.
        for (const QString &query : {QStringLiteral("project_id=abc"), QStringLiteral("environment_id=0"),
                                     QStringLiteral("organisation_id=-4")}) {
            const HttpResult refused = m_admin->get("/api/v1/audit/export?" + query);
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.errorFields(), QStringList{query.section(u'=', 0, 0)});
        }

        // Moving an event to another project, or taking its scope away, breaks the chain there.
        const qint64 moved = m_admin->get(QStringLiteral("/api/v1/audit?limit=1&project_id=%1").arg(shop))
                                 .json()
                                 .value("items")
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value("seq")
                                 .toInteger();
        auto &db = m_server->app().database();
        liftAuditGuard(db);
        db.query(
            QStringLiteral("UPDATE audit_events SET scope_project = NULL, scope_organisation = NULL WHERE seq = ?"),
            {moved});
        const QJsonObject broken = checkOf(report(), "audit_chain").value("findings").toArray().first().toObject();
        QCOMPARE(broken.value("facts").toObject().value("kind").toString(), QStringLiteral("edited"));
        QCOMPARE(eventsOf(broken), QList<qint64>{moved});
    }

    void badInputIsRefusedAndRecordsNothing_data() { addBackendRows(); }
    void badInputIsRefusedAndRecordsNothing()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const qint64 before = auditCount("compliance.reported");
        for (const auto &[query, field] :
             QList<std::pair<QString, QString>>{{"?since=yesterday", "since"},
                                                {"?stale_days=0", "stale_days"},
                                                {"?rotation_days=abc", "rotation_days"},
                                                {"?sign_in_threshold=-3", "sign_in_threshold"},
                                                {"?stale=5", "stale"},
                                                {"?since=2026-12-01T00:00:00Z&until=2026-11-01T00:00:00Z", "since"}}) {
            const HttpResult refused = m_admin->get("/api/v1/compliance/report" + query);
            QCOMPARE(refused.status, 400);
            QVERIFY2(refused.errorFields().contains(field), qPrintable(query + QString::fromUtf8(refused.body)));
        }
        QCOMPARE(auditCount("compliance.reported"), before);

        // Developers may not ask; auditors may.
        auto developer = member("erin", "developer");
        QVERIFY(developer);
        int status = 0;
        report(*developer, {}, &status);
        QCOMPARE(status, 403);
        QVERIFY(makeAuditor(QStringLiteral("olga")));
        auto auditor = signIn(QStringLiteral("olga"));
        QVERIFY(auditor);
        QCOMPARE(report(*auditor).value("generated_by").toString(), QStringLiteral("olga"));
        QCOMPARE(developer->get("/api/v1/compliance/schedules").status, 403);
    }

    void schedulesSendThroughANotificationRule_data() { addBackendRows(); }
    void schedulesSendThroughANotificationRule()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        FakeHttpServer receiver;
        QVERIFY(receiver.ok());
        const qint64 rule = createWebhookRule(receiver.url().toString() + QStringLiteral("/compliance"));
        QVERIFY(rule > 0);
        const QString schedules = QStringLiteral("/api/v1/compliance/schedules");

        // Bad input changes nothing.
        QCOMPARE(
            m_admin->post(schedules, {{"name", "Weekly"}, {"frequency", "daily"}, {"rule_id", rule}}).errorFields(),
            QStringList{"frequency"});
        QCOMPARE(
            m_admin->post(schedules, {{"name", "Weekly"}, {"frequency", "weekly"}, {"rule_id", 999999}}).errorFields(),
            QStringList{"rule_id"});
        QCOMPARE(m_admin->post(schedules, {{"frequency", "weekly"}, {"rule_id", rule}}).errorFields(),
                 QStringList{"name"});
        QCOMPARE(m_admin
                     ->post(schedules,
                            {{"name", "Weekly"}, {"frequency", "weekly"}, {"rule_id", rule}, {"stale_days", "ninety"}})
                     .errorFields(),
                 QStringList{"stale_days"});
        QCOMPARE(
            m_admin->post(schedules, {{"name", "Weekly"}, {"frequency", "weekly"}, {"rule_id", rule}, {"extra", 1}})
                .errorFields(),
            QStringList{"extra"});
        QVERIFY(m_admin->get(schedules).json().value("items").toArray().isEmpty());
        QCOMPARE(auditCount("compliance.schedule_created"), 0);

        // An auditor who cannot read the project's rules cannot send through them.
        QVERIFY(makeAuditor(QStringLiteral("olga")));
        auto auditor = signIn(QStringLiteral("olga"));
        QVERIFY(auditor);
        QCOMPARE(auditor->post(schedules, {{"name", "Mine"}, {"frequency", "weekly"}, {"rule_id", rule}}).errorFields(),
                 QStringList{"rule_id"});

        const HttpResult created = m_admin->post(
            schedules, {{"name", "Weekly"}, {"frequency", "weekly"}, {"rule_id", rule}, {"stale_days", 30}});
        QCOMPARE(created.status, 201);
        const QJsonObject schedule = created.json();
        const qint64 id = schedule.value("id").toInteger();
        QCOMPARE(schedule.value("rule_project").toString(), QStringLiteral("shop"));
        QCOMPARE(schedule.value("channel").toString(), QStringLiteral("webhook"));
        QCOMPARE(schedule.value("rotation_days").toInt(), 90);
        const QDateTime next = QDateTime::fromString(schedule.value("next_run_at").toString(), Qt::ISODate);
        QCOMPARE(next.toUTC().date().dayOfWeek(), 1); // Monday
        QCOMPARE(next.toUTC().time(), QTime(0, 0));
        QVERIFY(next > QDateTime::currentDateTimeUtc() && next <= QDateTime::currentDateTimeUtc().addDays(7));
        QCOMPARE(auditCount("compliance.schedule_created"), 1);
        QCOMPARE(auditor->get(schedules).json().value("items").toArray().size(), 1); // auditors read them

        // Its time comes: the report of the week before arrives, signed like the rule's messages.
        m_clock->advanceMs(next.toMSecsSinceEpoch() - m_clock->nowMs() + 1000);
        QVERIFY(receiver.waitForRequests(1));
        const auto request = receiver.requests().first();
        QCOMPARE(request.headers.value("x-adp-event"), QByteArray("compliance_report"));
        QVERIFY(request.headers.value("x-adp-signature-256").startsWith("sha256="));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value("object_kind").toString(), QStringLiteral("compliance_report"));
        QCOMPARE(body.value("schedule").toObject().value("name").toString(), QStringLiteral("Weekly"));
        const QJsonObject sent = body.value("report").toObject();
        QCOMPARE(sent.value("checks").toArray().size(), 8);
        QCOMPARE(sent.value("query").toObject().value("until").toString(), schedule.value("next_run_at").toString());
        QCOMPARE(QDateTime::fromString(sent.value("query").toObject().value("since").toString(), Qt::ISODate),
                 next.addDays(-7));
        QCOMPARE(sent.value("query").toObject().value("stale_days").toInt(), 30);
        QVERIFY(body.value("summary").toString().contains(QStringLiteral("Weekly")));
        const QJsonObject settled =
            waitForSchedule(id, [](const QJsonObject &s) { return !s.value("last_outcome").toString().isEmpty(); });
        QCOMPARE(settled.value("last_outcome").toString(), QStringLiteral("sent"));
        QCOMPARE(QDateTime::fromString(settled.value("next_run_at").toString(), Qt::ISODate), next.addDays(7));

        // A receiver answering 500 is retried with backoff, then the schedule says why it gave up.
        receiver.setResponder([](const FakeHttpServer::Request &) { return FakeHttpServer::Response{500, "down"}; });
        QCOMPARE(m_admin->post(schedules + QStringLiteral("/%1/run").arg(id), QJsonObject{}).status, 200);
        const QJsonObject failed = waitForSchedule(
            id, [](const QJsonObject &s) { return s.value("last_outcome").toString() == u"failed"; }, 2000);
        QCOMPARE(failed.value("last_outcome").toString(), QStringLiteral("failed"));
        QVERIFY2(failed.value("last_error").toString().contains(u"500"),
                 qPrintable(failed.value("last_error").toString()));
        QVERIFY(!failed.value("last_error").toString().contains(u"/compliance")); // never the URL
        QCOMPARE(receiver.requests().size(), 1 + 6);

        // Paused, it is not run; with its rule deleted, it says so.
        QCOMPARE(m_admin->patch(schedules + QStringLiteral("/%1").arg(id), {{"active", false}}).status, 200);
        QCOMPARE(m_admin->post(schedules + QStringLiteral("/%1/run").arg(id), QJsonObject{}).status, 409);
        QCOMPARE(m_admin->del(QStringLiteral("/api/v1/notification-rules/%1").arg(rule)).status, 204);
        QVERIFY(scheduleOf(id).value("rule_id").isNull());
        QCOMPARE(m_admin->patch(schedules + QStringLiteral("/%1").arg(id), {{"active", true}}).status, 200);
        QCOMPARE(m_admin->post(schedules + QStringLiteral("/%1/run").arg(id), QJsonObject{}).status, 409);
        QCOMPARE(m_admin->patch(schedules + QStringLiteral("/%1").arg(id), {{"frequency", "monthly"}}).status, 200);
        QCOMPARE(
            QDateTime::fromString(scheduleOf(id).value("next_run_at").toString(), Qt::ISODate).toUTC().date().day(), 1);
        QCOMPARE(m_admin->del(schedules + QStringLiteral("/%1").arg(id)).status, 204);
        QCOMPARE(m_admin->get(schedules + QStringLiteral("/%1").arg(id)).status, 404);
        QCOMPARE(auditCount("compliance.schedule_deleted"), 1);
    }

    void scheduledReportsGoByEmail_data() { addBackendRows(); }
    void scheduledReportsGoByEmail()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        ADP_REQUIRE_SMTP_SERVER();
        SmtpTestServer smtp;
        QVERIFY2(smtp.start(), qPrintable(smtp.output()));
        QVERIFY(start(smtp.certificateFile()));
        const HttpResult rule = m_admin->post("/api/v1/projects/shop/notification-rules",
                                              {{"name", "Auditors"},
                                               {"channel", "email"},
                                               {"when", "failure"},
                                               {"email", QJsonObject{{"host", "127.0.0.1"},
                                                                     {"port", smtp.port()},
                                                                     {"security", "starttls"},
                                                                     {"username", SmtpTestServer::kUser},
                                                                     {"from", "adp@shop.example"},
                                                                     {"to", QJsonArray{"audit@shop.example"}}}},
                                               {"password", SmtpTestServer::kPassword}});
        QCOMPARE(rule.status, 201);
        const HttpResult created =
            m_admin->post("/api/v1/compliance/schedules",
                          {{"name", "Monthly"}, {"frequency", "monthly"}, {"rule_id", rule.json().value("id")}});
        QCOMPARE(created.status, 201);
        QCOMPARE(
            m_admin
                ->post(
                    QStringLiteral("/api/v1/compliance/schedules/%1/run").arg(created.json().value("id").toInteger()),
                    QJsonObject{})
                .status,
            200);
        const QList<QJsonObject> messages = smtp.messages(1);
        QVERIFY2(messages.size() == 1, qPrintable(smtp.output()));
        const QString data = messages.first().value("data").toString();
        QVERIFY2(data.contains(QStringLiteral("Subject: ADP compliance report \"Monthly\"")), qPrintable(data));
        QVERIFY(data.contains(QStringLiteral("Production deployments without the required approvals")));
        QVERIFY(data.contains(QStringLiteral("[PASS] Audit chain")));
        QCOMPARE(messages.first().value("to").toArray(), QJsonArray{"audit@shop.example"});
    }

    // The CLI over the same routes (their rules are the server's, tested above on both backends).
    void cliReportsAndManagesSchedules()
    {
        const QString backend = QStringLiteral("sqlite");
        TestServer server(TestBackends::create(backend), nullptr, 3600, 30 * 24 * 3600,
                          [](adp::server::ServerConfig &config) { config.allowLocalNotificationTargets = true; });
        QVERIFY(server.ok());
        HttpTestClient admin(server.url());
        QVERIFY(!admin.login(TestServer::kAdmin, TestServer::kPassword).isEmpty());
        QCOMPARE(admin.post("/api/v1/projects", {{"name", "Shop"}, {"slug", "shop"}}).status, 201);
        QCOMPARE(admin.post("/api/v1/tokens", {{"name", "forgotten"}}).status, 201);
        FakeHttpServer receiver;
        const qint64 rule =
            admin
                .post(
                    "/api/v1/projects/shop/notification-rules",
                    {{"name", "Desk"}, {"channel", "webhook"}, {"when", "failure"}, {"url", receiver.url().toString()}})
                .json()
                .value("id")
                .toInteger();
        QVERIFY(rule > 0);
        CliSession adp;
        QVERIFY(adp.login(server.url(), TestServer::kAdmin, TestServer::kPassword));
        // Everything passes today: exit 0, every check named.
        const CommandResult passing = adp({"compliance", "report"});
        QVERIFY2(passing.code == 0, qPrintable(passing.out + passing.err));
        QVERIFY2(passing.out.contains(QStringLiteral("All 8 checks passed")), qPrintable(passing.out));
        QVERIFY(passing.out.contains(QStringLiteral("[PASS] Secrets not rotated")));
        // One failed sign-in is a spike at a threshold of one: exit 1, the finding named.
        HttpTestClient stranger(server.url());
        QVERIFY(stranger.login(QStringLiteral("mallory"), QStringLiteral("guess")).isEmpty());
        QTest::qWait(5); // a period ends before its `until`
        const CommandResult failing = adp({"compliance", "report", "--sign-in-threshold", "1"});
        QCOMPARE(failing.code, 1);
        QVERIFY2(failing.out.contains(QStringLiteral("[FAIL] Failed sign-in spikes")), qPrintable(failing.out));
        QVERIFY(failing.out.contains(QStringLiteral("1 failed sign-in, most for mallory from 127.0.0.1")));
        const CommandResult json = adp({"compliance", "report", "--output", "json", "--stale-days", "1"});
        QCOMPARE(json.code, 0);
        QCOMPARE(json.json().value("query").toObject().value("stale_days").toInt(), 1);
        QCOMPARE(adp({"compliance", "report", "--stale-days", "0"}).code, 2);
        QCOMPARE(adp({"compliance", "report", "--since", "soon"}).code, 2);
        QCOMPARE(adp({"compliance"}).code, 2);

        // The audit trail cut by scope, the project named by its path.
        const CommandResult inShop = adp({"audit", "list", "--project", "shop", "--output", "json"});
        QVERIFY2(inShop.code == 0, qPrintable(inShop.err));
        QStringList shopActions;
        for (const QJsonValue &event : inShop.json().value("items").toArray()) {
            QCOMPARE(event.toObject().value("scope").toObject().value("project_id").toInteger(),
                     admin.get("/api/v1/projects/shop").json().value("id").toInteger());
            shopActions.prepend(event.toObject().value("action").toString());
        }
        QCOMPARE(shopActions, (QStringList{"project.created", "notification.rule_created"}));
        QCOMPARE(adp({"audit", "list", "--project", "nowhere"}).code, 1);
        QCOMPARE(adp({"audit", "list", "--environment", "production"}).code, 2); // a name needs its project

        const CommandResult created = adp({"compliance", "schedules", "create", "--name", "Weekly", "--frequency",
                                           "weekly", "--rule", QString::number(rule), "--output", "json"});
        QVERIFY2(created.code == 0, qPrintable(created.err));
        const QString id = QString::number(created.json().value("id").toInteger());
        const CommandResult listed = adp({"compliance", "schedules", "list"});
        QCOMPARE(listed.code, 0);
        QVERIFY(listed.out.contains(QStringLiteral("shop/Desk (webhook)")));
        QCOMPARE(adp({"compliance", "schedules", "run", id}).code, 0);
        QVERIFY(receiver.waitForRequests(1));
        const CommandResult shown = adp({"compliance", "schedules", "show", id});
        QCOMPARE(shown.code, 0);
        QVERIFY2(shown.out.contains(QStringLiteral("Schedule %1 'Weekly'").arg(id)), qPrintable(shown.out));
        QCOMPARE(adp({"compliance", "schedules", "create", "--name", "X", "--frequency", "daily", "--rule",
                      QString::number(rule)})
                     .code,
                 1);
        QCOMPARE(adp({"compliance", "schedules", "update", id, "--rule", "abc"}).code, 2);
        QCOMPARE(adp({"compliance", "schedules", "update", id, "--inactive"}).code, 0);
        QCOMPARE(adp({"compliance", "schedules", "delete", id}).code, 0);
        QCOMPARE(adp({"compliance", "schedules", "show", id}).code, 1);
    }
};

QTEST_GUILESS_MAIN(TestCompliance)
#include "tst_compliance.moc"
