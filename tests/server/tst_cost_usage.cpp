#include "AdminSession.h"
#include "CommandRun.h"
#include "GitRepository.h"
#include "PipelineCalls.h"
#include "costs/UsageRollup.h"
#include "shared/costs/Money.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QtTest>

using namespace adp::test;

// What ADP measures by itself, on both backends: every finished job's run time by executor class
// (written with the job's end), rolled up without counting a run twice or not at all, and the
// projects' stored files sampled daily; priced by the organisation's price list, whose past is
// never repriced; in the breakdown by executor and environment, and through `adp prices`.
class TestCostUsage : public QObject
{
    Q_OBJECT

private:
    GitRepository m_repository;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;
    const QString m_prices = QStringLiteral("/api/v1/organisations/default/costs/prices");

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

    // Days as the server counts them: UTC.
    static QString day(int offset) { return today().addDays(offset).toString(Qt::ISODate); }
    static QDate today() { return QDateTime::currentDateTimeUtc().date(); }

    HttpResult addPrice(const char *meter, const char *price, const QString &from, const char *currency = "USD")
    {
        return m_admin->post(m_prices,
                             {{"meter", meter}, {"price", price}, {"currency", currency}, {"valid_from", from}});
    }

    QJsonObject breakdown(const QString &by)
    {
        const HttpResult result = m_admin->get(
            QStringLiteral("/api/v1/organisations/default/costs/breakdown?from=%1&to=%2&by=%3&interval=none")
                .arg(day(-1), day(2), by));
        return result.status == 200 ? result.json() : QJsonObject{{"error", QString::fromUtf8(result.body)}};
    }

