#include "GitRepository.h"
#include "HttpTestClient.h"
#include "PipelineCalls.h"
#include "ServerProcess.h"
#include "SignedInServer.h"
#include "logs/LogViewer.h"
#include "pipelines/PipelinesModel.h"
#include "pipelines/PipelinesView.h"
#include "shell/MainWindow.h"
#include "shell/Theme.h"
#include "translations/Translations.h"
#include "workspace/ProjectSettings.h"
#include "workspace/ProjectWorkspace.h"

#include <QAbstractButton>
#include <QDir>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace adp;
using namespace adp::test;
using app::Location;

// Every page of the main window, in English and Simplified Chinese, light and dark, at 1366×768
// (and, run again with QT_SCALE_FACTOR=2, at 200%), against a real server with real data in a real
// X server: no label or button may be cut (its text must fit the room it was given), and each page
// is written to <build>/screenshots/page-NAME-LANGUAGE-THEME[-200].png for people to look at.
class TestPages : public QObject
{
    Q_OBJECT

private:
    GitRepository m_repository;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpTestClient> m_http;
    std::unique_ptr<shared::ApiClient> m_api;
    qint64 m_pipeline = 0;
    qint64 m_slow = 0;

    static QString outputDir()
    {
        const QString dir = qEnvironmentVariable("ADP_BIN_DIR") + QStringLiteral("/../screenshots");
        QDir().mkpath(dir);
        return QDir(dir).absolutePath();
    }

    static bool atDoubleScale() { return qEnvironmentVariable("QT_SCALE_FACTOR") == u"2"; }

