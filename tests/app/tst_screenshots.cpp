#include "GitRepository.h"
#include "HttpTestClient.h"
#include "PipelineCalls.h"
#include "ServerProcess.h"
#include "costs/BudgetDialog.h"
#include "costs/ClusterAllocationPanel.h"
#include "costs/CostsView.h"
#include "costs/SavingsPanel.h"
#include "environments/EnvironmentsView.h"
#include "environments/ProtectionPanel.h"
#include "logs/LogViewer.h"
#include "pipelines/PipelinesModel.h"
#include "pipelines/PipelinesView.h"
#include "projects/ProjectDialog.h"
#include "projects/ProjectsModel.h"
#include "projects/ProjectsView.h"
#include "shell/MainWindow.h"
#include "translations/Translations.h"
#include "variables/VariablesPanel.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace adp;
using namespace adp::test;

// Renders the main window, the project dialog, a pipeline's run view, the Costs area's tabs and budget editor, the
// log viewer, a project's environments, its protection and its variables in English and Simplified Chinese against a
// real server, in a real X server (Xvfb), and writes PNGs to <build>/screenshots, so a person can look at what ships.
// Checks the pictures are not blank and the Chinese build really is translated.
class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    static QString outputDir()
    {
        const QString dir = qEnvironmentVariable("ADP_BIN_DIR") + QStringLiteral("/../screenshots");
        QDir().mkpath(dir);
        return QDir(dir).absolutePath();
    }

    static void checkNotBlank(const QImage &image)
    {
        QVERIFY(!image.isNull());
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 10, "the screenshot is (nearly) one colour");
    }

    void shoot(const QString &language)
    {
        ServerProcess server(TestBackends::create(QStringLiteral("sqlite")));
        QVERIFY2(server.start(), qPrintable(server.output()));
        HttpTestClient http(server.url());
        const QString token = http.login(QStringLiteral("admin"), server.adminPassword());
        const QList<QPair<QString, QString>> projects{{"Payments API", "payments-api"},
                                                      {"Web Shop", "web-shop"},
                                                      {"支付网关", "pay-gateway"},
                                                      {"Mobile App", "mobile"}};
        for (const auto &[name, slug] : projects)
            http.post("/api/v1/projects",
                      {{"name", name}, {"slug", slug}, {"repository_url", "https://github.com/acme/" + slug + ".git"}});

        shared::ApiClient api;
        api.setBaseUrl(server.url());
        api.setToken(token);
        shared::EventsClient events(api);
        app::MainWindow window(api, events, {1, QStringLiteral("admin"), true});
        window.resize(1100, 560);
        window.show();
        window.go(app::Location::of(app::Location::Area::Projects));
        QTRY_COMPARE(window.projectsView()->model()->rowCount(), 4);
        window.projectsView()->table()->selectRow(1);
        const QImage main = window.grab().toImage();
        checkNotBlank(main);
        QVERIFY(main.save(outputDir() + QStringLiteral("/main-window-%1.png").arg(language)));

        shared::ProjectsApi projectsApi(api);
        app::ProjectDialog dialog(projectsApi, std::nullopt, &window);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Web Shop"));
        dialog.findChild<QLineEdit *>(QStringLiteral("slug"))->setText(QStringLiteral("web-shop"));
        dialog.findChild<QPushButton *>(QStringLiteral("submit"))->click();
        QTRY_VERIFY(!dialog.fieldError(QStringLiteral("slug")).isEmpty());
        const QImage editor = dialog.grab().toImage();
        checkNotBlank(editor);
        QVERIFY(editor.save(outputDir() + QStringLiteral("/project-dialog-%1.png").arg(language)));
        if (language == u"zh_CN") {
            QCOMPARE(window.navigation()->item(1)->text(), QStringLiteral("项目"));
            QCOMPARE(dialog.fieldError(QStringLiteral("slug")), QStringLiteral("已被占用。"));
        }
        shootPipelines(http, api, events, language);
        shootEnvironments(http, api, language);
        shootCosts(http, api, language);
    }

    // The Costs area: a month of a bill over the projects, a budget in its editor, the ways to
    // spend less, and a cluster's allocation as the server's calculator makes it.
    void shootCosts(HttpTestClient &http, shared::ApiClient &api, const QString &language)
    {
        QByteArray bill = "BilledCost,EffectiveCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,"
                          "ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ProviderName,ServiceName,Tags\n";
        const QDate today = QDateTime::currentDateTimeUtc().date();
        for (QDate day = today.addDays(-28); day < today; day = day.addDays(1)) {
            const QByteArray month = QDate(day.year(), day.month(), 1).toString(Qt::ISODate).toLatin1();
            const QByteArray next = QDate(day.year(), day.month(), 1).addMonths(1).toString(Qt::ISODate).toLatin1();
            const QByteArray weekday = QByteArray::number(day.dayOfWeek() < 6 ? 12 : 4);
            for (const auto &[app, service, cost] :
                 {std::tuple{"web-shop", "Compute", weekday}, std::tuple{"web-shop", "Storage", QByteArray("3")},
                  std::tuple{"payments-api", "Compute", QByteArray("9")},
                  std::tuple{"mobile", "CDN", QByteArray("2")}}) {
                bill += cost + "," + cost + ",USD," + month + "," + next + "," + day.toString(Qt::ISODate).toLatin1() +
                        "," + day.addDays(1).toString(Qt::ISODate).toLatin1() + ",Usage,AWS," + service +
                        ",\"{\"\"app\"\":\"\"" + app + "\"\"}\"\n";
            }
        }
        http.request("POST", QStringLiteral("/api/v1/organisations/default/costs/imports"), bill,
                     {{"Content-Type", "text/csv"}});
        for (const char *slug : {"web-shop", "payments-api", "mobile"})
            http.post("/api/v1/organisations/default/costs/rules",
                      {{"match", "tag:app"}, {"pattern", slug}, {"project", slug}});
        http.post("/api/v1/organisations/default/costs/budgets", {{"name", "Web Shop monthly"},
                                                                  {"scope", "project"},
                                                                  {"target", "web-shop"},
                                                                  {"amount", "400"},
                                                                  {"currency", "USD"},
                                                                  {"on_forecast", true}});

        app::CostsView view(api, nullptr);
        view.resize(1200, 760);
        view.setPeriod(today.addDays(-28), today);
        QSignalSpy loaded(&view, &app::CostsView::loaded);
        view.show();
        QVERIFY(loaded.wait(15000));
        const QImage spending = view.grab().toImage();
        checkNotBlank(spending);
        QVERIFY(spending.save(outputDir() + QStringLiteral("/costs-%1.png").arg(language)));

        auto *tabs = view.findChild<QTabWidget *>();
        tabs->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(!view.budgetText().isEmpty() && view.budgets()->count() == 1, 10000);
        app::BudgetDialog *dialog = view.openBudgetEditor(true);
        const QImage budget = view.grab().toImage();
        checkNotBlank(budget);
        QVERIFY(budget.save(outputDir() + QStringLiteral("/budgets-%1.png").arg(language)));
        const QImage editor = dialog->grab().toImage();
        checkNotBlank(editor);
        QVERIFY(editor.save(outputDir() + QStringLiteral("/budget-editor-%1.png").arg(language)));
        dialog->reject();

        tabs->setCurrentIndex(2);
        QTRY_VERIFY_WITH_TIMEOUT(
            !view.savings()->summaryText().isEmpty() && !view.savings()->summaryText().endsWith(u'…'), 15000);
        const QImage savings = view.grab().toImage();
        checkNotBlank(savings);
        QVERIFY(savings.save(outputDir() + QStringLiteral("/savings-%1.png").arg(language)));

        // A day of a small cluster: the same calculator the server runs over its samples.
        const auto workload = [](const char *ns, const char *controller, qint64 cpuM, qint64 usedM, qint64 mib,
                                 qint64 usedMib) {
            shared::costs::WorkloadUsage usage;
            usage.cluster = QStringLiteral("web-shop/k3s");
            usage.namespaceName = QLatin1String(ns);
            usage.controllerKind = QStringLiteral("Deployment");
            usage.controller = QLatin1String(controller);
            usage.observedMs = 86'400'000;
            usage.cpuRequestMcoreMs = cpuM * 86'400'000;
            usage.cpuUsageMcoreMs = usedM * 86'400'000;
            usage.cpuAllocatedMcoreMs = std::max(cpuM, usedM) * 86'400'000;
            usage.memoryRequestMibMs = mib * 86'400'000;
            usage.memoryUsageMibMs = usedMib * 86'400'000;
            usage.memoryAllocatedMibMs = std::max(mib, usedMib) * 86'400'000;
            usage.cpuNanos = std::max(cpuM, usedM) * 24 * 40'000; // 0.04 a CPU-hour
            usage.memoryNanos = std::max(mib, usedMib) * 24 * 5'000'000 / 1024;
            return usage;
        };
        const QList<shared::costs::WorkloadUsage> workloads{workload("shop-prod", "web", 1000, 850, 1024, 512),
                                                            workload("shop-prod", "cart", 500, 120, 512, 300),
                                                            workload("payments", "api", 750, 700, 768, 700),
                                                            workload("monitoring", "prometheus", 500, 450, 2048, 1900)};
        const shared::costs::ClusterCapacity capacity{
            QStringLiteral("web-shop/k3s"), 86'400'000,           8000LL * 86'400'000,
            32768LL * 86'400'000,           8000LL * 24 * 40'000, 32768LL * 24 * 5'000'000 / 1024};
        shared::costs::AllocationSet set;
        set.currency = QStringLiteral("USD");
        set.query.from = today.addDays(-1);
        set.query.to = today;
        set.allocations = shared::costs::AllocationCalculator::allocate(workloads, {capacity}, set.query);
        for (const auto &allocation : std::as_const(set.allocations))
            set.totalNanos += allocation.totalNanos();
        tabs->setCurrentIndex(3);
        view.clusters()->display(set);
        const QImage clusters = view.grab().toImage();
        checkNotBlank(clusters);
        QVERIFY(clusters.save(outputDir() + QStringLiteral("/clusters-%1.png").arg(language)));
        if (language == u"zh_CN")
            QCOMPARE(tabs->tabText(3), QStringLiteral("集群"));
    }

    // Review apps in a folder, staging and production, and production's history with one deployment waiting.
    void shootEnvironments(HttpTestClient &http, shared::ApiClient &api, const QString &language)
    {
        GitRepository repository;
        QVERIFY(repository.init());
        const QByteArray definition =
            "stages: [review, staging, production]\n"
            "review:\n  stage: review\n  script: echo review\n"
            "  environment:\n    name: review/$CI_COMMIT_REF_SLUG\n    url: https://$CI_COMMIT_REF_SLUG.shop.example\n"
            "staging:\n  stage: staging\n  script: echo staging\n  environment: staging\n"
            "production:\n  stage: production\n  script: echo production\n"
            "  environment:\n    name: production\n    url: https://shop.example\n";
        QVERIFY(repository.commitFiles("main", {{".gitlab-ci.yml", definition}}, "First release"));
        QVERIFY(
            repository.commitFiles("main", {{".gitlab-ci.yml", definition}, {"cart.txt", "v2\n"}}, "Faster checkout"));
        QVERIFY(repository.git({"checkout", "-q", "-b", "new-cart", "main"}));
        const QJsonObject project =
            http.post("/api/v1/projects", {{"name", "Shop"}, {"slug", "shop"}, {"repository_url", repository.path()}})
                .json();
        for (const char *ref : {"main"})
            waitUntilFinished(
                http, http.post("/api/v1/projects/shop/pipelines", {{"ref", ref}}).json().value("id").toInteger());
        http.post("/api/v1/projects/shop/environment-rules",
                  {{"environment", "production"}, {"action", "approve"}, {"min_role", "maintainer"}});
        http.post("/api/v1/projects/shop/pipelines", {{"ref", "new-cart"}});
        QTRY_VERIFY_WITH_TIMEOUT(
            http.get("/api/v1/projects/shop/deployments?status=blocked").json().value("items").toArray().size() == 1,
            20000);
        shared::Project shown = *shared::Project::fromJson(project);
        shown.myRole = shared::ProjectRole::Maintainer;
        app::EnvironmentsView view(api, nullptr, shown);
        view.resize(1200, 760);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(view.environments()->topLevelItemCount() >= 3, 10000);
        view.selectEnvironment(QStringLiteral("production"));
        QTRY_COMPARE_WITH_TIMEOUT(view.history()->rowCount(), 2, 10000);
        QSignalSpy details(&view, &app::EnvironmentsView::detailsLoaded);
        view.history()->selectRow(0);
        QVERIFY(details.wait(10000));
        const QImage environments = view.grab().toImage();
        checkNotBlank(environments);
        QVERIFY(environments.save(outputDir() + QStringLiteral("/environments-%1.png").arg(language)));
        if (language == u"zh_CN")
            QCOMPARE(view.approveButton()->text(), QStringLiteral("批准"));

        // The maintainers' editors: protection and freezes, and the variables.
        http.post("/api/v1/projects/shop/freeze-windows",
                  {{"freeze_start", "0 23 * * 5"}, {"freeze_end", "0 7 * * 1"}, {"cron_timezone", "Europe/Berlin"}});
        http.put("/api/v1/projects/shop/environment-settings", {{"environment", "production"}, {"hard_freeze", true}});
        http.put("/api/v1/projects/shop/variables/DEPLOY_TOKEN", {{"value", "s3cret-deploy-token"},
                                                                  {"masked", true},
                                                                  {"protected", true},
                                                                  {"environment_scope", "production"}});
        http.put("/api/v1/projects/shop/variables/REGION", {{"value", "eu-west-1"}});
        app::ProtectionPanel protection(api, QStringLiteral("shop"));
        protection.resize(760, 900);
        protection.show();
        QSignalSpy protectionLoaded(&protection, &app::ProtectionPanel::loaded);
        QVERIFY(protectionLoaded.wait(10000));
        const QImage protectionShot = protection.grab().toImage();
        checkNotBlank(protectionShot);
        QVERIFY(protectionShot.save(outputDir() + QStringLiteral("/protection-%1.png").arg(language)));
        app::VariablesPanel variables(api, QStringLiteral("shop"));
        variables.resize(900, 360);
        variables.show();
        QSignalSpy variablesLoaded(&variables, &app::VariablesPanel::loaded);
        QVERIFY(variablesLoaded.wait(10000));
        const QImage variablesShot = variables.grab().toImage();
        checkNotBlank(variablesShot);
        QVERIFY(variablesShot.save(outputDir() + QStringLiteral("/variables-%1.png").arg(language)));
    }

    // A run with a needs graph and a followed job log, and the log viewer searching a coloured log.
    void shootPipelines(HttpTestClient &http, shared::ApiClient &api, shared::EventsClient &events,
                        const QString &language)
    {
        GitRepository repository;
        QVERIFY(repository.init());
        QVERIFY(repository.commitBranch(
            "main", "stages: [build, test, deploy]\n"
                    "compile:\n  stage: build\n  script:\n    - printf '\\033[32mcompiled\\033[0m 42 files\\n'\n"
                    "lint:\n  stage: build\n  script:\n    - echo lint found 3 warnings\n"
                    "unit:\n  stage: test\n  needs: [compile]\n  script:\n    - echo 'ok 1 - adds'\n    - echo 'not ok "
                    "2 - rounds'\n    - exit 1\n"
                    "deploy:\n  stage: deploy\n  needs: [unit, lint]\n  when: manual\n  script:\n    - echo deploy\n"));
        const QJsonObject project =
            http.post("/api/v1/projects",
                      {{"name", "Checkout"}, {"slug", "checkout"}, {"repository_url", repository.path()}})
                .json();
        const HttpResult created = http.post("/api/v1/projects/checkout/pipelines", {{"ref", "main"}});
        QVERIFY2(created.status == 201, created.body.constData());
        const qint64 pipelineId = created.json().value("id").toInteger();
        waitUntilFinished(http, pipelineId);
        shared::Project shown = *shared::Project::fromJson(project);
        shown.myRole = shared::ProjectRole::Maintainer;
        app::PipelinesView view(api, &events, shown);
        view.resize(1200, 820);
        view.show();
        QTRY_COMPARE(view.model()->rowCount(), 1);
        view.table()->selectRow(0);
        QTRY_COMPARE(view.jobList()->count(), 4);
        view.jobList()->setCurrentRow(2); // unit, which failed
        QTRY_VERIFY_WITH_TIMEOUT(view.logViewer()->document().lineCount() > 3, 10000);
        const QImage run = view.grab().toImage();
        checkNotBlank(run);
        QVERIFY(run.save(outputDir() + QStringLiteral("/run-view-%1.png").arg(language)));

        app::LogViewer viewer;
        viewer.resize(900, 420);
        viewer.document().append("\x1b[0Ksection_start:1700000000:prepare[collapsed=false]\r\x1b[0K\x1b[36;1mPreparing "
                                 "the environment\x1b[0m\n"
                                 "Using the shell executor\n\x1b[0Ksection_end:1700000002:prepare\r\x1b[0K\n"
                                 "$ make test\n\x1b[32m[ok]\x1b[0m parser\n\x1b[32m[ok]\x1b[0m scheduler\n"
                                 "\x1b[31;1merror:\x1b[0m rounding.c:12: expected 0.3, got 0.30000000000000004\n"
                                 "\x1b[33mwarning:\x1b[0m 2 tests skipped\nERROR: Job failed: exit code 1\n");
        viewer.show();
        viewer.setSearch(QStringLiteral("error"));
        QCOMPARE(viewer.matchCount(), 2);
        const QImage log = viewer.grab().toImage();
        checkNotBlank(log);
        QVERIFY(log.save(outputDir() + QStringLiteral("/log-viewer-%1.png").arg(language)));
        if (language == u"zh_CN")
            QCOMPARE(view.runButton()->text(), QStringLiteral("运行流水线…"));
    }

private Q_SLOTS:
    void english() { shoot(QStringLiteral("en")); }

    void simplifiedChinese()
    {
        QCOMPARE(i18n::installTranslations(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        shoot(QStringLiteral("zh_CN"));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