    static qint64 nanosOf(const QJsonObject &breakdown, const QString &key)
    {
        for (const QJsonValue &group : breakdown.value("groups").toArray()) {
            if (group.toObject().value("key").toString() == key)
                return adp::shared::costs::nanosOfDecimal(group.toObject().value("cost").toString()).value_or(-1);
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_repository.init());
        QVERIFY(m_repository.commitFiles(
            QStringLiteral("main"),
            {{QStringLiteral(".gitlab-ci.yml"),
              "stages: [build, deploy]\nbuild:\n  stage: build\n  script:\n    - sleep 1.2\n    - echo built\n"
              "  artifacts:\n    paths: [README]\n"
              "ship:\n  stage: deploy\n  environment: production\n  script: echo shipped\n"},
             {QStringLiteral("README"), QByteArray(4096, 'r')}},
            QStringLiteral("CI")));
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void jobRunsArePricedByExecutorAndNeverRepriced_data() { addBackendRows(); }
    void jobRunsArePricedByExecutorAndNeverRepriced()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const qint64 pipeline =
            m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", "main"}}).json().value("id").toInteger();
        const QJsonObject finished = waitUntilFinished(*m_admin, pipeline, 60000);
        QCOMPARE(finished.value("status").toString(), QStringLiteral("success"));

        // Written with each job's end: one row per attempt (the run did not cross midnight, or two).
        auto &database = m_server->app().database();
        const auto rows = database.query(QStringLiteral(
            "SELECT j.name, u.executor, u.run_ms, u.environment_id, u.rolled_up FROM job_usage u JOIN jobs j ON "
            "j.id = u.job_id ORDER BY j.name"));
        QVERIFY(rows.size() >= 2);
        const QString executor = rows.value(0, 1).toString();
        QVERIFY2(executor == u"bubblewrap" || executor == u"shell", qPrintable(executor));
        QCOMPARE(rows.value(1, 1).toString(), executor);
        QVERIFY(scalar(QStringLiteral("SELECT SUM(run_ms) FROM job_usage u JOIN jobs j ON j.id = u.job_id WHERE "
                                      "j.name = 'build'")) >= 1200);
        const qint64 production = scalar(QStringLiteral("SELECT id FROM environments WHERE name = 'production'"));
        QVERIFY(production > 0);
        QCOMPARE(scalar(QStringLiteral("SELECT MIN(u.environment_id) FROM job_usage u JOIN jobs j ON j.id = u.job_id "
                                       "WHERE j.name = 'ship'")),
                 production);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM job_usage WHERE rolled_up <> 0")), 0);
        const qint64 runMs = scalar(QStringLiteral("SELECT SUM(run_ms) FROM job_usage"));
        const qint64 shipMs = scalar(
            QStringLiteral("SELECT SUM(run_ms) FROM job_usage u JOIN jobs j ON j.id = u.job_id WHERE j.name = 'ship'"));

        // Unpriced usage costs nothing; the first price of a meter may reach back (those days had none).
        QCOMPARE(nanosOf(breakdown(QStringLiteral("executor")), executor), 0);
        const QString meter = QStringLiteral("runner.") + executor;
        const HttpResult first = addPrice(meter.toUtf8().constData(), "3.6", day(-30));
        QVERIFY2(first.status == 201, first.body.constData());
        QCOMPARE(first.json().value("unit").toString(), QStringLiteral("hour"));
        QVERIFY(first.json().value("valid_until").isNull());
        // 3.6 a hour is a millionth a millisecond: 1,000 billionths.
        QJsonObject byExecutor = breakdown(QStringLiteral("executor"));
        QCOMPARE(nanosOf(byExecutor, executor), runMs * 1000);
        QCOMPARE(byExecutor.value("currency").toString(), QStringLiteral("USD")); // no bills: the prices' currency
        QCOMPARE(nanosOf(breakdown(QStringLiteral("environment")), QStringLiteral("shop/production")), shipMs * 1000);
        QCOMPARE(nanosOf(breakdown(QStringLiteral("provider")), QStringLiteral("ADP")), runMs * 1000);
        QCOMPARE(nanosOf(breakdown(QStringLiteral("project")), QStringLiteral("shop")), runMs * 1000);

        // Bills and usage side by side: a bill has no executor class.
        const QDate month(today().year(), today().month(), 1);
        const QByteArray bill =
            "BilledCost,EffectiveCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,"
            "ChargePeriodEnd,ChargeCategory,ProviderName,ServiceName,Tags\n1.5,1.25,USD," +
            month.toString(Qt::ISODate).toLatin1() + "," + month.addMonths(1).toString(Qt::ISODate).toLatin1() + "," +
            day(0).toLatin1() + "," + day(1).toLatin1() + ",Usage,AWS,Compute,NULL\n";
        QCOMPARE(m_admin
                     ->request("POST", QStringLiteral("/api/v1/organisations/default/costs/imports"), bill,
                               {{"Content-Type", "text/csv"}})
                     .status,
                 201);
        byExecutor = breakdown(QStringLiteral("executor"));
        QCOMPARE(nanosOf(byExecutor, executor), runMs * 1000);
        QCOMPARE(nanosOf(byExecutor, QString()), 1'500'000'000LL);

        // What it is made of, the costliest first: the bill's line, then each run of each job;
        // narrowed the way the breakdown is.
        const auto lines = [&](const QString &extra) {
            return m_admin->get(QStringLiteral("/api/v1/organisations/default/costs/lines?from=%1&to=%2%3")
                                    .arg(day(-1), day(2), extra));
        };
        const auto money = [](const QJsonValue &value) {
            return adp::shared::costs::nanosOfDecimal(value.toString()).value_or(-1);
        };
        const QJsonObject all = lines({}).json();
        QCOMPARE(money(all.value("total_cost")), runMs * 1000 + 1'500'000'000);
        const QJsonArray allLines = all.value("lines").toArray();
        QCOMPARE(allLines.first().toObject().value("source").toString(), QStringLiteral("bill"));
        QCOMPARE(allLines.first().toObject().value("what").toString(), QStringLiteral("Compute"));
        QCOMPARE(allLines.first().toObject().value("day").toString(), day(0));
        QCOMPARE(all.value("found").toInt(), int(allLines.size()));
        qint64 runs = 0;
        for (const QJsonValue &line : allLines) {
            if (line.toObject().value("source").toString() == u"job") {
                runs += money(line.toObject().value("cost"));
                QVERIFY(line.toObject().value("what").toString().contains(QStringLiteral(" #1 (job ")));
                QCOMPARE(line.toObject().value("service").toString(), QStringLiteral("CI jobs"));
            }
        }
        QCOMPARE(runs, runMs * 1000);
        const QJsonObject shipLines = lines(QStringLiteral("&environment=shop/production")).json();
        qint64 shipped = 0;
        for (const QJsonValue &line : shipLines.value("lines").toArray()) {
            QVERIFY(line.toObject().value("what").toString().startsWith(QStringLiteral("ship #1")));
            shipped += money(line.toObject().value("cost"));
        }
        QCOMPARE(shipped, shipMs * 1000);
        QCOMPARE(lines(QStringLiteral("&project=")).json().value("found").toInt(), 1); // the unattributed bill
        const QJsonObject costliest = lines(QStringLiteral("&limit=1")).json();
        QCOMPARE(costliest.value("lines").toArray().size(), 1);
        QVERIFY(costliest.value("truncated").toBool());
        for (const char *bad : {"&limit=0", "&limit=5000", "&limit=many", "&colour=red"}) {
            const HttpResult refused = lines(QLatin1String(bad));
            QVERIFY2(refused.status == 422, bad);
        }

        // The roll-up takes every row once: the same figures after it, from usage_daily.
        QVERIFY(m_server->app().usageRollup().rollUp() >= 2);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM job_usage WHERE rolled_up = 0")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT SUM(run_ms) FROM usage_daily")), runMs);
        QCOMPARE(m_server->app().usageRollup().rollUp(), 0);
        QCOMPARE(nanosOf(breakdown(QStringLiteral("executor")), executor), runMs * 1000);
        QCOMPARE(nanosOf(breakdown(QStringLiteral("environment")), QStringLiteral("shop/production")), shipMs * 1000);

