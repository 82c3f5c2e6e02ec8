#include "AdminSession.h"
#include "CommandRun.h"
#include "GitRepository.h"
#include "PipelineCalls.h"
#include "shared/costs/CostSavings.h"
#include "shared/costs/Money.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QtTest>

using namespace adp::test;
using adp::shared::costs::nanosOfDecimal;

// Ways to spend less, on both backends, from a project that really ran: an environment no one
// deployed to for weeks that still costs, what a retried job's second run cost, a job that
// installs with no cache, artifacts that never expire and a cache no job saved for a month —
// each saving checked against the ledger's own figures, through the API and `adp costs savings`.
class TestCostSavings : public QObject
{
    Q_OBJECT

private:
    GitRepository m_repository;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;
    const QString m_savings = QStringLiteral("/api/v1/organisations/default/costs/savings");
    static constexpr qint64 kDayMs = 86'400'000;

    bool start()
    {
        QFETCH(QString, backend);
        AdminSession session = AdminSession::start(backend);
        if (!session.ok() || !session.addProject(QStringLiteral("shop"), QStringLiteral("Shop"), m_repository.path()))
            return false;
        m_server = std::move(session.server);
        m_admin = std::move(session.admin);
        return true;
    }

    qint64 scalar(const QString &sql, const QVariantList &params = {})
    {
        return m_server->app().database().query(sql, params).value(0, 0).toLongLong();
    }
    void exec(const QString &sql, const QVariantList &params = {}) { m_server->app().database().query(sql, params); }

    static QString day(int offset)
    {
        return QDateTime::currentDateTimeUtc().date().addDays(offset).toString(Qt::ISODate);
    }

    bool price(const char *meter, const char *perUnit)
    {
        return m_admin
                   ->post("/api/v1/organisations/default/costs/prices",
                          {{"meter", meter}, {"price", perUnit}, {"currency", "USD"}, {"valid_from", day(-40)}})
                   .status == 201;
    }

    // One pipeline run to its end, then `ship` retried once.
    bool runAndRetry()
    {
        const qint64 pipeline =
            m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", "main"}}).json().value("id").toInteger();
        if (waitUntilFinished(*m_admin, pipeline, 60000).value("status").toString() != u"success")
            return false;
        const qint64 ship = scalar(QStringLiteral("SELECT id FROM jobs WHERE name = 'ship'"));
        if (m_admin->post(QStringLiteral("/api/v1/jobs/%1/retry").arg(ship), QJsonObject{}).status != 200 &&
            m_admin->post(QStringLiteral("/api/v1/jobs/%1/retry").arg(ship), QJsonObject{}).status != 201)
            return false;
        QElapsedTimer waited;
        waited.start();
        while (scalar(QStringLiteral("SELECT COUNT(*) FROM job_usage WHERE attempt = 2")) == 0 &&
               waited.elapsed() < 60000)
            QTest::qWait(50);
        return scalar(QStringLiteral("SELECT COUNT(*) FROM job_usage WHERE attempt = 2")) == 1;
    }

    // What the ledger says one job's runs cost over the window, at 3.6 USD an hour: a millisecond is
    // a millionth (1,000 billionths), rounded per run.
    qint64 jobCost(const char *name, const char *extra = "")
    {
        return scalar(QStringLiteral("SELECT SUM(u.run_ms) * 1000 FROM job_usage u JOIN jobs j ON j.id = u.job_id "
                                     "WHERE j.name = ? %1")
                          .arg(QLatin1String(extra)),
                      {QString::fromLatin1(name)});
    }

