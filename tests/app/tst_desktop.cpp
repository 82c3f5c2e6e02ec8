#include "HttpTestClient.h"
#include "ServerProcess.h"
#include "SignedInServer.h"
#include "audit/AuditExportTask.h"
#include "audit/AuditModel.h"
#include "audit/AuditScopePicker.h"
#include "audit/AuditStreamsDialog.h"
#include "audit/AuditView.h"
#include "audit/ComplianceDialog.h"
#include "audit/ComplianceSchedulesDialog.h"
#include "connection/ConnectionDialog.h"
#include "connection/LocalServerLauncher.h"
#include "connection/LoginDialog.h"
#include "home/HomeView.h"
#include "profile/ProfileView.h"
#include "projects/ProjectDialog.h"
#include "projects/ProjectsModel.h"
#include "projects/ProjectsView.h"
#include "shell/MainWindow.h"
#include "widgets/ErrorBanner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace adp;
using namespace adp::test;

// The desktop's widgets against a real server (offscreen): paging, sorting,
// searching, field errors from the server, live updates, deletion, and the
// bundled local server the "This computer" choice starts.
class TestDesktop : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpTestClient> m_http;
    std::unique_ptr<shared::ApiClient> m_api;

    void createProjects(int count, const QString &prefix)
    {
        for (int i = 0; i < count; ++i) {
            const QString slug = QStringLiteral("%1-%2").arg(prefix).arg(i, 3, 10, QChar(u'0'));
            QCOMPARE(m_http->post("/api/v1/projects", {{"name", slug}, {"slug", slug}}).status, 201);
        }
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(startSignedIn(m_server, m_http, m_api, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_api.reset();
        m_http.reset();
        m_server.reset();
    }

    void modelPagesFromServer()
    {
        createProjects(120, QStringLiteral("page"));
        app::ProjectsView view(*m_api, nullptr);
        app::ProjectsModel *model = view.model();
        QTRY_COMPARE(model->rowCount(), app::ProjectsModel::kPageSize);
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QTRY_COMPARE(model->rowCount(), 100);
        model->fetchMore({});
        QTRY_COMPARE(model->rowCount(), 120);
        QVERIFY(model->isComplete());
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(model->projectAt(0).slug, QStringLiteral("page-000"));
        QCOMPARE(model->headerData(app::ProjectsModel::Slug, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Slug"));
    }

    void headerSortsOnServerAndSearchFilters()
    {
        createProjects(30, QStringLiteral("alpha"));
        createProjects(5, QStringLiteral("beta"));
        app::ProjectsView view(*m_api, nullptr);
        view.show();
        app::ProjectsModel *model = view.model();
        QTRY_COMPARE(model->rowCount(), 35);
        view.table()->sortByColumn(app::ProjectsModel::Slug, Qt::DescendingOrder);
        QTRY_COMPARE(model->projectAt(0).slug, QStringLiteral("beta-004"));

        QTest::keyClicks(view.searchField(), QStringLiteral("BETA"));
        QTRY_COMPARE(model->rowCount(), 5);
        QCOMPARE(model->projectAt(4).slug, QStringLiteral("beta-000"));
        view.searchField()->clear();
        QTRY_COMPARE(model->rowCount(), 35);
    }

    void dialogShowsFieldErrorsNextToFields()
    {
        createProjects(1, QStringLiteral("taken"));
        shared::ProjectsApi projects(*m_api);
        app::ProjectDialog dialog(projects, std::nullopt);
        dialog.show();
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
        auto *slug = dialog.findChild<QLineEdit *>(QStringLiteral("slug"));
        auto *branch = dialog.findChild<QLineEdit *>(QStringLiteral("default_branch"));
        auto *submit = dialog.findChild<QPushButton *>(QStringLiteral("submit"));
        QVERIFY(name && slug && branch && submit);

        // The slug follows the name until the user edits it.
        QTest::keyClicks(name, QStringLiteral("Web Shop 2"));
        QCOMPARE(slug->text(), QStringLiteral("web-shop-2"));

        // Rules the client knows are checked before anything is sent.
        branch->setText(QStringLiteral("bad branch"));
        submit->click();
        QVERIFY(!dialog.fieldError(QStringLiteral("default_branch")).isEmpty());
        QVERIFY(dialog.fieldError(QStringLiteral("slug")).isEmpty());
        QVERIFY(dialog.isVisible());

        // The server's duplicate-slug answer lands under the slug field.
        branch->setText(QStringLiteral("main"));
        slug->setText(QStringLiteral("taken-000"));
        submit->click();
        QTRY_VERIFY(!dialog.fieldError(QStringLiteral("slug")).isEmpty());
        QCOMPARE(dialog.fieldError(QStringLiteral("slug")), QStringLiteral("This is already taken."));
        QVERIFY(dialog.fieldError(QStringLiteral("default_branch")).isEmpty());
        QVERIFY(dialog.isVisible());

        slug->setText(QStringLiteral("web-shop-2"));
        submit->click();
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.saved().slug, QStringLiteral("web-shop-2"));
        QCOMPARE(m_http->get("/api/v1/projects/web-shop-2").status, 200);
    }

    void editSendsOnlyChangedFields()
    {
        createProjects(1, QStringLiteral("edit"));
        const auto original = shared::Project::fromJson(m_http->get("/api/v1/projects/edit-000").json());
        QVERIFY(original);
        // Someone else changes the description meanwhile.
        QCOMPARE(m_http->patch("/api/v1/projects/edit-000", {{"description", "theirs"}}).status, 200);
        shared::ProjectsApi projects(*m_api);
        app::ProjectDialog dialog(projects, original);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Renamed"));
        dialog.findChild<QPushButton *>(QStringLiteral("submit"))->click();
        QTRY_VERIFY(!dialog.isVisible());
        const QJsonObject stored = m_http->get("/api/v1/projects/edit-000").json();
        QCOMPARE(stored.value("name").toString(), QStringLiteral("Renamed"));
        QCOMPARE(stored.value("description").toString(), QStringLiteral("theirs"));
    }

    void liveEventsUpdateTheTable()
    {
        shared::EventsClient events(*m_api);
        app::ProjectsView view(*m_api, &events);
        QSignalSpy connected(&events, &shared::EventsClient::connectedChanged);
        events.start({QStringLiteral("projects")});
        QVERIFY(connected.wait(5000));
        app::ProjectsModel *model = view.model();
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->rowCount(), 0);

        const qint64 id = m_http->post("/api/v1/projects", {{"name", "Live one"}, {"slug", "live-one"}})
                              .json()
                              .value("id")
                              .toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOfId(id) >= 0, 1000);
        QCOMPARE(m_http->patch("/api/v1/projects/live-one", {{"name", "Live renamed"}}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(model->projectAt(model->rowOfId(id)).name, QStringLiteral("Live renamed"), 1000);
        QCOMPARE(m_http->del("/api/v1/projects/live-one").status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 1000);
    }

    void deleteAsksFirst()
    {
        createProjects(2, QStringLiteral("del"));
        app::ProjectsView view(*m_api, nullptr);
        view.show();
        QTRY_COMPARE(view.model()->rowCount(), 2);
        QString asked;
        bool answer = false;
        view.setConfirm([&](QWidget *, const QString &question) {
            asked = question;
            return answer;
        });
        view.table()->selectRow(0);
        view.deleteSelected();
        QVERIFY(asked.contains(QStringLiteral("del-000")));
        QCOMPARE(m_http->get("/api/v1/projects/del-000").status, 200); // declined: nothing happened
        answer = true;
        view.deleteSelected();
        QTRY_COMPARE(view.model()->rowCount(), 1);
        QCOMPARE(m_http->get("/api/v1/projects/del-000").status, 404);
    }

    void errorsShowInTheBanner()
    {
        shared::ApiClient broken;
        broken.setBaseUrl(m_server->url());
        broken.setToken(QStringLiteral("not-a-session"));
        app::ProjectsView view(broken, nullptr);
        view.show();
        QTRY_VERIFY(!view.banner()->message().isEmpty());
        QVERIFY(view.banner()->message().contains(QStringLiteral("session")));
    }

    void loginDialogSignsInOrSaysWhy()
    {
        shared::ApiClient api;
        api.setBaseUrl(m_server->url());
        app::LoginDialog dialog(api, QStringLiteral("admin"));
        dialog.show();
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("loginError"));
        QVERIFY(password && error);
        password->setText(QStringLiteral("wrong password"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE(error->text(), QStringLiteral("Wrong username or password"));
        QVERIFY(dialog.isVisible());
        password->setText(m_server->adminPassword());
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.loginResult().token.isEmpty());
    }

    void connectionDialogChecksTheUrl()
    {
        app::ConnectionDialog dialog(QUrl(QStringLiteral("http://old.example")));
        dialog.show();
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("serverUrl"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("urlError"));
        QVERIFY(!dialog.useLocalServer()); // a remembered server is preselected
        url->setText(QStringLiteral("ftp://nope"));
        QTest::keyClick(url, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(!error->isHidden());
        url->setText(QStringLiteral("https://adp.example.com"));
        QTest::keyClick(url, Qt::Key_Return);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.serverUrl(), QUrl(QStringLiteral("https://adp.example.com")));
    }

    void mainWindowListsOnlyWorkingAreas()
    {
        shared::EventsClient events(*m_api);
        app::MainWindow window(*m_api, events, {1, QStringLiteral("alice"), true});
        QSignalSpy painted(&window, &app::MainWindow::firstPainted);
        window.show();
        QTRY_COMPARE(painted.size(), 1); // what the startup benchmark waits for
        QCOMPARE(window.navigation()->count(), 7);
        QCOMPARE(window.navigation()->item(0)->text(), QStringLiteral("Home"));
        QCOMPARE(window.navigation()->item(1)->text(), QStringLiteral("Projects"));
        QCOMPARE(window.navigation()->item(2)->text(), QStringLiteral("Organisations"));
        QCOMPARE(window.navigation()->item(3)->text(), QStringLiteral("Costs"));
        QCOMPARE(window.navigation()->item(4)->text(), QStringLiteral("Audit"));
        QCOMPARE(window.navigation()->item(5)->text(), QStringLiteral("Sign-in providers"));
        QCOMPARE(window.navigation()->item(6)->text(), QStringLiteral("Profile"));
        for (int row = 0; row < window.navigation()->count(); ++row)
            QVERIFY(!window.navigation()->item(row)->icon().isNull());
        QVERIFY(window.homeView()->isVisible());

        // Someone who is not an administrator gets no Audit area at all.
        app::MainWindow developerWindow(*m_api, events, {2, QStringLiteral("dev"), false});
        QCOMPARE(developerWindow.navigation()->count(), 5); // members read their organisations' costs
        QCOMPARE(developerWindow.navigation()->item(3)->text(), QStringLiteral("Costs"));
        QCOMPARE(developerWindow.navigation()->item(4)->text(), QStringLiteral("Profile"));
        QVERIFY(developerWindow.costsView());
        QVERIFY(!developerWindow.auditView());
        QVERIFY(!developerWindow.providersView());

        // An auditor gets the Audit area and nothing an administrator has besides.
        app::MainWindow auditorWindow(*m_api, events, {3, QStringLiteral("aud"), false, true});
        QCOMPARE(auditorWindow.navigation()->count(), 6);
        QCOMPARE(auditorWindow.navigation()->item(4)->text(), QStringLiteral("Audit"));
        QVERIFY(auditorWindow.auditView());
        QVERIFY(!auditorWindow.providersView());
    }

    void profileShowsSessionsAndManagesTokens()
    {
        HttpTestClient elsewhere(m_server->url());
        QVERIFY(!elsewhere.login(QStringLiteral("admin"), m_server->adminPassword()).isEmpty());
        app::ProfileView view(*m_api, {1, QStringLiteral("admin"), true});
        view.show();
        QSignalSpy reloaded(&view, &app::ProfileView::reloaded);
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(view.sessionsTable()->rowCount(), 2);
        int marked = 0;
        for (int row = 0; row < 2; ++row)
            marked += view.sessionsTable()->item(row, 4)->text().isEmpty() ? 0 : 1;
        QCOMPARE(marked, 1);

        // A new token's secret is handed over once, then only its name is listed.
        QString secret;
        view.setShowSecret([&](QWidget *, const shared::CreatedApiToken &created) { secret = created.secret; });
        shared::ApiTokenRequest request;
        request.name = QStringLiteral("desktop-made");
        view.createToken(request);
        QTRY_VERIFY(!secret.isEmpty());
        QTRY_COMPARE(view.tokensTable()->rowCount(), 1);
        QCOMPARE(view.tokensTable()->item(0, 0)->text(), QStringLiteral("desktop-made"));
        HttpTestClient script(m_server->url());
        script.setToken(secret);
        QCOMPARE(script.get("/api/v1/projects").status, 200);
        view.tokensTable()->selectRow(0);
        view.revokeSelectedToken();
        QTRY_COMPARE(view.tokensTable()->rowCount(), 0);
        QCOMPARE(script.get("/api/v1/projects").status, 401);

        // A bad request explains itself.
        request.name.clear();
        view.createToken(request);
        QTRY_VERIFY(!view.banner()->message().isEmpty());

        view.signOutEverywhereElse();
        QTRY_COMPARE(view.sessionsTable()->rowCount(), 1);
        QCOMPARE(elsewhere.get("/api/v1/projects").status, 401);
    }

    void auditViewFiltersFollowsAndVerifies()
    {
        createProjects(2, QStringLiteral("aud"));
        shared::EventsClient events(*m_api);
        app::AuditView view(*m_api, &events);
        view.show();
        QSignalSpy connected(&events, &shared::EventsClient::connectedChanged);
        events.start({QStringLiteral("audit")});
        QVERIFY(connected.wait(5000));
        app::AuditModel *model = view.model();
        // user.created, auth.login, 2 project.created; newest first.
        QTRY_COMPARE(model->rowCount(), 4);
        QCOMPARE(model->eventAt(0).action, QStringLiteral("project.created"));

        view.findChild<QLineEdit *>(QStringLiteral("auditAction"))->setText(QStringLiteral("project."));
        view.applyFilters();
        QTRY_COMPARE(model->rowCount(), 2);

        // A change made elsewhere appears at the top while the view is open.
        QCOMPARE(m_http->del("/api/v1/projects/aud-000").status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 1000);
        QCOMPARE(model->eventAt(0).action, QStringLiteral("project.deleted"));
        // ...and one that does not match the filter does not.
        HttpTestClient other(m_server->url());
        QVERIFY(!other.login(QStringLiteral("admin"), m_server->adminPassword()).isEmpty());
        QCOMPARE(other.request("POST", "/api/v1/auth/logout").status, 204);
        QTest::qWait(300);
        QCOMPARE(model->rowCount(), 3);

        // Refusals and failed attempts alone: none so far, then a failed sign-in.
        view.findChild<QLineEdit *>(QStringLiteral("auditAction"))->clear();
        auto *outcome = view.findChild<QComboBox *>(QStringLiteral("auditOutcome"));
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("failure")));
        QTRY_COMPARE(model->rowCount(), 0);
        QVERIFY(other.login(QStringLiteral("admin"), QStringLiteral("wrong password")).isEmpty());
        view.applyFilters();
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->eventAt(0).action, QStringLiteral("auth.login_failed"));
        outcome->setCurrentIndex(0);

        view.verifyChain();
        QTRY_VERIFY(view.verificationText().contains(QStringLiteral("intact")));
    }

    void auditViewNarrowsToAProjectAndExportsIt()
    {
        createProjects(2, QStringLiteral("scp"));
        shared::EventsClient events(*m_api);
        app::AuditView view(*m_api, &events);
        view.show();
        QSignalSpy connected(&events, &shared::EventsClient::connectedChanged);
        events.start({QStringLiteral("audit")});
        QVERIFY(connected.wait(5000));
        app::AuditModel *model = view.model();
        QComboBox *places = view.scopePicker()->places();
        QTRY_VERIFY(places->findText(QStringLiteral("Project: default/scp-001")) > 0);
        QVERIFY(places->findText(QStringLiteral("Organisation: Default")) > 0);
        QVERIFY(!view.scopePicker()->environments()->isEnabled());
        places->setCurrentIndex(places->findText(QStringLiteral("Project: default/scp-001")));
        QVERIFY(view.scopePicker()->environments()->isEnabled());
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->eventAt(0).action, QStringLiteral("project.created"));
        QCOMPARE(model->eventAt(0).targetId, QString::number(view.scopePicker()->scope().projectId));

        // Live: a change in the chosen project appears, one in the other project does not.
        QCOMPARE(m_http->patch("/api/v1/projects/scp-000", {{"description", "elsewhere"}}).status, 200);
        QCOMPARE(m_http->patch("/api/v1/projects/scp-001", {{"description", "here"}}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 2000);
        QCOMPARE(model->eventAt(0).action, QStringLiteral("project.updated"));
        QTest::qWait(200);
        QCOMPARE(model->rowCount(), 2);

        // The export holds what the view shows.
        QTemporaryDir dir;
        QSignalSpy finished(view.exportTask(), &app::AuditExportTask::finished);
        view.exportTo(dir.filePath(QStringLiteral("project.csv")));
        QVERIFY(finished.wait(20000));
        const auto check = finished.first().at(1).value<shared::audit::ExportCheck>();
        QVERIFY(check.intact());
        QCOMPARE(check.events, 2);
        QCOMPARE(check.proof.value("filters").toObject().value("project_id").toString(),
                 QString::number(view.scopePicker()->scope().projectId));

        places->setCurrentIndex(0);
        QVERIFY(!view.scopePicker()->environments()->isEnabled());
        QTRY_VERIFY(model->rowCount() > 2);
    }

    void auditViewExportsWhatItFiltersAndChecksTheFile()
    {
        createProjects(3, QStringLiteral("exp"));
        app::AuditView view(*m_api, nullptr);
        view.show();
        view.findChild<QLineEdit *>(QStringLiteral("auditAction"))->setText(QStringLiteral("project."));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("trail.jsonl"));
        QSignalSpy finished(view.exportTask(), &app::AuditExportTask::finished);
        view.exportTo(path);
        QVERIFY(finished.wait(20000));
        const auto check = finished.first().at(1).value<shared::audit::ExportCheck>();
        QVERIFY(check.intact());
        QCOMPARE(check.events, 3); // the three project.created, nothing else
        QCOMPARE(check.format, QStringLiteral("jsonl"));
        QVERIFY(view.verificationText().contains(QStringLiteral("complete")));
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

        // A PDF report of the same events, by the file's name.
        const QString reportPath = dir.filePath(QStringLiteral("report.pdf"));
        finished.clear();
        view.exportTo(reportPath);
        QVERIFY(finished.wait(60000));
        const auto report = finished.first().at(1).value<shared::audit::ExportCheck>();
        QVERIFY(report.intact());
        QCOMPARE(report.format, QStringLiteral("pdf"));
        QCOMPARE(report.events, 3);
        QFile pdf(reportPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));

        // Canceled at once: nothing is kept, and the view says why.
        const QString canceledPath = dir.filePath(QStringLiteral("canceled.csv"));
        QSignalSpy failed(view.exportTask(), &app::AuditExportTask::failed);
        view.exportTo(canceledPath);
        view.cancelExport();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("canceled")));
        QVERIFY(!QFile::exists(canceledPath));
        QVERIFY(!QFile::exists(canceledPath + QStringLiteral(".part")));
    }

    void complianceFindingsOpenTheirEvents()
    {
        HttpTestClient stranger(m_server->url());
        QVERIFY(stranger.login(QStringLiteral("mallory"), QStringLiteral("guess")).isEmpty());
        QTest::qWait(1100); // the dialog's period ends at the second it opens
        app::ComplianceDialog dialog(*m_api);
        dialog.show();
        dialog.signInThreshold()->setValue(1);
        QSignalSpy shown(&dialog, &app::ComplianceDialog::reportShown);
        dialog.runChecks();
        QVERIFY(shown.wait(20000));
        QCOMPARE(dialog.tree()->topLevelItemCount(), 8);
        QVERIFY2(dialog.headline()->text().contains(QStringLiteral("failed")), qPrintable(dialog.headline()->text()));
        QTreeWidgetItem *spikes = nullptr;
        for (int i = 0; i < dialog.tree()->topLevelItemCount(); ++i) {
            if (dialog.tree()->topLevelItem(i)->text(0) == u"Failed sign-in spikes")
                spikes = dialog.tree()->topLevelItem(i);
        }
        QVERIFY(spikes && spikes->childCount() == 1);
        QVERIFY2(spikes->child(0)->text(0).contains(QStringLiteral("mallory")), qPrintable(spikes->child(0)->text(0)));
        dialog.openFinding(spikes->child(0));
        QVERIFY(dialog.chosenEvents());
        QCOMPARE(dialog.chosenEvents()->action, QStringLiteral("auth.login_failed"));

        app::AuditView view(*m_api, nullptr);
        QSignalSpy loaded(view.model(), &QAbstractItemModel::modelReset);
        view.showEvents(*dialog.chosenEvents());
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() >= 1, 10000);
        for (int row = 0; row < view.model()->rowCount(); ++row)
            QVERIFY(view.model()->index(row, 0).data().isValid());
    }

    void scheduledReportsAreAddedPausedAndDeleted()
    {
        QCOMPARE(m_http->post("/api/v1/projects", {{"name", "Desk"}, {"slug", "compliance-desk"}}).status, 201);
        const qint64 rule = m_http
                                ->post("/api/v1/projects/compliance-desk/notification-rules",
                                       {{"name", "Auditors"},
                                        {"channel", "webhook"},
                                        {"when", "failure"},
                                        {"url", "https://hooks.example.com/compliance"}})
                                .json()
                                .value("id")
                                .toInteger();
        QVERIFY(rule > 0);
        app::ComplianceSchedulesDialog dialog(*m_api);
        dialog.show();
        QSignalSpy reloaded(&dialog, &app::ComplianceSchedulesDialog::reloaded);
        QVERIFY(reloaded.wait(10000));
        const int before = dialog.table()->rowCount();
        dialog.setAskFields([rule](QWidget *) {
            shared::ComplianceScheduleFields fields;
            fields.name = QStringLiteral("desk weekly");
            fields.frequency = QStringLiteral("weekly");
            fields.ruleId = rule;
            return std::optional(fields);
        });
        dialog.setConfirm([](QWidget *, const QString &) { return true; });
        reloaded.clear();
        dialog.addSchedule();
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(dialog.table()->rowCount(), before + 1);
        const int row = dialog.table()->rowCount() - 1;
        QCOMPARE(dialog.table()->item(row, 0)->text(), QStringLiteral("desk weekly"));
        QCOMPARE(dialog.table()->item(row, 2)->text(), QStringLiteral("compliance-desk / Auditors (webhook)"));

        // A rule that does not exist is refused with the field's reason, and nothing is added.
        dialog.setAskFields([](QWidget *) {
            shared::ComplianceScheduleFields fields;
            fields.name = QStringLiteral("nowhere");
            fields.frequency = QStringLiteral("monthly");
            fields.ruleId = 999999;
            return std::optional(fields);
        });
        reloaded.clear();
        dialog.addSchedule();
        QVERIFY(reloaded.wait(10000));
        QVERIFY(dialog.banner()->isVisible());
        QCOMPARE(dialog.table()->rowCount(), before + 1);

        dialog.table()->selectRow(row);
        reloaded.clear();
        dialog.toggleSelected();
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(dialog.table()->item(row, 3)->text(), QStringLiteral("paused"));
        reloaded.clear();
        dialog.deleteSelected();
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(dialog.table()->rowCount(), before);
    }

    void auditStreamsAreAddedPausedAndDeleted()
    {
        app::AuditStreamsDialog dialog(*m_api);
        dialog.show();
        QSignalSpy reloaded(&dialog, &app::AuditStreamsDialog::reloaded);
        QVERIFY(reloaded.wait(10000));
        const int before = dialog.table()->rowCount();
        shared::AuditStream created;
        dialog.setAskFields([](QWidget *) {
            shared::AuditStreamFields fields;
            fields.name = QStringLiteral("desk-siem");
            fields.url = QStringLiteral("https://siem.example.com/adp");
            fields.outcome = QStringLiteral("failure");
            return std::optional(fields);
        });
        dialog.setShowToken([&created](QWidget *, const shared::AuditStream &stream) { created = stream; });
        dialog.setConfirm([](QWidget *, const QString &) { return true; });
        reloaded.clear();
        dialog.addStream();
        QVERIFY(reloaded.wait(10000));
        QVERIFY(created.verificationToken.size() >= 32); // shown once, to whoever added it
        QCOMPARE(dialog.table()->rowCount(), before + 1);
        const int row = dialog.table()->rowCount() - 1;
        QCOMPARE(dialog.table()->item(row, 0)->text(), QStringLiteral("desk-siem"));
        QCOMPARE(dialog.table()->item(row, 1)->text(), QStringLiteral("https://siem.example.com"));
        QCOMPARE(dialog.table()->item(row, 2)->text(), QStringLiteral("refused or failed"));

        // A receiver the server may not send to is refused with the reason, and nothing is added.
        dialog.setAskFields([](QWidget *) {
            shared::AuditStreamFields fields;
            fields.name = QStringLiteral("inside");
            fields.url = QStringLiteral("http://10.0.0.5/");
            return std::optional(fields);
        });
        dialog.addStream();
        QTRY_VERIFY(!dialog.banner()->message().isEmpty());
        QVERIFY2(dialog.banner()->message().contains(QStringLiteral("private network")),
                 qPrintable(dialog.banner()->message()));

        dialog.table()->selectRow(row);
        reloaded.clear();
        dialog.toggleSelected();
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(dialog.table()->item(row, 3)->text(), QStringLiteral("paused"));
        dialog.table()->selectRow(row);
        reloaded.clear();
        dialog.deleteSelected();
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(dialog.table()->rowCount(), before);
    }

    void thisComputerStartsTheBundledServerAndSeesCliChanges()
    {
        QTemporaryDir dataDir;
        qputenv("ADP_SERVER_BINARY", ServerProcess::binary(QStringLiteral("adp-server")).toUtf8());
        app::LocalServerLauncher launcher;
        QSignalSpy ready(&launcher, &app::LocalServerLauncher::ready);
        QSignalSpy password(&launcher, &app::LocalServerLauncher::adminPasswordCreated);
        QSignalSpy failed(&launcher, &app::LocalServerLauncher::failed);
        launcher.start(dataDir.path());
        QVERIFY2(ready.wait(20000), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        QCOMPARE(password.size(), 1); // first start of this data dir
        const QUrl url = ready.first().at(0).toUrl();
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));

        // The owner token signs the desktop in as the local admin.
        shared::ApiClient api;
        api.setBaseUrl(url);
        api.setToken(launcher.ownerToken());
        shared::EventsClient events(api);
        app::ProjectsView view(api, &events);
        QSignalSpy connected(&events, &shared::EventsClient::connectedChanged);
        events.start({QStringLiteral("projects")});
        QVERIFY(connected.wait(5000));
        QTRY_COMPARE(view.model()->rowCount(), 1); // the demo project
        QCOMPARE(view.model()->projectAt(0).slug, QStringLiteral("demo"));

        // A project created from the CLI shows up within a second.
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ADP_SERVER"), url.toString());
        environment.insert(QStringLiteral("ADP_TOKEN"), launcher.ownerToken());
        cli.setProcessEnvironment(environment);
        cli.start(ServerProcess::binary(QStringLiteral("adp")),
                  {"projects", "create", "--name", "From CLI", "--slug", "from-cli"});
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 0);
        QElapsedTimer sinceCli;
        sinceCli.start();
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 2, 1000);
        qInfo("CLI-created project visible %lld ms after the CLI exited", sinceCli.elapsed());

        launcher.stop();
        QVERIFY(!launcher.isRunning());
        QTcpSocket probe;
        probe.connectToHost(url.host(), quint16(url.port()));
        QVERIFY(!probe.waitForConnected(1000));
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