        // The past is never repriced: a price from today, with one in effect, is refused; from tomorrow it waits.
        const qint64 auditBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
        const HttpResult today = addPrice(meter.toUtf8().constData(), "100", day(0));
        QCOMPARE(today.status, 422);
        QVERIFY2(today.body.contains("valid_from") && today.body.contains("tomorrow"), today.body.constData());
        const HttpResult later = addPrice(meter.toUtf8().constData(), "7.2", day(1));
        QCOMPARE(later.status, 201);
        QCOMPARE(nanosOf(breakdown(QStringLiteral("executor")), executor), runMs * 1000);
        const QJsonArray prices = m_admin->get(m_prices).json().value("items").toArray();
        QCOMPARE(prices.size(), 2);
        QCOMPARE(prices.at(0).toObject().value("valid_until").toString(), day(1));
        QCOMPARE(prices.at(1).toObject().value("price").toString(), QStringLiteral("7.2"));
        const qint64 inEffect = first.json().value("id").toInteger();
        const HttpResult withdrawn = m_admin->request("DELETE", m_prices + QStringLiteral("/%1").arg(inEffect));
        QCOMPARE(withdrawn.status, 409);
        QCOMPARE(m_admin->request("DELETE", m_prices + QStringLiteral("/%1").arg(later.json().value("id").toInteger()))
                     .status,
                 204);
        QCOMPARE(m_admin->request("DELETE", m_prices + QStringLiteral("/999999")).status, 404);