    static QJsonObject itemOf(const QJsonObject &savings, const QString &kind)
    {
        for (const QJsonValue &item : savings.value("items").toArray()) {
            if (item.toObject().value("kind").toString() == kind)
                return item.toObject();
        }
        return {};
    }
    static qint64 nanos(const QJsonObject &object, const char *key)
    {
        return nanosOfDecimal(object.value(QLatin1String(key)).toString()).value_or(-1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_repository.init());
        QVERIFY(m_repository.commitFiles(
            QStringLiteral("main"),
            {{QStringLiteral(".gitlab-ci.yml"),
              "stages: [build, deploy]\n"
              "build:\n  stage: build\n  script:\n    - echo pip install -r requirements.txt\n    - sleep 0.3\n"
              "  artifacts:\n    paths: [README]\n    expire_in: never\n"
              "lint:\n  stage: build\n  cache:\n    key: deps\n    paths: [vendor]\n"
              "  script:\n    - mkdir -p vendor\n    - echo kept > vendor/kept\n"
              "ship:\n  stage: deploy\n  environment: production\n  script: echo shipped\n"},
             {QStringLiteral("README"), QByteArray(300'000, 'r')}},
            QStringLiteral("CI")));
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void eachSavingRestsOnTheLedger_data() { addBackendRows(); }
    void eachSavingRestsOnTheLedger()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        for (const char *meter : {"runner.shell", "runner.bubblewrap"})
            QVERIFY(price(meter, "3.6"));
        QVERIFY(price("storage.artifacts", "0.5"));
        QVERIFY(price("storage.caches", "2"));
        QVERIFY(runAndRetry());

        // Freshly deployed, files just written: only what was measured today counts.
        QJsonObject fresh = m_admin->get(m_savings).json();
        QCOMPARE(fresh.value("currency").toString(), QStringLiteral("USD"));
        QCOMPARE(fresh.value("from").toString(), day(-29));
        QCOMPARE(fresh.value("to").toString(), day(1));
        QVERIFY(itemOf(fresh, "idle_environment").isEmpty());
        QVERIFY(itemOf(fresh, "stale_artifacts").isEmpty());
        QVERIFY(itemOf(fresh, "stale_caches").isEmpty());

        // What retrying cost: the second run of ship, measured.
        const QJsonObject retried = itemOf(fresh, "retried_job");
        QCOMPARE(retried.value("subject").toString(), QStringLiteral("ship"));
        QCOMPARE(retried.value("basis").toString(), QStringLiteral("measured"));
        QCOMPARE(nanos(retried, "saving"), jobCost("ship", "AND u.attempt = 2"));
        QCOMPARE(nanos(retried, "monthly_cost"), jobCost("ship"));
        QCOMPARE(retried.value("figures").toObject().value("retries").toInt(), 1);
        QCOMPARE(retried.value("figures").toObject().value("runs").toInt(), 2);

        // build installs with no cache: a stated share of what it cost.
        const QJsonObject uncached = itemOf(fresh, "uncached_job");
        QCOMPARE(uncached.value("subject").toString(), QStringLiteral("build"));
        QCOMPARE(uncached.value("basis").toString(), QStringLiteral("assumed"));
        QCOMPARE(nanos(uncached, "monthly_cost"), jobCost("build"));
        QVERIFY(jobCost("build") >= 300'000); // it slept 0.3 s: 300 ms at a millionth each
        QCOMPARE(nanos(uncached, "saving"), jobCost("build") * 30 / 100);
        QVERIFY(uncached.value("message").toString().contains(QStringLiteral("cache:")));
        QVERIFY(itemOf(fresh, "skippable_job").isEmpty()); // one pipeline is no pattern

        // Three weeks on: no deployment since, the files untouched.
        const qint64 weeksAgo = QDateTime::currentMSecsSinceEpoch() - 21 * kDayMs;
        exec(QStringLiteral("UPDATE deployments SET created_at = ?"), {weeksAgo});
        exec(QStringLiteral("UPDATE environments SET created_at = ?"), {weeksAgo});
        const qint64 monthAgo = QDateTime::currentMSecsSinceEpoch() - 40 * kDayMs;
        exec(QStringLiteral("UPDATE stored_files SET created_at = ?"), {monthAgo});
        exec(QStringLiteral("UPDATE project_caches SET updated_at = ?"), {monthAgo});
        const QJsonObject later = m_admin->get(m_savings).json();

        // production still costs what ship's runs there cost, and no one deployed for 21 days.
        const QJsonObject idle = itemOf(later, "idle_environment");
        QCOMPARE(idle.value("subject").toString(), QStringLiteral("production"));
        QCOMPARE(idle.value("project").toString(), QStringLiteral("shop"));
        QCOMPARE(nanos(idle, "saving"), jobCost("ship"));
        QCOMPARE(idle.value("figures").toObject().value("days_since_deployment").toInt(), 21);
        const QJsonObject byEnvironment =
            m_admin
                ->get(QStringLiteral("/api/v1/organisations/default/costs/breakdown?from=%1&to=%2&by=environment&"
                                     "interval=none")
                          .arg(day(-29), day(1)))
                .json();
        qint64 production = -1;
        for (const QJsonValue &group : byEnvironment.value("groups").toArray()) {
            if (group.toObject().value("key").toString() == u"shop/production")
                production = nanosOfDecimal(group.toObject().value("cost").toString()).value_or(-1);
        }
        QCOMPARE(production, nanos(idle, "saving"));

        // A never-expiring artifact and a cache: bytes x the GB-month price.
        const qint64 artifactBytes =
            scalar(QStringLiteral("SELECT SUM(f.size) FROM job_artifacts a JOIN stored_files f ON f.id = a.file_id"));
        const qint64 cacheBytes =
            scalar(QStringLiteral("SELECT SUM(f.size) FROM project_caches c JOIN stored_files f ON f.id = c.file_id"));
        QVERIFY(artifactBytes > 0 && cacheBytes > 0);
        const QJsonObject artifacts = itemOf(later, "stale_artifacts");
        QCOMPARE(nanos(artifacts, "saving"), artifactBytes / 2); // 0.5 per 1e9 bytes: half a billionth a byte
        QCOMPARE(artifacts.value("figures").toObject().value("files").toInt(), 1);
        const QJsonObject caches = itemOf(later, "stale_caches");
        QCOMPARE(nanos(caches, "saving"), cacheBytes * 2);

        // The largest first, and the total is their sum.
        qint64 total = 0, previous = std::numeric_limits<qint64>::max();
        for (const QJsonValue &item : later.value("items").toArray()) {
            const qint64 saving = nanos(item.toObject(), "saving");
            QVERIFY(saving > 0 && saving <= previous);
            previous = saving;
            total += saving;
        }
        QCOMPARE(nanos(later, "total_saving"), total);
        QCOMPARE(later.value("items").toArray().size(), 5);

        // A stopped environment costs nothing more to keep: it is not advice.
        exec(QStringLiteral("UPDATE environments SET state = 'stopped'"));
        QVERIFY(itemOf(m_admin->get(m_savings).json(), "idle_environment").isEmpty());
        // The limits are the asker's.
        QVERIFY(itemOf(m_admin->get(m_savings + QStringLiteral("?stale_days=60")).json(), "stale_caches").isEmpty());
    }

    void oneProjectAndBadQuestions_data() { addBackendRows(); }
    void oneProjectAndBadQuestions()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        // Nothing priced: said, not guessed.
        const QJsonObject unpriced = m_admin->get(m_savings).json();
        QCOMPARE(unpriced.value("items").toArray().size(), 0);
        QCOMPARE(unpriced.value("notes").toArray().size(), 1);

        QVERIFY(price("runner.shell", "3.6") && price("runner.bubblewrap", "3.6"));
        QVERIFY(runAndRetry());
        QCOMPARE(m_admin->post("/api/v1/projects", {{"name", "Blog"}, {"slug", "blog"}}).status, 201);
        const QJsonObject shop = m_admin->get(m_savings + QStringLiteral("?project=shop")).json();
        QCOMPARE(shop.value("project").toString(), QStringLiteral("shop"));
        QVERIFY(!itemOf(shop, "retried_job").isEmpty());
        QCOMPARE(m_admin->get(m_savings + QStringLiteral("?project=blog")).json().value("items").toArray().size(), 0);
        // Storage is not priced here: the list says what it could not weigh.
        QVERIFY(shop.value("notes").toArray().at(0).toString().contains(QStringLiteral("storage")));

        for (const char *bad : {"?idle_days=0", "?stale_days=abc", "?idle_days=400", "?currency=dollars",
                                "?project=nowhere", "?colour=red"}) {
            const HttpResult result = m_admin->get(m_savings + QLatin1String(bad));
            QVERIFY2(result.status == 422, bad);
            QVERIFY2(!result.json().value("error").toObject().isEmpty() || result.body.contains("field"), bad);
        }
        // Another organisation's project is not a project of this one; a stranger sees none of it.
        QCOMPARE(m_admin->post("/api/v1/organisations", {{"name", "Acme"}, {"slug", "acme"}}).status, 201);
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/organisations/acme/costs/savings?project=shop")).status, 422);
        QVERIFY(m_server->addUser(QStringLiteral("mia"), QStringLiteral("member-password")));
        HttpTestClient member(m_server->url());
        QVERIFY(!member.login(QStringLiteral("mia"), QStringLiteral("member-password")).isEmpty());
        QCOMPARE(member.get(m_savings).status, 200); // members read costs
        QCOMPARE(member.get(QStringLiteral("/api/v1/organisations/acme/costs/savings")).status, 404);

        // adp costs savings, as a person types it.
        CliSession adp;
        QVERIFY(adp.login(m_server->url(), TestServer::kAdmin, TestServer::kPassword));
        const CommandResult listed = adp({"costs", "--org", "default", "savings", "--project", "shop"});
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        QVERIFY2(listed.out.contains(QStringLiteral("way(s) to spend less")) &&
                     listed.out.contains(QStringLiteral("ship in Shop was retried 1 time(s)")),
                 qPrintable(listed.out));
        const CommandResult json = adp({"costs", "--org", "default", "savings", "--output", "json"});
        QCOMPARE(json.json().value("currency").toString(), QStringLiteral("USD"));
        const CommandResult bad = adp({"costs", "--org", "default", "savings", "--idle-days", "0"});
        QVERIFY(bad.code != 0);
        QVERIFY2(bad.err.contains(QStringLiteral("idle_days")), qPrintable(bad.err));
    }

    // What a deployment changed: its environment's mean daily cost before its day and after it.
    void aDeploymentsCostDelta_data() { addBackendRows(); }
    void aDeploymentsCostDelta()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const qint64 pipeline =
            m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", "main"}}).json().value("id").toInteger();
        QCOMPARE(waitUntilFinished(*m_admin, pipeline, 60000).value("status").toString(), QStringLiteral("success"));
        const QString path = QStringLiteral("/api/v1/projects/shop/deployments/1/cost-delta");
        // Deployed a week ago; production cost 10 a day before, 25 after, 100 on the day itself.
        const qint64 weekAgo =
            QDateTime(QDateTime::currentDateTimeUtc().date().addDays(-7), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        exec(QStringLiteral("UPDATE deployments SET created_at = ?, finished_at = ?"), {weekAgo, weekAgo});
        QByteArray bill = "BilledCost,EffectiveCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,"
                          "ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ProviderName,ServiceName,Tags\n";
        const QDate today = QDateTime::currentDateTimeUtc().date();
        for (int offset = -14; offset <= -1; ++offset) {
            const QDate day = today.addDays(offset);
            const QByteArray cost = offset < -7 ? "10" : offset == -7 ? "100" : "25";
            const QByteArray month = QDate(day.year(), day.month(), 1).toString(Qt::ISODate).toLatin1();
            const QByteArray next = QDate(day.year(), day.month(), 1).addMonths(1).toString(Qt::ISODate).toLatin1();
            bill += cost + "," + cost + ",USD," + month + "," + next + "," + day.toString(Qt::ISODate).toLatin1() +
                    "," + day.addDays(1).toString(Qt::ISODate).toLatin1() +
                    ",Usage,AWS,Compute,\"{\"\"app\"\":\"\"shop-prod\"\"}\"\n";
        }
        QCOMPARE(m_admin
                     ->request("POST", QStringLiteral("/api/v1/organisations/default/costs/imports"), bill,
                               {{"Content-Type", "text/csv"}})
                     .status,
                 201);
        QCOMPARE(m_admin
                     ->post("/api/v1/organisations/default/costs/rules", {{"match", "tag:app"},
                                                                          {"pattern", "shop-prod"},
                                                                          {"project", "shop"},
                                                                          {"environment", "production"}})
                     .status,
                 201);
        HttpResult result = m_admin->get(path);
        QVERIFY2(result.status == 200, result.body.constData());
        QJsonObject delta = result.json();
        QCOMPARE(delta.value("environment").toString(), QStringLiteral("shop/production"));
        QCOMPARE(delta.value("currency").toString(), QStringLiteral("USD"));
        QCOMPARE(delta.value("days_before").toInt(), 7);
        QCOMPARE(delta.value("days_after").toInt(), 6); // complete days since; today is not one
        QCOMPARE(delta.value("before_daily").toString(), QStringLiteral("10"));
        QCOMPARE(delta.value("after_daily").toString(), QStringLiteral("25"));
        QCOMPARE(delta.value("delta_daily").toString(), QStringLiteral("15"));
        // Three days either side: the same means.
        delta = m_admin->get(path + QStringLiteral("?days=3")).json();
        QCOMPARE(delta.value("days_after").toInt(), 3);
        QCOMPARE(delta.value("delta_daily").toString(), QStringLiteral("15"));
        // Just deployed: nothing after yet, and said so.
        exec(QStringLiteral("UPDATE deployments SET created_at = ?, finished_at = ?"),
             {QDateTime::currentMSecsSinceEpoch(), QDateTime::currentMSecsSinceEpoch()});
        delta = m_admin->get(path).json();
        QCOMPARE(delta.value("days_after").toInt(), 0);
        QVERIFY(!delta.value("note").toString().isEmpty());

        for (const char *bad : {"?days=0", "?days=91", "?days=x", "?colour=red"})
            QVERIFY2(m_admin->get(path + QLatin1String(bad)).status == 422, bad);
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/projects/shop/deployments/99/cost-delta")).status, 404);
        QVERIFY(m_server->addUser(QStringLiteral("mia"), QStringLiteral("member-password")));
        HttpTestClient stranger(m_server->url());
        QVERIFY(!stranger.login(QStringLiteral("mia"), QStringLiteral("member-password")).isEmpty());
        QCOMPARE(stranger.get(path).status, 404);

        CliSession adp;
        QVERIFY(adp.login(m_server->url(), TestServer::kAdmin, TestServer::kPassword));
        const CommandResult cli = adp({"costs", "delta", "--project", "shop", "1"});
        QVERIFY2(cli.code == 0 && cli.out.contains(QStringLiteral("Deployment #1 to shop/production")),
                 qPrintable(cli.err + cli.out));
        QCOMPARE(adp({"costs", "delta", "--project", "shop"}).code, 2);
    }

    // The advisor alone: what it weighs and how, the same facts giving the same list.
    void theAdvisorsArithmetic()
    {
        using namespace adp::shared::costs;
        SavingsFacts facts;
        facts.nowMs = 100 * kDayMs;
        facts.windowDays = 30;
        facts.idleDays = 14;
        facts.environments = {{"shop", "Shop", "review/old", 3'000, 80 * kDayMs, 10 * kDayMs, false},
                              {"shop", "Shop", "production", 9'000, 99 * kDayMs, 10 * kDayMs, false},
                              {"shop", "Shop", "never", 600, 0, 20 * kDayMs, false},
                              {"shop", "Shop", "stopped", 900, 0, 20 * kDayMs, true}};
        SavingsFacts::Job slow{"shop", "Shop", "e2e", 10'000, 0, 40, 0, 3'600'000, false, true};
        SavingsFacts::Job free{"shop", "Shop", "free", 0, 0, 1, 0, 10, true, true};
        facts.jobs = {slow, free};
        facts.stored = {{"shop", "Shop", "storage.artifacts", 3'000'000'000, 7, 100'000'000}};
        const QList<CostSaving> found = SavingsAdvisor::advise(facts);
        QStringList order;
        for (const CostSaving &saving : found)
            order << saving.kind + u':' + saving.subject + u':' + QString::number(saving.savingNanos);
        // production was deployed yesterday; the stopped one and a job that costs nothing are not advice.
        QCOMPARE(order, (QStringList{"stale_artifacts::300000000", "skippable_job:e2e:5000",
                                     "idle_environment:review/old:3000", "idle_environment:never:600"}));
        QVERIFY(found.at(3).message.contains(QStringLiteral("never deployed")));
        QVERIFY(found.at(0).message.contains(QStringLiteral("3 GB")));
        QCOMPARE(SavingsAdvisor::advise(facts).first().savingNanos, found.first().savingNanos);
    }
};

QTEST_GUILESS_MAIN(TestCostSavings)
#include "tst_cost_savings.moc"