    // Text that does not fit the widget showing it: a label narrower (or, wrapped, shorter) than its
    // text, a button narrower than its caption, a group box narrower than its title.
    static QStringList clippedIn(const QWidget *root)
    {
        QStringList clipped;
        const auto describe = [](const QWidget *widget, const QString &text, QSize needed) {
            return QStringLiteral("%1 \"%2\" needs %3x%4, has %5x%6")
                .arg(QString::fromLatin1(widget->metaObject()->className()), text.left(60))
                .arg(needed.width())
                .arg(needed.height())
                .arg(widget->width())
                .arg(widget->height());
        };
        for (const QWidget *widget : root->findChildren<QWidget *>()) {
            if (!widget->isVisible() || widget->inherits("QTipLabel"))
                continue;
            if (const auto *label = qobject_cast<const QLabel *>(widget)) {
                if (label->text().isEmpty())
                    continue;
                const QSize needed =
                    label->wordWrap() ? QSize(label->minimumSizeHint().width(), label->heightForWidth(label->width()))
                                      : label->sizeHint();
                if (needed.width() > label->width() + 1 || needed.height() > label->height() + 1)
                    clipped.append(describe(label, label->text(), needed));
            } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
                if (button->text().isEmpty() || widget->inherits("QToolButton"))
                    continue;
                if (button->sizeHint().width() > button->width() + 1)
                    clipped.append(describe(button, button->text(), button->sizeHint()));
            } else if (const auto *box = qobject_cast<const QGroupBox *>(widget)) {
                const int title = box->fontMetrics().horizontalAdvance(box->title()) + 16;
                if (title > box->width())
                    clipped.append(describe(box, box->title(), QSize(title, 0)));
            }
        }
        return clipped;
    }

    struct Page
    {
        QString name;
        Location location;
    };

    static QList<Page> pages()
    {
        QList<Page> list{
            {QStringLiteral("home"), Location::home()},
            {QStringLiteral("projects"), Location::of(Location::Area::Projects)},
            {QStringLiteral("organisations"), Location::of(Location::Area::Organisations)},
            {QStringLiteral("costs"), Location::of(Location::Area::Costs)},
            {QStringLiteral("audit"), Location::of(Location::Area::Audit)},
            {QStringLiteral("providers"), Location::of(Location::Area::Providers)},
            {QStringLiteral("profile"), Location::of(Location::Area::Profile)},
            {QStringLiteral("overview"), Location::inProject(QStringLiteral("shop"))},
            {QStringLiteral("pipelines"), Location::inProject(QStringLiteral("shop"), Location::Page::Pipelines)},
            {QStringLiteral("environments"),
             Location::inProject(QStringLiteral("shop"), Location::Page::Environments)}};
        for (const QString &tab : Location::settingsTabs())
            list.append({QStringLiteral("settings-") + tab, Location::settings(QStringLiteral("shop"), tab)});
        return list;
    }

    void walk(const QString &language, app::Theme::Mode theme)
    {
        QCOMPARE(i18n::installTranslations(*qApp, language), language);
        app::Theme::apply(theme);
        shared::EventsClient events(*m_api);
        app::MainWindow window(*m_api, events, {1, QStringLiteral("admin"), true});
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString suffix = QStringLiteral("%1-%2%3").arg(language, app::Theme::name(theme),
                                                             atDoubleScale() ? QStringLiteral("-200") : QString());
        QStringList problems;
        for (const Page &page : pages()) {
            window.go(page.location);
            if (page.name == u"pipelines") {
                // A pipeline, a job's log and a search in it: the match counter must fit too.
                app::PipelinesView *view = window.currentWorkspace()->pipelines();
                view->selectPipeline(m_pipeline);
                QTRY_VERIFY_WITH_TIMEOUT(view->jobList()->count() > 0, 10000);
                view->jobList()->setCurrentRow(0);
                QTRY_VERIFY_WITH_TIMEOUT(view->logViewer()->document().lineCount() > 1, 10000);
                view->logViewer()->setSearch(QStringLiteral("compiled"));
            }
            QTest::qWait(350); // the page's answers from the server, and their layout
            for (const QString &problem : clippedIn(&window))
                problems.append(page.name + QStringLiteral(": ") + problem);
            const QImage shot = window.grab().toImage();
            QVERIFY(!shot.isNull());
            QVERIFY(shot.save(outputDir() + QStringLiteral("/page-%1-%2.png").arg(page.name, suffix)));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(suffix + u'\n' + problems.join(u'\n')));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("adp-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_pages"));
        QSettings().clear();
        QVERIFY(m_repository.init());
        QVERIFY(m_repository.commitBranch(
            "main", "stages: [build, test, deploy]\n"
                    "compile:\n  stage: build\n  script:\n    - echo compiled 42 files\n"
                    "unit:\n  stage: test\n  script:\n    - echo 12 tests passed\n"
                    "staging:\n  stage: deploy\n  script:\n    - echo deployed\n  environment: staging\n"
                    "production:\n  stage: deploy\n  when: manual\n  script:\n    - echo deployed\n"
                    "  environment:\n    name: production\n    url: https://shop.example\n"));
        QVERIFY(m_repository.commitBranch("broken", "check:\n  script:\n    - exit 1\n"));
        QVERIFY(m_repository.commitBranch("slow", "wait:\n  script:\n    - sleep 600\n"));
        QString error;
        QVERIFY2(startSignedIn(m_server, m_http, m_api, &error), qPrintable(error));
        QCOMPARE(m_http
                     ->post("/api/v1/projects", {{"name", "Shop"},
                                                 {"slug", "shop"},
                                                 {"description", "The web shop and its checkout."},
                                                 {"repository_url", m_repository.path()}})
                     .status,
                 201);
        QCOMPARE(m_http->post("/api/v1/projects", {{"name", "支付网关"}, {"slug", "pay-gateway"}}).status, 201);
        m_pipeline = m_http->post("/api/v1/projects/shop/pipelines", {{"ref", "main"}}).json().value("id").toInteger();
        waitUntilFinished(*m_http, m_pipeline);
        waitUntilFinished(
            *m_http,
            m_http->post("/api/v1/projects/shop/pipelines", {{"ref", "broken"}}).json().value("id").toInteger());
        m_slow = m_http->post("/api/v1/projects/shop/pipelines", {{"ref", "slow"}}).json().value("id").toInteger();
        QCOMPARE(
            m_http->put("/api/v1/projects/shop/variables/DEPLOY_TOKEN", {{"value", "s3cret-value"}, {"masked", true}})
                .status,
            200);
        QCOMPARE(m_http
                     ->post("/api/v1/projects/shop/schedules",
                            {{"description", "Nightly"}, {"ref", "main"}, {"cron", "0 3 * * *"}})
                     .status,
                 201);
        // A month of bills for the Costs page: the shop, the gateway, and what no rule places.
        QByteArray bill = "BilledCost,EffectiveCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,"
                          "ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ProviderName,ServiceName,Tags\n";
        const QDate today = QDateTime::currentDateTimeUtc().date();
        for (QDate day = today.addDays(-40); day < today; day = day.addDays(1)) {
            const QDate month(day.year(), day.month(), 1);
            const QByteArray period =
                month.toString(Qt::ISODate).toLatin1() + "," + month.addMonths(1).toString(Qt::ISODate).toLatin1() +
                "," + day.toString(Qt::ISODate).toLatin1() + "," + day.addDays(1).toString(Qt::ISODate).toLatin1();
            for (const auto &[cost, app] :
                 {std::pair{"31.5", "shop"}, std::pair{"12.25", "pay-gateway"}, std::pair{"4", "tools"}})
                bill += QByteArray(cost) + "," + cost + ",USD," + period + ",Usage,AWS,Compute,\"{\"\"app\"\":\"\"" +
                        app + "\"\"}\"\n";
        }
        QCOMPARE(m_http
                     ->request("POST", QStringLiteral("/api/v1/organisations/default/costs/imports"), bill,
                               {{"Content-Type", "text/csv"}})
                     .status,
                 201);
        for (const char *slug : {"shop", "pay-gateway"})
            QCOMPARE(m_http
                         ->post("/api/v1/organisations/default/costs/rules",
                                {{"match", "tag:app"}, {"pattern", slug}, {"project", slug}})
                         .status,
                     201);
    }

    void cleanupTestCase()
    {
        m_http->post(QStringLiteral("/api/v1/pipelines/%1/cancel").arg(m_slow), QJsonObject{});
        QSettings().clear();
        app::Theme::apply(app::Theme::Mode::System);
    }

    void englishLight() { walk(QStringLiteral("en"), app::Theme::Mode::Light); }
    void englishDark()
    {
        if (atDoubleScale())
            QSKIP("one theme is enough to check the layout at 200%");
        walk(QStringLiteral("en"), app::Theme::Mode::Dark);
    }
    void chineseLight() { walk(QStringLiteral("zh_CN"), app::Theme::Mode::Light); }
    void chineseDark()
    {
        if (atDoubleScale())
            QSKIP("one theme is enough to check the layout at 200%");
        walk(QStringLiteral("zh_CN"), app::Theme::Mode::Dark);
    }
};

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