        // Bad input changes nothing and says what is wrong.
        QCOMPARE(addPrice("runner.gpu", "1", day(1)).status, 422);
        QCOMPARE(addPrice("runner.shell", "-1", day(1)).status, 422);
        QCOMPARE(addPrice("runner.shell", "cheap", day(1)).status, 422);
        QCOMPARE(addPrice("runner.shell", "1", QStringLiteral("2026-13-01")).status, 422);
        QCOMPARE(addPrice("runner.shell", "1", day(1), "usd").status, 422);
        const HttpResult otherCurrency = addPrice("storage.logs", "1", day(1), "EUR");
        QCOMPARE(otherCurrency.status, 409);
        QVERIFY(otherCurrency.body.contains("USD"));
        QCOMPARE(m_admin->post(m_prices, {{"meter", "runner.shell"}, {"price", 1}}).status, 422);
        QCOMPARE(m_admin->request("POST", m_prices, "{nope", {{"Content-Type", "application/json"}}).status, 400);
        QCOMPARE(m_admin
                     ->post(QStringLiteral("/api/v1/organisations/nowhere/costs/prices"),
                            {{"meter", "runner.shell"}, {"price", "1"}, {"currency", "USD"}, {"valid_from", day(1)}})
                     .status,
                 404);
        QCOMPARE(m_admin->get(m_prices).json().value("items").toArray().size(), 1);
        // One price added and withdrawn since: two events; the refusals none.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events")) - auditBefore, 2);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action LIKE 'cost_price.%'")), 3);
    }

    // Stored files are sampled once a day and priced per GB-month, a day at a time.
    void storedFilesArePricedByTheDay_data() { addBackendRows(); }
    void storedFilesArePricedByTheDay()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const qint64 pipeline =
            m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", "main"}}).json().value("id").toInteger();
        QCOMPARE(waitUntilFinished(*m_admin, pipeline, 60000).value("status").toString(), QStringLiteral("success"));
        m_server->app().usageRollup().sampleStorage();
        m_server->app().usageRollup().sampleStorage(); // the same day again replaces the sample
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM storage_usage")), 1);
        const qint64 artifacts = scalar(QStringLiteral("SELECT artifacts_bytes FROM storage_usage"));
        const qint64 logs = scalar(QStringLiteral("SELECT logs_bytes FROM storage_usage"));
        QCOMPARE(artifacts, scalar(QStringLiteral("SELECT SUM(size) FROM stored_files f JOIN job_artifacts a ON "
                                                  "a.file_id = f.id")));
        QVERIFY(artifacts > 0);
        QVERIFY(logs > 0);
        QCOMPARE(addPrice("storage.logs", "30", day(-3)).status, 201);
        QCOMPARE(addPrice("storage.artifacts", "0.1", day(-3)).status, 201);
        // 30 a GB-month is 30 / (days in the month) a GB-day: bytes x 30e9 / 1e9 / days billionths.
        const int days = today().daysInMonth();
        const QJsonObject byService = breakdown(QStringLiteral("service"));
        QCOMPARE(nanosOf(byService, QStringLiteral("Log storage")), qRound64(logs * 30.0 / days));
        QCOMPARE(nanosOf(byService, QStringLiteral("Artifact storage")), qRound64(artifacts * 0.1 / days));
        QCOMPARE(nanosOf(byService, QStringLiteral("Cache storage")), 0);
    }

    // adp prices, as a person types it.
    void theCommandLine_data() { addBackendRows(); }
    void theCommandLine()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        CliSession adp;
        QVERIFY(adp.login(m_server->url(), TestServer::kAdmin, TestServer::kPassword));
        const CommandResult set = adp({"prices", "--org", "default", "set", "--meter", "kubernetes.cpu", "--price",
                                       "0.031611", "--currency", "USD", "--from", "2027-01-01"});
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QVERIFY2(set.out.contains(QStringLiteral("kubernetes.cpu costs 0.031611 USD per CPU-hour from 2027-01-01.")),
                 qPrintable(set.out));
        const CommandResult listed = adp({"prices", "--org", "default", "list"});
        QVERIFY2(listed.out.contains(QStringLiteral("kubernetes.cpu")) &&
                     listed.out.contains(QStringLiteral("CPU-hour")),
                 qPrintable(listed.out));
        QCOMPARE(adp({"prices", "--org", "default", "list", "--output", "json"}).json().value("items").toArray().size(),
                 1);
        const CommandResult bad = adp({"prices", "--org", "default", "set", "--meter", "gpu", "--price", "1",
                                       "--currency", "USD", "--from", "2027-01-01"});
        QVERIFY(bad.code != 0);
        QVERIFY2(bad.err.contains(QStringLiteral("meter")), qPrintable(bad.err));
        const qint64 id =
            m_admin->get(m_prices).json().value("items").toArray().at(0).toObject().value("id").toInteger();
        const CommandResult withdrawn = adp({"prices", "--org", "default", "delete", QString::number(id)});
        QVERIFY2(withdrawn.code == 0 && withdrawn.out.contains(QStringLiteral("Withdrew price")),
                 qPrintable(withdrawn.err));
        QVERIFY(adp({"prices", "--org", "default"}).code != 0); // what it needs, said
    }
};

QTEST_GUILESS_MAIN(TestCostUsage)
#include "tst_cost_usage.moc"
