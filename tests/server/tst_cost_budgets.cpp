#include "CommandRun.h"
#include "FakeHttpServer.h"
#include "HttpTestClient.h"
#include "LiveEvents.h"
#include "TestServer.h"
#include "costs/BudgetWatcher.h"
#include "shared/client/ApiClient.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace adp::test;

// Budgets on both backends, on a clock held at 2026-12-15 12:00 UTC: a bill of 10 USD a day placed
// in project shop by a rule; a monthly budget of 200 USD stands at 140 spent and 310 forecast
// (14 complete days, 17 left at the weekday means), so 50% fires on actual spend and 80% and 100%
// on the forecast, each once however often the watcher looks, audited, and sent through the
// budget's webhook rule (a failing target is tried again, then given up with its reason).
class TestCostBudgets : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<adp::server::ManualClock> m_clock;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;
    QString m_token;
    const QString m_budgets = QStringLiteral("/api/v1/organisations/default/costs/budgets");

    bool start()
    {
        QFETCH(QString, backend);
        if (backend == u"postgres")
            TestBackends::flushRedis();
        m_clock = std::make_shared<adp::server::ManualClock>(
            QDateTime(QDate(2026, 12, 15), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
        m_server = std::make_unique<TestServer>(
            TestBackends::create(backend), m_clock, 365 * 24 * 3600, 365 * 24 * 3600,
            [](adp::server::ServerConfig &config) { config.allowLocalNotificationTargets = true; });
        if (!m_server->ok())
            return false;
        m_admin = std::make_unique<HttpTestClient>(m_server->url());
        m_token = m_admin->login(TestServer::kAdmin, TestServer::kPassword);
        if (m_token.isEmpty())
            return false;
        if (m_admin->post("/api/v1/projects", {{"name", "Shop"}, {"slug", "shop"}}).status != 201)
            return false;
        // 10 USD a day from 17 November to 14 December, tagged for the shop.
        QByteArray bill = "BilledCost,EffectiveCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,"
                          "ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ProviderName,ServiceName,Tags\n";
        for (QDate day(2026, 11, 17); day < QDate(2026, 12, 15); day = day.addDays(1)) {
            const QDate month(day.year(), day.month(), 1);
            bill += "10,10,USD," + month.toString(Qt::ISODate).toLatin1() + "," +
                    month.addMonths(1).toString(Qt::ISODate).toLatin1() + "," + day.toString(Qt::ISODate).toLatin1() +
                    "," + day.addDays(1).toString(Qt::ISODate).toLatin1() +
                    ",Usage,AWS,Compute,\"{\"\"app\"\":\"\"shop\"\"}\"\n";
        }
        if (m_admin
                ->request("POST", QStringLiteral("/api/v1/organisations/default/costs/imports"), bill,
                          {{"Content-Type", "text/csv"}})
                .status != 201)
            return false;
        return m_admin
                   ->post("/api/v1/organisations/default/costs/rules",
                          {{"match", "tag:app"}, {"pattern", "shop"}, {"project", "shop"}})
                   .status == 201;
    }

    qint64 webhookRule(const QUrl &url)
    {
        return m_admin
            ->post("/api/v1/projects/shop/notification-rules",
                   {{"name", "Spend desk"}, {"channel", "webhook"}, {"when", "failure"}, {"url", url.toString()}})
            .json()
            .value("id")
            .toInteger();
    }

    qint64 scalar(const QString &sql) { return m_server->app().database().query(sql).value(0, 0).toLongLong(); }
    adp::server::costs::BudgetWatcher &watcher() { return m_server->app().budgetWatcher(); }

private Q_SLOTS:
    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void thresholdsFireOnceOnSpendAndForecast_data() { addBackendRows(); }
    void thresholdsFireOnceOnSpendAndForecast()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        FakeHttpServer receiver;
        QVERIFY(receiver.ok());
        const qint64 rule = webhookRule(receiver.url());
        QVERIFY(rule > 0);
        const HttpResult created = m_admin->post(m_budgets, {{"name", "Shop monthly"},
                                                             {"scope", "project"},
                                                             {"target", "shop"},
                                                             {"amount", "200"},
                                                             {"currency", "USD"},
                                                             {"thresholds", QJsonArray{100, 50, 80}},
                                                             {"on_forecast", true},
                                                             {"notification_rule_id", rule}});
        QVERIFY2(created.status == 201, created.body.constData());
        const QJsonObject budget = created.json();
        QCOMPARE(budget.value("thresholds").toArray(), (QJsonArray{50, 80, 100}));
        QCOMPARE(budget.value("period").toString(), QStringLiteral("monthly"));
        const QJsonObject status = budget.value("status").toObject();
        QCOMPARE(status.value("period_start").toString(), QStringLiteral("2026-12-01"));
        QCOMPARE(status.value("period_end").toString(), QStringLiteral("2027-01-01"));
        QCOMPARE(status.value("spent").toString(), QStringLiteral("140"));
        QCOMPARE(status.value("forecast").toString(), QStringLiteral("310"));
        const qint64 id = budget.value("id").toInteger();
        QCOMPARE(m_admin->post(m_budgets, {{"name", "Everything"}, {"amount", "1000"}, {"currency", "USD"}}).status,
                 201);

        // The organisation's people hear of each alert live (the desktop's tray).
        adp::shared::ApiClient api;
        api.setBaseUrl(m_server->url());
        api.setToken(m_token);
        adp::shared::EventsClient events(api);
        QSignalSpy received(&events, &adp::shared::EventsClient::eventReceived);
        QVERIFY(startSubscribed(events, {QStringLiteral("costs")}));

        QCOMPARE(watcher().check(), 3); // 50% spent; 80% and 100% forecast
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 3, 10000);
        QSet<QString> heard;
        for (const QList<QVariant> &event : received) {
            QCOMPARE(event.at(0).toString(), QStringLiteral("costs"));
            QCOMPARE(event.at(1).toString(), QStringLiteral("budget.alert"));
            const QJsonObject data = event.at(2).toJsonObject();
            QCOMPARE(data.value("budget").toString(), QStringLiteral("Shop monthly"));
            heard.insert(data.value("title").toString());
        }
        QVERIFY(heard.contains(QStringLiteral("Budget \"Shop monthly\" is forecast to reach 80% in 2026-12")));
        QCOMPARE(watcher().check(), 0); // once per threshold, period and basis
        // The alerts' own audit events were news to that pass; with nothing changed since, the
        // budgets are not weighed again.
        QCOMPARE(watcher().check(), 0);
        QCOMPARE(watcher().lastWeighed(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'cost_budget.alerted'")), 3);
        const QJsonArray alerts = m_admin->get(m_budgets + QStringLiteral("/%1").arg(id))
                                      .json()
                                      .value("status")
                                      .toObject()
                                      .value("alerts")
                                      .toArray();
        QCOMPARE(alerts.size(), 3);
        QSet<QString> fired;
        for (const QJsonValue &alert : alerts) {
            fired.insert(QStringLiteral("%1 %2")
                             .arg(alert.toObject().value("basis").toString())
                             .arg(alert.toObject().value("threshold").toInt()));
            QCOMPARE(alert.toObject().value("delivery").toString(), QStringLiteral("pending"));
        }
        QCOMPARE(fired, (QSet<QString>{"actual 50", "forecast 80", "forecast 100"}));

        QCOMPARE(watcher().deliver(), 3);
        QVERIFY(receiver.waitForRequests(3));
        QStringList titles;
        for (const auto &request : receiver.requests()) {
            QCOMPARE(request.headers.value("x-adp-event"), QByteArray("budget_alert"));
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            QCOMPARE(body.value("object_kind").toString(), QStringLiteral("budget_alert"));
            QCOMPARE(body.value("budget").toObject().value("name").toString(), QStringLiteral("Shop monthly"));
            titles.append(body.value("summary").toString());
        }
        QVERIFY2(titles.contains(QStringLiteral("Budget \"Shop monthly\" reached 50% in 2026-12")),
                 qPrintable(titles.join(u'\n')));
        QVERIFY(titles.contains(QStringLiteral("Budget \"Shop monthly\" is forecast to reach 100% in 2026-12")));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cost_budget_alerts WHERE delivery = 'sent'")), 3);
        QCOMPARE(watcher().deliver(), 0);

        // Spend reaches 80% on the 16th: the actual alert follows the forecast one.
        m_clock->advanceMs(24LL * 3600 * 1000);
        QByteArray more = "BilledCost,EffectiveCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,"
                          "ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ProviderName,ServiceName,Tags\n"
                          "25,25,USD,2026-12-01,2027-01-01,2026-12-15,2026-12-16,Usage,Azure,Compute,"
                          "\"{\"\"app\"\":\"\"shop\"\"}\"\n";
        QCOMPARE(m_admin
                     ->request("POST", QStringLiteral("/api/v1/organisations/default/costs/imports"), more,
                               {{"Content-Type", "text/csv"}})
                     .status,
                 201);
        QCOMPARE(watcher().check(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cost_budget_alerts WHERE basis = 'actual' AND "
                                       "threshold = 80")),
                 1);

        // A target that fails is tried again, then given up with its reason.
        receiver.setResponder([](const FakeHttpServer::Request &) { return FakeHttpServer::Response{503, "busy"}; });
        for (int pass = 0; pass < adp::server::costs::BudgetWatcher::kMaxAttempts; ++pass)
            watcher().deliver();
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cost_budget_alerts WHERE delivery = 'failed'")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT attempts FROM cost_budget_alerts WHERE delivery = 'failed'")),
                 adp::server::costs::BudgetWatcher::kMaxAttempts);

        // Deleting the budget takes its alerts; audited.
        QCOMPARE(m_admin->del(m_budgets + QStringLiteral("/%1").arg(id)).status, 204);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cost_budget_alerts")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action LIKE 'cost_budget.%'")),
                 2 + 4 + 1);
    }

    void badBudgetsChangeNothing_data() { addBackendRows(); }
    void badBudgetsChangeNothing()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QJsonObject good{{"name", "B"}, {"amount", "100"}, {"currency", "USD"}};
        const auto errorsOf = [&](const QJsonObject &changes) {
            QJsonObject body = good;
            for (auto it = changes.begin(); it != changes.end(); ++it)
                body.insert(it.key(), it.value());
            return m_admin->post(m_budgets, body).errorFields();
        };
        QCOMPARE(errorsOf({{"scope", "galaxy"}}), QStringList{"scope"});
        QCOMPARE(errorsOf({{"scope", "project"}}), QStringList{"target"});
        QCOMPARE(errorsOf({{"scope", "project"}, {"target", "nowhere"}}), QStringList{"target"});
        QCOMPARE(errorsOf({{"scope", "environment"}, {"target", "shop/production"}}), QStringList{"target"});
        QCOMPARE(errorsOf({{"scope", "team"}, {"target", "nobody"}}), QStringList{"target"});
        QCOMPARE(errorsOf({{"amount", "0"}}), QStringList{"amount"});
        QCOMPARE(errorsOf({{"amount", 100}}), QStringList{"amount"});
        QCOMPARE(errorsOf({{"currency", "dollars"}}), QStringList{"currency"});
        QCOMPARE(errorsOf({{"thresholds", QJsonArray{0, 50}}}), QStringList{"thresholds"});
        QCOMPARE(errorsOf({{"thresholds", "50,80"}}), QStringList{"thresholds"});
        QCOMPARE(errorsOf({{"period", "yearly"}}), QStringList{"period"});
        QCOMPARE(errorsOf({{"period", "custom"}}), QStringList{"start"});
        QCOMPARE(errorsOf({{"period", "custom"}, {"start", "2027-02-01"}, {"end", "2027-01-01"}}), QStringList{"end"});
        QCOMPARE(errorsOf({{"notification_rule_id", 999999}}), QStringList{"notification_rule_id"});
        QCOMPARE(errorsOf({{"colour", "red"}}), QStringList{"colour"});
        QCOMPARE(m_admin->post(m_budgets, QJsonObject{{"amount", "1"}}).errorFields(),
                 (QStringList{"name", "currency"}));
        QCOMPARE(m_admin->get(m_budgets).json().value("items").toArray().size(), 0);
        QCOMPARE(m_admin->post(m_budgets, good).status, 201);
        QCOMPARE(m_admin->post(m_budgets, good).status, 409);
        QCOMPARE(m_admin->get(m_budgets + QStringLiteral("/999999")).status, 404);
        QCOMPARE(
            m_admin
                ->request("PATCH", m_budgets + QStringLiteral("/999999"), "{}", {{"Content-Type", "application/json"}})
                .status,
            404);

        // A custom period that has not begun stands nowhere yet; one under way is forecast to its end.
        const HttpResult later = m_admin->post(m_budgets, {{"name", "Next quarter"},
                                                           {"amount", "100"},
                                                           {"currency", "USD"},
                                                           {"period", "custom"},
                                                           {"start", "2027-01-01"},
                                                           {"end", "2027-04-01"}});
        QCOMPARE(later.status, 201);
        QVERIFY(later.json().value("status").toObject().value("period_start").isNull());
        const HttpResult fortnight = m_admin->post(m_budgets, {{"name", "Fortnight"},
                                                               {"amount", "100"},
                                                               {"currency", "USD"},
                                                               {"scope", "project"},
                                                               {"target", "shop"},
                                                               {"period", "custom"},
                                                               {"start", "2026-12-08"},
                                                               {"end", "2026-12-22"}});
        QCOMPARE(fortnight.status, 201);
        const QJsonObject status = fortnight.json().value("status").toObject();
        QCOMPARE(status.value("spent").toString(), QStringLiteral("70")); // 8th to 14th
        QCOMPARE(status.value("forecast").toString(), QStringLiteral("140"));
        const qint64 id = fortnight.json().value("id").toInteger();
        const HttpResult renamed =
            m_admin->request("PATCH", m_budgets + QStringLiteral("/%1").arg(id),
                             R"({"name": "Two weeks", "thresholds": [90]})", {{"Content-Type", "application/json"}});
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.json().value("thresholds").toArray(), QJsonArray{90});
        QCOMPARE(renamed.json().value("target").toString(), QStringLiteral("shop"));
    }

    // adp budgets, as a person types it.
    void theCommandLine_data() { addBackendRows(); }
    void theCommandLine()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        CliSession adp;
        QVERIFY(adp.login(m_server->url(), TestServer::kAdmin, TestServer::kPassword));
        const CommandResult created =
            adp({"budgets", "--org", "default", "create", "--name", "Shop", "--scope", "project", "--target", "shop",
                 "--amount", "200", "--currency", "USD", "--thresholds", "50,100", "--forecast"});
        QVERIFY2(created.code == 0, qPrintable(created.err));
        QVERIFY2(created.out.contains(QStringLiteral("\"Shop\": 200 USD for project shop, a month; alerts at 50%, "
                                                     "100% (also on the forecast). Spent 140 (70%), forecast 310.")),
                 qPrintable(created.out));
        const CommandResult listed = adp({"budgets", "--org", "default", "list"});
        QVERIFY2(listed.out.contains(QStringLiteral("2026-12-01")) && listed.out.contains(QStringLiteral("140 (70%)")),
                 qPrintable(listed.out));
        const qint64 id = adp({"budgets", "--org", "default", "list", "--output", "json"})
                              .json()
                              .value("items")
                              .toArray()
                              .at(0)
                              .toObject()
                              .value("id")
                              .toInteger();
        QVERIFY(id > 0);
        QCOMPARE(watcher().check(), 2); // 50% spent, 100% forecast
        const CommandResult shown = adp({"budgets", "--org", "default", "show", QString::number(id)});
        QVERIFY2(shown.out.contains(QStringLiteral("50% on actual")) &&
                     shown.out.contains(QStringLiteral("100% on forecast")),
                 qPrintable(shown.out));
        const CommandResult updated =
            adp({"budgets", "--org", "default", "update", QString::number(id), "--amount", "500", "--no-forecast"});
        QVERIFY2(updated.code == 0 && updated.out.contains(QStringLiteral("500 USD")), qPrintable(updated.err));
        const CommandResult bad =
            adp({"budgets", "--org", "default", "create", "--name", "X", "--amount", "-5", "--currency", "USD"});
        QVERIFY(bad.code != 0);
        QVERIFY2(bad.err.contains(QStringLiteral("amount")), qPrintable(bad.err));
        QVERIFY(adp({"budgets", "--org", "default", "create", "--name", "X", "--amount", "5", "--currency", "USD",
                     "--thresholds", "half"})
                    .code != 0);
        const CommandResult deleted = adp({"budgets", "--org", "default", "delete", QString::number(id)});
        QVERIFY2(deleted.code == 0 && deleted.out.contains(QStringLiteral("Deleted budget")), qPrintable(deleted.err));
        QVERIFY(adp({"budgets", "--org", "default"}).code != 0);
    }
};

QTEST_GUILESS_MAIN(TestCostBudgets)
#include "tst_cost_budgets.moc"
