#include "GitRepository.h"
#include "HttpTestClient.h"
#include "PipelineCalls.h"
#include "ServerProcess.h"
#include "SignedInServer.h"
#include "environments/EnvironmentsView.h"
#include "home/HomeView.h"
#include "pipelines/PipelinesView.h"
#include "projects/ProjectsModel.h"
#include "projects/ProjectsView.h"
#include "shell/GuidedTour.h"
#include "shell/Locator.h"
#include "shell/MainWindow.h"
#include "shell/NavigationHistory.h"
#include "shell/Theme.h"
#include "widgets/EmptyState.h"
#include "widgets/Icons.h"
#include "workspace/ProjectOverview.h"
#include "workspace/ProjectSettings.h"
#include "workspace/ProjectWorkspace.h"
#include "workspace/RecentProjects.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace adp;
using namespace adp::test;
using app::Location;

// The desktop's shell against a real server (SQLite, offscreen): the home dashboard (what needs
// me, what runs now, recent activity), project workspaces with their pages, back/forward, adp://
// links, the Ctrl+K locator, themes, and that every interactive widget has a name a screen
// reader can say.
class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    GitRepository m_repository;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpTestClient> m_http;
    std::unique_ptr<shared::ApiClient> m_api;

    qint64 run(const QString &project, const QString &ref)
    {
        return m_http->post(QStringLiteral("/api/v1/projects/%1/pipelines").arg(project), {{"ref", ref}})
            .json()
            .value("id")
            .toInteger();
    }

    static QStringList column(const QTreeWidget *list, int column)
    {
        QStringList texts;
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            texts.append(list->topLevelItem(row)->text(column));
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings under a test folder
        QCoreApplication::setOrganizationName(QStringLiteral("adp-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_workspace"));
        QVERIFY(m_repository.init());
        QVERIFY(m_repository.commitBranch("main", "build:\n  script:\n    - echo built\n"));
        QVERIFY(m_repository.commitBranch("broken", "check:\n  script:\n    - exit 1\n"));
        QVERIFY(m_repository.commitBranch("slow", "wait:\n  script:\n    - sleep 60\n"));
        QString error;
        QVERIFY2(startSignedIn(m_server, m_http, m_api, &error), qPrintable(error));
        for (const char *slug : {"shop", "billing"})
            QCOMPARE(m_http
                         ->post("/api/v1/projects", {{"name", QString::fromLatin1(slug).toUpper()},
                                                     {"slug", slug},
                                                     {"repository_url", m_repository.path()}})
                         .status,
                     201);
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        m_api.reset();
        m_http.reset();
        m_server.reset();
    }

    void init() { QSettings().clear(); }

    void linksNameEveryPlaceAndRefuseTheRest()
    {
        QString host;
        const auto job =
            Location::fromLink(QUrl(QStringLiteral("adp://ci.example:8080/project/demo/pipelines/42/jobs/7")), &host);
        QVERIFY(job);
        QCOMPARE(host, QStringLiteral("ci.example:8080"));
        QCOMPARE(*job, Location::inProject(QStringLiteral("demo"), Location::Page::Pipelines, 42, 7));
        const QList<Location> places{
            Location::home(),
            Location::of(Location::Area::Projects),
            Location::of(Location::Area::Audit),
            Location::inProject(QStringLiteral("demo")),
            Location::inProject(QStringLiteral("demo"), Location::Page::Pipelines),
            Location::inProject(QStringLiteral("demo"), Location::Page::Pipelines, 42),
            Location::inProject(QStringLiteral("demo"), Location::Page::Pipelines, 42, 7),
            Location::inProject(QStringLiteral("demo"), Location::Page::Environments, 3),
            Location::settings(QStringLiteral("demo"), QStringLiteral("variables")),
        };
        for (const Location &place : places)
            QCOMPARE(Location::fromLink(place.toLink(QStringLiteral("server"))), place);
        for (const char *bad : {"https://server/project/demo", "adp:///project/demo", "adp://server/project/",
                                "adp://server/project/demo/pipelines/x", "adp://server/project/demo/pipelines/-1",
                                "adp://server/project/demo/pipelines/1/jobs", "adp://server/project/demo/settings/nope",
                                "adp://server/project/../etc", "adp://server/elsewhere", "adp://server/project/demo/x"})
            QVERIFY2(!Location::fromLink(QUrl(QString::fromLatin1(bad))), bad);

        // History as a browser keeps it: a new visit drops what was ahead.
        app::NavigationHistory history;
        history.visit(places.at(0));
        history.visit(places.at(1));
        history.visit(places.at(2));
        QCOMPARE(history.back(), places.at(1));
        QCOMPARE(history.back(), places.at(0));
        QVERIFY(!history.back());
        QCOMPARE(history.forward(), places.at(1));
        history.visit(places.at(3));
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.back(), places.at(1));
    }

    void dashboardShowsWhatNeedsMeWhatRunsAndWhatRan()
    {
        const qint64 failed = run(QStringLiteral("shop"), QStringLiteral("broken"));
        waitUntilFinished(*m_http, failed);
        const qint64 slow = run(QStringLiteral("billing"), QStringLiteral("slow"));
        const qint64 slowJob = m_http->get(QStringLiteral("/api/v1/pipelines/%1").arg(slow))
                                   .json()
                                   .value("jobs")
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value("id")
                                   .toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_http->get(QStringLiteral("/api/v1/pipelines/%1").arg(slow)).json().value("status").toString(),
            QStringLiteral("running"), 20000);

        app::HomeView home(*m_api, nullptr);
        home.resize(1200, 700);
        home.show();
        QSignalSpy loaded(&home, &app::HomeView::loaded);
        QVERIFY(loaded.wait(10000));
        // What needs me: the pipeline I started that failed, in its project.
        QCOMPARE(column(home.needsMe(), 0), QStringList{app::HomeView::tr("Pipeline #%1 failed").arg(failed)});
        QCOMPARE(column(home.needsMe(), 1), QStringList{QStringLiteral("shop")});
        // What runs now: the slow job, with a duration that ticks.
        QCOMPARE(column(home.runningNow(), 0), QStringList{QStringLiteral("wait")});
        QCOMPARE(column(home.runningNow(), 1), QStringList{QStringLiteral("billing")});
        QVERIFY(!home.runningState()->isEmpty());
        const QString before = home.runningNow()->topLevelItem(0)->text(5);
        QVERIFY(!before.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(home.runningNow()->topLevelItem(0)->text(5) != before, 3000);
        // Recent activity: both pipelines, newest first.
        QCOMPARE(column(home.recent(), 1), (QStringList{QStringLiteral("billing"), QStringLiteral("shop")}));

        // Each row opens where it belongs.
        QSignalSpy open(&home, &app::HomeView::openRequested);
        Q_EMIT home.runningNow()->itemActivated(home.runningNow()->topLevelItem(0), 0);
        Q_EMIT home.needsMe()->itemActivated(home.needsMe()->topLevelItem(0), 0);
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.at(0).first().value<Location>(),
                 Location::inProject(QStringLiteral("billing"), Location::Page::Pipelines, slow, slowJob));
        QCOMPARE(open.at(1).first().value<Location>(),
                 Location::inProject(QStringLiteral("shop"), Location::Page::Pipelines, failed));

        // Canceled, the job leaves "running now" once the dashboard reloads; nothing runs: it says so.
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/pipelines/%1/cancel").arg(slow), QJsonObject{}).status, 200);
        waitUntilFinished(*m_http, slow);
        home.reload();
        QTRY_VERIFY_WITH_TIMEOUT(home.runningState()->isEmpty(), 10000);
    }

    void workspacesOpenPagesAndRememberTheWayBack()
    {
        shared::EventsClient events(*m_api);
        app::MainWindow window(*m_api, events, {1, QStringLiteral("admin"), true});
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.homeView()->isVisible());

        window.go(Location::inProject(QStringLiteral("shop")));
        app::ProjectWorkspace *shop = window.workspace(QStringLiteral("shop"));
        QVERIFY(shop);
        QTRY_VERIFY_WITH_TIMEOUT(shop->isLoaded(), 10000);
        QVERIFY(shop->isVisible());
        QCOMPARE(window.openProjects(), QStringList{QStringLiteral("shop")});
        QCOMPARE(window.navigation()->currentItem()->text(), QStringLiteral("SHOP"));
        app::ProjectOverview *overview = shop->overview();
        QSignalSpy overviewLoaded(overview, &app::ProjectOverview::loaded);
        QVERIFY(overviewLoaded.wait(10000) || overview->branches()->rowCount() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(overview->branches()->rowCount() > 0, 10000);
        QCOMPARE(overview->branches()->item(0, 0)->text(), QStringLiteral("broken"));
        QVERIFY(overview->environmentsState()->isEmpty()); // no deploy job yet: says what makes one

        // The pages, by the person's clicks: each is recorded for Back.
        shop->pages()->setCurrentIndex(1);
        QVERIFY(shop->pipelines()->isVisible());
        window.go(Location::settings(QStringLiteral("shop"), QStringLiteral("members")));
        QCOMPARE(shop->settings()->currentTabName(), QStringLiteral("members"));
        QVERIFY(shop->currentPage()->isVisible());
        shop->settings()->setCurrentIndex(3); // Variables
        QCOMPARE(window.currentLocation(), Location::settings(QStringLiteral("shop"), QStringLiteral("variables")));
        QTRY_VERIFY_WITH_TIMEOUT(shop->currentPage()->findChild<app::EmptyState *>()->isEmpty(), 10000);

        // A second project: its own workspace; Back returns through the first one's pages.
        window.go(Location::inProject(QStringLiteral("billing"), Location::Page::Environments));
        app::ProjectWorkspace *billing = window.workspace(QStringLiteral("billing"));
        QTRY_VERIFY_WITH_TIMEOUT(billing->isLoaded() && billing->environments(), 10000);
        QVERIFY(billing->environments()->isVisible());
        // Nothing deployed yet: the page says what makes an environment instead of an empty list.
        QTRY_VERIFY_WITH_TIMEOUT(billing->environments()->findChild<app::EmptyState *>()->isEmpty(), 10000);
        QCOMPARE(window.openProjects(), (QStringList{QStringLiteral("shop"), QStringLiteral("billing")}));
        window.goBack();
        QCOMPARE(window.currentWorkspace(), shop);
        QCOMPARE(shop->settings()->currentTabName(), QStringLiteral("variables"));
        window.goBack();
        QCOMPARE(shop->settings()->currentTabName(), QStringLiteral("members"));
        window.goBack();
        QCOMPARE(shop->location().page, Location::Page::Pipelines);
        window.goForward();
        window.goForward();
        window.goForward();
        QCOMPARE(window.currentWorkspace(), billing);

        // Favourites and recent projects are kept for the locator.
        billing->favouriteButton()->click();
        QVERIFY(window.recentProjects().isFavourite(QStringLiteral("billing")));
        QCOMPARE(window.recentProjects().recent().first(), QStringLiteral("billing"));

        // Ctrl+W closes the shown project and shows the one used before it.
        window.closeCurrentProject();
        QCOMPARE(window.openProjects(), QStringList{QStringLiteral("shop")});
        QCOMPARE(window.currentWorkspace(), shop);

        // An unknown project says so in its workspace instead of failing quietly.
        window.go(Location::inProject(QStringLiteral("no-such-project")));
        app::ProjectWorkspace *missing = window.workspace(QStringLiteral("no-such-project"));
        QSignalSpy failed(missing, &app::ProjectWorkspace::loadFailed);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("not found"), Qt::CaseInsensitive));
    }

    void aPipelineLinkLandsOnItsJobsLog()
    {
        const qint64 pipeline = run(QStringLiteral("shop"), QStringLiteral("main"));
        waitUntilFinished(*m_http, pipeline);
        const qint64 job = m_http->get(QStringLiteral("/api/v1/pipelines/%1").arg(pipeline))
                               .json()
                               .value("jobs")
                               .toArray()
                               .first()
                               .toObject()
                               .value("id")
                               .toInteger();
        shared::EventsClient events(*m_api);
        app::MainWindow window(*m_api, events, {1, QStringLiteral("admin"), true});
        window.show();
        window.go(*Location::fromLink(
            QUrl(QStringLiteral("adp://localhost/project/shop/pipelines/%1/jobs/%2").arg(pipeline).arg(job))));
        app::ProjectWorkspace *shop = window.workspace(QStringLiteral("shop"));
        QTRY_VERIFY_WITH_TIMEOUT(shop->isLoaded() && shop->pipelines(), 10000);
        app::PipelinesView *view = shop->pipelines();
        QVERIFY(view->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(view->shownPipeline(), pipeline, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(view->jobList()->currentItem(), 10000);
        QCOMPARE(view->jobList()->currentItem()->data(Qt::UserRole).toLongLong(), job);
    }

    void theLocatorGoesToProjectsPipelinesAndActions()
    {
        const qint64 pipeline = run(QStringLiteral("billing"), QStringLiteral("main"));
        shared::EventsClient events(*m_api);
        app::MainWindow window(*m_api, events, {1, QStringLiteral("admin"), true});
        window.show();
        app::Locator *locator = window.locator();
        locator->popUp();
        QVERIFY(locator->isVisible());

        // A project by part of its name, from the server.
        QSignalSpy refreshed(locator, &app::Locator::refreshed);
        QTest::keyClicks(locator->input(), QStringLiteral("bill"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !locator->results()->findItems(QStringLiteral("billing"), Qt::MatchStartsWith).isEmpty(), 5000);
        QTest::keyClick(locator->input(), Qt::Key_Return);
        QVERIFY(!locator->isVisible());
        QCOMPARE(window.currentLocation(), Location::inProject(QStringLiteral("billing")));

        // A pipeline by its number, wherever it belongs.
        locator->popUp();
        QTest::keyClicks(locator->input(), QStringLiteral("#%1").arg(pipeline));
        QCOMPARE(locator->results()->item(0)->text(), app::Locator::tr("Open pipeline #%1").arg(pipeline));
        QTest::keyClick(locator->input(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!locator->isVisible(), 5000);
        QCOMPARE(window.currentLocation(),
                 Location::inProject(QStringLiteral("billing"), Location::Page::Pipelines, pipeline));

        // An unknown pipeline says so where it was offered.
        locator->popUp();
        QTest::keyClicks(locator->input(), QStringLiteral("987654"));
        QTest::keyClick(locator->input(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            locator->results()->item(0)->text().contains(QStringLiteral("not found"), Qt::CaseInsensitive), 5000);
        QVERIFY(locator->isVisible());

        // An action by its name: Home.
        locator->input()->clear();
        QTest::keyClicks(locator->input(), QStringLiteral("home"));
        QVERIFY(locator->results()->count() >= 1);
        QTest::keyClick(locator->input(), Qt::Key_Return);
        QCOMPARE(window.currentLocation(), Location::home());
        QVERIFY(window.homeView()->isVisible());
    }

    void aFirstRunTourPointsAtWhatRunsAndIsRememberedOnceSeen()
    {
        app::GuidedTour::forget();
        shared::EventsClient events(*m_api);
        app::MainWindow window(*m_api, events, {1, QStringLiteral("admin"), true});
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.startTourIfFirstRun());
        app::GuidedTour *tour = window.tour();
        QVERIFY(tour->isVisible());
        QCOMPARE(tour->currentTarget(), window.navigation());
        tour->next();
        QCOMPARE(tour->currentTarget(), window.homeView()->runningNow());
        tour->next();
        QVERIFY(qobject_cast<QToolButton *>(tour->currentTarget())); // the Go to… button
        QTest::keyClick(tour, Qt::Key_Escape);
        QVERIFY(!tour->isVisible());
        QVERIFY(app::GuidedTour::wasSeen());

        app::MainWindow again(*m_api, events, {1, QStringLiteral("admin"), true});
        again.show();
        QVERIFY(!again.startTourIfFirstRun());
        QVERIFY(!again.tour()->isVisible());
    }

    void themesRepaintTheIconsInTheirColours()
    {
        const QIcon icon = app::icons::named(QStringLiteral("home"));
        QVERIFY(!icon.isNull());
        const auto brightest = [](const QImage &image) {
            int best = -1;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (qAlpha(image.pixel(x, y)) > 200)
                        best = std::max(best, QColor(image.pixel(x, y)).lightness());
            return best;
        };
        app::Theme::apply(app::Theme::Mode::Dark);
        QVERIFY(app::Theme::isDark());
        const QImage dark = icon.pixmap(QSize(32, 32)).toImage();
        app::Theme::apply(app::Theme::Mode::Light);
        QVERIFY(!app::Theme::isDark());
        const QImage light = icon.pixmap(QSize(32, 32)).toImage();
        QVERIFY(brightest(dark) > 180); // light strokes on a dark window
        QVERIFY(brightest(light) < 80); // dark strokes on a light one
        // High-DPI: drawn at the device pixel ratio asked for, not scaled up.
        QCOMPARE(icon.pixmap(QSize(16, 16), 2.0).size(), QSize(32, 32));
        app::Theme::save(app::Theme::Mode::Dark);
        QCOMPARE(app::Theme::saved(), app::Theme::Mode::Dark);
        app::Theme::apply(app::Theme::Mode::System);
    }

    // What a screen reader says for each control: every interactive widget of every page has a name.
    void everyInteractiveWidgetHasAnAccessibleName()
    {
        shared::EventsClient events(*m_api);
        app::MainWindow window(*m_api, events, {1, QStringLiteral("admin"), true});
        window.resize(1366, 768);
        window.show();
        window.go(Location::inProject(QStringLiteral("shop")));
        app::ProjectWorkspace *shop = window.workspace(QStringLiteral("shop"));
        QTRY_VERIFY_WITH_TIMEOUT(shop->isLoaded(), 10000);
        QVERIFY(shop->pipelines() && shop->environments() && shop->overview());
        for (const QString &tab : Location::settingsTabs())
            QVERIFY(shop->settings()->panel(tab));
        QTest::qWait(500); // the pages' first answers

        QStringList unnamed;
        for (QWidget *widget : window.findChildren<QWidget *>()) {
            const bool interactive = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                                     qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractItemView *>(widget) ||
                                     qobject_cast<QAbstractSpinBox *>(widget);
            // A combo box's popup and a spin box's text field speak through their owner, checked itself.
            if (!interactive || widget->focusPolicy() == Qt::NoFocus || widget->inherits("QComboBoxListView") ||
                widget->parentWidget()->inherits("QComboBox") || widget->parentWidget()->inherits("QAbstractSpinBox"))
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(accessible);
            if (accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(QStringLiteral("%1 %2 in %3")
                                   .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                        QString::fromLatin1(widget->parentWidget()->metaObject()->className())));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
