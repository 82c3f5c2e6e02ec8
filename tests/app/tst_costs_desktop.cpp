#include "GitRepository.h"
#include "HttpTestClient.h"
#include "PipelineCalls.h"
#include "ServerProcess.h"
#include "SignedInServer.h"
#include "ai/ModelAnswerView.h"
#include "costs/BudgetBurnDown.h"
#include "costs/BudgetDialog.h"
#include "costs/ClusterAllocationPanel.h"
#include "costs/CostCharts.h"
#include "costs/CostLinesDialog.h"
#include "costs/CostSeries.h"
#include "costs/CostsView.h"
#include "costs/SavingsPanel.h"
#include "kube/FakeKubeApi.h"
#include "kube/TestPki.h"
#include "shared/client/ApiClient.h"
#include "widgets/ErrorBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace adp;
using namespace adp::test;

// The desktop's Costs area against a real server (SQLite): a bill over three projects placed by
// rules, shown as stacked daily areas and top-spender bars; a bar opens its costs by service and
// Back returns; the table's money in the person's locale; CSV and PNG exports; a year of 200
// projects folded to the costliest ten and the rest.
class TestCostsDesktop : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpTestClient> m_http;
    std::unique_ptr<shared::ApiClient> m_api;

    static shared::costs::CostBreakdown yearOf(int projects)
    {
        shared::costs::CostBreakdown breakdown;
        breakdown.currency = QStringLiteral("USD");
        for (int day = 0; day < 365; ++day)
            breakdown.steps.append(QDateTime(QDate(2026, 1, 1).addDays(day), QTime(0, 0), Qt::UTC));
        for (int project = 0; project < projects; ++project) {
            shared::costs::CostGroup group;
            group.key = QStringLiteral("project-%1").arg(project);
            group.label = group.key;
            for (int day = 0; day < 365; ++day)
                group.series.append(qint64(projects - project) * 1'000'000'000 + day);
            for (const qint64 nanos : group.series)
                group.totalNanos += nanos;
            breakdown.totalNanos += group.totalNanos;
            breakdown.groups.append(group);
        }
        return breakdown;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(startSignedIn(m_server, m_http, m_api, &error), qPrintable(error));
        for (const char *slug : {"shop", "blog", "search"})
            QCOMPARE(m_http->post("/api/v1/projects", {{"name", slug}, {"slug", slug}}).status, 201);
        // Each project's service a day for the last 30 days: shop 30, blog 20, search 10 (storage 1).
        QByteArray bill = "BilledCost,EffectiveCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,"
                          "ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ProviderName,ServiceName,Tags\n";
        const QDate today = QDateTime::currentDateTimeUtc().date();
        for (QDate day = today.addDays(-30); day < today; day = day.addDays(1)) {
            const QByteArray month = QDate(day.year(), day.month(), 1).toString(Qt::ISODate).toLatin1();
            const QByteArray next = QDate(day.year(), day.month(), 1).addMonths(1).toString(Qt::ISODate).toLatin1();
            for (const auto &[app, service, cost] :
                 {std::tuple{"shop", "Compute", "29"}, std::tuple{"shop", "Storage", "1"},
                  std::tuple{"blog", "Compute", "20"}, std::tuple{"search", "Compute", "10"}}) {
                bill += QByteArray(cost) + "," + cost + ",USD," + month + "," + next + "," +
                        day.toString(Qt::ISODate).toLatin1() + "," + day.addDays(1).toString(Qt::ISODate).toLatin1() +
                        ",Usage,AWS," + service + ",\"{\"\"app\"\":\"\"" + app + "\"\"}\"\n";
            }
        }
        QCOMPARE(m_http
                     ->request("POST", QStringLiteral("/api/v1/organisations/default/costs/imports"), bill,
                               {{"Content-Type", "text/csv"}})
                     .status,
                 201);
        for (const char *slug : {"shop", "blog", "search"})
            QCOMPARE(m_http
                         ->post("/api/v1/organisations/default/costs/rules",
                                {{"match", "tag:app"}, {"pattern", slug}, {"project", slug}})
                         .status,
                     201);
    }

    void showsTheCostsAndLooksInsideABar()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        app::CostsView view(*m_api, nullptr);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        view.setPeriod(today.addDays(-30), today);
        QSignalSpy loaded(&view, &app::CostsView::loaded);
        view.show(); // loads when first shown
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.organisations()->currentData().toString(), QStringLiteral("default"));
        QCOMPARE(view.dailyChart()->areaCount(), 3);
        QCOMPARE(view.topChart()->keys(), (QStringList{"shop", "blog", "search"}));
        QCOMPARE(view.table()->rowCount(), 3);
        QCOMPARE(view.table()->item(0, 0)->text(), QStringLiteral("shop"));
        QCOMPARE(view.table()->item(0, 1)->text(), QStringLiteral("$900.00"));
        QCOMPARE(view.table()->item(0, 2)->text(), QStringLiteral("50.0%"));
        QVERIFY2(view.totalText().contains(QStringLiteral("$1,800.00")), qPrintable(view.totalText()));

        // A bar opens its costs by service; Back returns.
        view.topChart()->click(0);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.grouping()->currentData().toString(), QStringLiteral("service"));
        QCOMPARE(view.drillText(), QStringLiteral("Inside project: shop"));
        QCOMPARE(view.topChart()->keys(), (QStringList{"Compute", "Storage"}));
        QCOMPARE(view.table()->item(1, 1)->text(), QStringLiteral("$30.00"));
        // Inside, a row shows what it is made of: shop's storage, one bill line a day.
        app::CostLinesDialog *storage = view.openLinesOf(QStringLiteral("Storage"), QStringLiteral("Storage"));
        QSignalSpy linesLoaded(storage, &app::CostLinesDialog::loaded);
        QVERIFY(linesLoaded.wait(10000));
        QVERIFY2(storage->windowTitle().contains(QStringLiteral("shop › Storage")), qPrintable(storage->windowTitle()));
        QCOMPARE(storage->table()->rowCount(), 30);
        QCOMPARE(storage->table()->item(0, 0)->text(), QStringLiteral("$1.00"));
        QCOMPARE(storage->table()->item(0, 1)->text(), QStringLiteral("Bill line"));
        QCOMPARE(storage->table()->item(0, 3)->text(), QStringLiteral("Storage"));
        QCOMPARE(storage->table()->item(0, 4)->text(), QStringLiteral("shop"));
        QVERIFY2(storage->summaryText().startsWith(QStringLiteral("30 line(s), $30.00 in all")),
                 qPrintable(storage->summaryText()));
        storage->close();
        // And the whole group looked inside: its 60 lines, the costliest first.
        app::CostLinesDialog *shop = view.openLines();
        QSignalSpy shopLoaded(shop, &app::CostLinesDialog::loaded);
        QVERIFY(shopLoaded.wait(10000));
        QCOMPARE(shop->table()->rowCount(), 60);
        QCOMPARE(shop->table()->item(0, 0)->text(), QStringLiteral("$29.00"));
        view.drillOut();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.grouping()->currentData().toString(), QStringLiteral("project"));
        QVERIFY(view.drillText().isEmpty());
        QCOMPARE(view.table()->rowCount(), 3);

        // Exports: the daily CSV as the server writes it, the chart as a PNG.
        QTemporaryDir dir;
        QSignalSpy exported(&view, &app::CostsView::exported);
        view.exportCsvTo(dir.filePath(QStringLiteral("costs.csv")));
        QVERIFY(exported.wait(10000));
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
        QFile csv(dir.filePath(QStringLiteral("costs.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = csv.readAll().trimmed().split('\n');
        QVERIFY(rows.first().startsWith("date,project,"));
        QCOMPARE(rows.size(), 1 + 30 * 4);
        QVERIFY(view.saveChartTo(dir.filePath(QStringLiteral("costs.png"))));
        QImage png(dir.filePath(QStringLiteral("costs.png")));
        QVERIFY(!png.isNull() && png.width() > 100);

        // A period that ends before it begins is said, not sent.
        view.setPeriod(today, today.addDays(-5));
        view.load();
        QVERIFY(view.findChild<app::ErrorBanner *>()->message().contains(QStringLiteral("ends before")));
        QLocale::setDefault(QLocale::c());
    }

    void budgetsBurnUpWithTheirForecast()
    {
        QCOMPARE(m_http
                     ->post("/api/v1/organisations/default/costs/budgets", {{"name", "Shop monthly"},
                                                                            {"scope", "project"},
                                                                            {"target", "shop"},
                                                                            {"amount", "1000"},
                                                                            {"currency", "USD"},
                                                                            {"on_forecast", true}})
                     .status,
                 201);
        QCOMPARE(m_http
                     ->post("/api/v1/organisations/default/costs/budgets", {{"name", "Next year"},
                                                                            {"amount", "5000"},
                                                                            {"currency", "USD"},
                                                                            {"period", "custom"},
                                                                            {"start", "2099-01-01"},
                                                                            {"end", "2100-01-01"}})
                     .status,
                 201);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        app::CostsView view(*m_api, nullptr);
        QSignalSpy shown(&view, &app::CostsView::budgetShown);
        view.show();
        QVERIFY(shown.wait(10000));
        QCOMPARE(view.budgets()->count(), 2);
        QCOMPARE(view.budgets()->currentText(), QStringLiteral("Next year")); // by name
        QVERIFY2(view.budgetText().contains(QStringLiteral("has not begun")), qPrintable(view.budgetText()));
        view.showBudget(1);
        QVERIFY(shown.wait(10000));
        // This month's days so far, 30 USD a day for the shop.
        const int daysSoFar = QDateTime::currentDateTimeUtc().date().day() - 1;
        QCOMPARE(view.burnDown()->spentNanos(), qint64(daysSoFar) * 30'000'000'000);
        QVERIFY2(view.budgetText().startsWith(QStringLiteral("Spent $%1.00 of $1,000.00").arg(daysSoFar * 30)),
                 qPrintable(view.budgetText()));
        QVERIFY2(view.budgetText().contains(QStringLiteral("forecast")), qPrintable(view.budgetText()));
        QCOMPARE(view.burnDown()->seriesNames(), (QStringList{"Spent", "Forecast band (95%)", "Forecast", "Budget"}));
        QLocale::setDefault(QLocale::c());
    }

    // The Savings tab: a job retried is what its retries cost; a project chosen, the model can be
    // asked (none here: it says so).
    void savingsAreWeighedAndAProjectCanBeAsked()
    {
        GitRepository repository;
        QVERIFY(repository.init());
        QVERIFY(repository.commitFiles(QStringLiteral("main"),
                                       {{QStringLiteral(".gitlab-ci.yml"), "check:\n  script:\n    - sleep 0.2\n"}},
                                       QStringLiteral("CI")));
        QCOMPARE(m_http
                     ->post("/api/v1/projects",
                            {{"name", "Checks"}, {"slug", "checks"}, {"repository_url", repository.path()}})
                     .status,
                 201);
        for (const char *meter : {"runner.shell", "runner.bubblewrap"})
            QCOMPARE(m_http
                         ->post("/api/v1/organisations/default/costs/prices",
                                {{"meter", meter}, {"price", "36"}, {"currency", "USD"}, {"valid_from", "2026-01-01"}})
                         .status,
                     201);
        const qint64 pipeline =
            m_http->post("/api/v1/projects/checks/pipelines", {{"ref", "main"}}).json().value("id").toInteger();
        const QJsonObject finished = waitUntilFinished(*m_http, pipeline, 60000);
        QCOMPARE(finished.value("status").toString(), QStringLiteral("success"));
        const qint64 job = jobNamed(finished, QStringLiteral("check")).value("id").toInteger();
        QVERIFY(m_http->post(QStringLiteral("/api/v1/jobs/%1/retry").arg(job), QJsonObject{}).status < 300);
        const auto retriedJob = [&]() {
            return jobNamed(m_http->get(QStringLiteral("/api/v1/pipelines/%1").arg(pipeline)).json(),
                            QStringLiteral("check"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            retriedJob().value("attempt").toInt() == 2 && retriedJob().value("status").toString() == u"success", 60000);

        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        app::CostsView view(*m_api, nullptr);
        app::SavingsPanel *savings = view.savings();
        QSignalSpy loaded(savings, &app::SavingsPanel::loaded);
        view.show();
        QVERIFY(loaded.wait(15000));
        QVERIFY2(savings->summaryText().contains(QStringLiteral("way(s) to spend less")),
                 qPrintable(savings->summaryText()));
        bool retried = false;
        for (int row = 0; row < savings->table()->rowCount(); ++row)
            retried = retried || savings->table()->item(row, 3)->text().contains(
                                     QStringLiteral("check in Checks was retried 1 time(s)"));
        QVERIFY(retried);
        QVERIFY(savings->table()->item(0, 0)->text().startsWith(u'$'));
        // The whole organisation: no one project to ask about.
        QVERIFY(!savings->askButton()->isEnabled());

        const int checks = savings->projects()->findData(QStringLiteral("checks"));
        QVERIFY(checks > 0);
        savings->projects()->setCurrentIndex(checks);
        Q_EMIT savings->projects()->activated(checks);
        QVERIFY(loaded.wait(15000));
        QCOMPARE(savings->table()->rowCount(), 1);
        QTRY_VERIFY(savings->askButton()->isEnabled());
        savings->askButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(savings->modelAnswer()->statusText().contains(QStringLiteral("No model")), 10000);

        QLocale::setDefault(QLocale::c());
    }

    // The Budgets tab's editor: a budget added (a bad amount first gets the server's words under
    // the field, the dialog stays), changed, and deleted; the list follows each time.
    void budgetsAreAddedChangedAndDeleted()
    {
        app::CostsView view(*m_api, nullptr);
        QSignalSpy listed(&view, &app::CostsView::budgetsLoaded);
        view.show();
        QVERIFY(listed.wait(10000));
        const int before = view.budgets()->count();

        app::BudgetDialog *dialog = view.openBudgetEditor(false);
        QVERIFY(dialog->isVisible());
        dialog->nameField()->setText(QStringLiteral("Blog custom"));
        dialog->scopeField()->setCurrentIndex(dialog->scopeField()->findData(QStringLiteral("project")));
        QVERIFY(dialog->targetField()->isVisibleTo(dialog));
        dialog->targetField()->setText(QStringLiteral("blog"));
        dialog->periodField()->setCurrentIndex(dialog->periodField()->findData(QStringLiteral("custom")));
        QVERIFY(dialog->startField()->isVisibleTo(dialog));
        dialog->startField()->setText(QStringLiteral("2026-01-01"));
        dialog->endField()->setText(QStringLiteral("2027-01-01"));
        dialog->amountField()->setText(QStringLiteral("lots"));
        dialog->thresholdsField()->setText(QStringLiteral("50, eighty"));
        dialog->submit();
        QVERIFY(!dialog->fieldError(QStringLiteral("thresholds")).isEmpty()); // checked before sending
        dialog->thresholdsField()->setText(QStringLiteral("80, 100"));
        dialog->submit();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->fieldError(QStringLiteral("amount")).isEmpty(), 10000);
        QVERIFY(dialog->isVisible());
        QCOMPARE(view.budgets()->count(), before); // nothing written
        dialog->amountField()->setText(QStringLiteral("900"));
        dialog->forecastField()->setChecked(true);
        dialog->submit();
        QVERIFY(listed.wait(10000));
        QCOMPARE(view.budgets()->count(), before + 1);
        QCOMPARE(view.budgets()->currentText(), QStringLiteral("Blog custom"));
        const QJsonArray stored =
            m_http->get("/api/v1/organisations/default/costs/budgets").json().value("items").toArray();
        QJsonObject made;
        for (const QJsonValue &budget : stored)
            made = budget.toObject().value("name").toString() == u"Blog custom" ? budget.toObject() : made;
        QCOMPARE(made.value("target").toString(), QStringLiteral("blog"));
        QCOMPARE(made.value("amount").toString(), QStringLiteral("900"));
        QCOMPARE(made.value("end").toString(), QStringLiteral("2027-01-01"));
        QCOMPARE(made.value("thresholds").toArray(), (QJsonArray{80, 100}));
        QCOMPARE(made.value("on_forecast").toBool(), true);

        app::BudgetDialog *change = view.openBudgetEditor(true);
        QCOMPARE(change->nameField()->text(), QStringLiteral("Blog custom"));
        QCOMPARE(change->amountField()->text(), QStringLiteral("900"));
        change->amountField()->setText(QStringLiteral("1200.50"));
        change->submit();
        QVERIFY(listed.wait(10000));
        const qint64 id = made.value("id").toInteger();
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/organisations/default/costs/budgets/%1").arg(id))
                     .json()
                     .value("amount")
                     .toString(),
                 QStringLiteral("1200.5"));

        QSignalSpy deleted(&view, &app::CostsView::budgetDeleted);
        view.deleteShownBudget();
        QVERIFY(deleted.wait(10000));
        QVERIFY(listed.wait(10000));
        QCOMPARE(view.budgets()->count(), before);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/organisations/default/costs/budgets/%1").arg(id)).status, 404);
    }

    // The Clusters tab against the server: a cluster the sampler has not measured yet says so,
    // a label grouping is asked as label:KEY and a bad key gets the server's words; rows as the
    // allocation calculator makes them show cores, use and money in the person's locale.
    void clustersTabShowsTheAllocation()
    {
        kube::TestPki pki;
        QVERIFY2(pki.ok(), qPrintable(pki.error()));
        kube::FakeKubeApi api(kube::FakeKubeApi::Tls{pki.serverCertificate(), pki.serverKey(), pki.caCertificate()});
        QVERIFY(api.ok());
        api.addToken(QStringLiteral("cost-token"), QStringLiteral("opencost"), {kube::FakeKubeApi::everything()});
        const QString kubeconfig =
            api.kubeconfig(pki.caCertificate(), QStringLiteral("cost-token"), QStringLiteral("default"));
        QCOMPARE(m_http->post("/api/v1/projects/shop/clusters", {{"name", "k3s"}, {"kubeconfig", kubeconfig}}).status,
                 201);

        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        app::CostsView view(*m_api, nullptr);
        app::ClusterAllocationPanel *clusters = view.clusters();
        QSignalSpy loaded(clusters, &app::ClusterAllocationPanel::loaded);
        view.show();
        QVERIFY(loaded.wait(15000));
        QVERIFY2(clusters->summaryText().contains(QStringLiteral("0 row(s)")), qPrintable(clusters->summaryText()));
        // Sampled once a minute by the server's leader: not yet, or once (no interval to count).
        QCOMPARE(clusters->table()->rowCount(), 0);

        clusters->aggregate()->setCurrentIndex(clusters->aggregate()->findData(QStringLiteral("label")));
        Q_EMIT clusters->aggregate()->activated(clusters->aggregate()->currentIndex());
        QVERIFY(clusters->label()->isEnabled());
        clusters->label()->setText(QStringLiteral("bad key!"));
        Q_EMIT clusters->label()->editingFinished();
        QTRY_VERIFY_WITH_TIMEOUT(clusters->summaryText().contains(QStringLiteral("aggregate")), 10000);
        clusters->label()->setText(QStringLiteral("team"));
        Q_EMIT clusters->label()->editingFinished();
        QVERIFY(loaded.wait(15000));

        // What the server answers once samples exist, made by the same calculator.
        shared::costs::WorkloadUsage web;
        web.cluster = QStringLiteral("shop/k3s");
        web.namespaceName = QStringLiteral("shop-prod");
        web.controllerKind = QStringLiteral("Deployment");
        web.controller = QStringLiteral("web");
        web.observedMs = 3'600'000;
        web.cpuRequestMcoreMs = 1000LL * 3'600'000;
        web.cpuUsageMcoreMs = 850LL * 3'600'000;
        web.cpuAllocatedMcoreMs = 1250LL * 3'600'000;
        web.memoryRequestMibMs = web.memoryAllocatedMibMs = 1024LL * 3'600'000;
        web.memoryUsageMibMs = 512LL * 3'600'000;
        web.cpuNanos = 50'000'000;
        web.memoryNanos = 10'000'000;
        shared::costs::ClusterCapacity capacity{QStringLiteral("shop/k3s"), 3'600'000,   8000LL * 3'600'000,
                                                32768LL * 3'600'000,        320'000'000, 160'000'000};
        shared::costs::AllocationSet set;
        set.currency = QStringLiteral("USD");
        set.query.from = QDate(2026, 12, 1);
        set.query.to = QDate(2026, 12, 2);
        set.allocations = shared::costs::AllocationCalculator::allocate({web}, {capacity}, set.query);
        set.totalNanos = 480'000'000;
        set.notes = QStringList{QStringLiteral("shop/k3s serves no metrics.k8s.io")};
        clusters->display(set);
        QCOMPARE(clusters->table()->rowCount(), 2);
        QCOMPARE(clusters->table()->item(0, 0)->text(), QStringLiteral("shop-prod"));
        QCOMPARE(clusters->table()->item(0, 1)->text(), QStringLiteral("1.25"));
        QCOMPARE(clusters->table()->item(0, 2)->text(), QStringLiteral("85%"));
        QCOMPARE(clusters->table()->item(0, 6)->text(), QStringLiteral("$0.06"));
        QCOMPARE(clusters->table()->item(1, 0)->text(), QStringLiteral("Idle capacity"));
        QCOMPARE(clusters->table()->item(1, 6)->text(), QStringLiteral("$0.42"));
        QVERIFY(clusters->summaryText().contains(QStringLiteral("$0.48")));
        QVERIFY(clusters->notesText().contains(QStringLiteral("metrics.k8s.io")));
        QLocale::setDefault(QLocale::c());
    }

    void aYearOfTwoHundredProjectsIsFolded()
    {
        const app::CostSeries series = app::CostSeries::of(yearOf(200));
        QCOMPARE(series.lines.size(), app::CostSeries::kShownGroups + 1);
        QCOMPARE(series.lines.last().key, app::CostSeries::kOtherKey);
        QCOMPARE(series.lines.first().key, QStringLiteral("project-0"));
        // The stack's top is every project's day.
        qint64 firstDay = 0;
        for (const auto &group : yearOf(200).groups)
            firstDay += group.series.first();
        QCOMPARE(series.lines.last().stacked.first(), firstDay);
        app::DailyCostChart chart;
        chart.resize(1200, 500);
        chart.plot(series);
        QCOMPARE(chart.areaCount(), 11);
        QVERIFY(!chart.grab().isNull());
    }

    void moneyIsWrittenInThePersonsLocale()
    {
        QCOMPARE(app::CostSeries::money(1'234'560'000'000, QStringLiteral("USD"),
                                        QLocale(QLocale::English, QLocale::UnitedStates)),
                 QStringLiteral("$1,234.56"));
        QCOMPARE(
            app::CostSeries::money(1'234'560'000'000, QStringLiteral("CNY"), QLocale(QLocale::Chinese, QLocale::China)),
            QStringLiteral("¥1,234.56"));
        QCOMPARE(app::CostSeries::money(1'234'560'000'000, QStringLiteral("EUR"),
                                        QLocale(QLocale::English, QLocale::UnitedStates)),
                 QStringLiteral("1,234.56 EUR"));
        QCOMPARE(app::CostSeries::money(-6'000'000, QStringLiteral("USD"), QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("-0,01 USD"));
    }
};

QTEST_MAIN(TestCostsDesktop)
#include "tst_costs_desktop.moc"
