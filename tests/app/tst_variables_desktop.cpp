#include "GitRepository.h"
#include "HttpTestClient.h"
#include "ServerProcess.h"
#include "SignedInServer.h"
#include "projects/ProjectsModel.h"
#include "projects/ProjectsView.h"
#include "repository/RepositoryPanel.h"
#include "schedules/ScheduleDialog.h"
#include "schedules/SchedulesPanel.h"
#include "shared/client/ApiClient.h"
#include "variables/VariableDialog.h"
#include "variables/VariablesPanel.h"
#include "widgets/ErrorBanner.h"
#include "workspace/ProjectWorkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QtTest>

using namespace adp;
using namespace adp::test;

// The desktop's Variables editor and repository settings against a real server: a masked, protected, scoped file
// variable added through the dialog (field errors under their fields, nothing sent while any is shown), a masked value
// never shown back, editing and deleting one scope of a key, and a developer refused; a repository token set (never
// shown back) and removed, and a webhook secret shown once with its URLs.
class TestVariablesDesktop : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpTestClient> m_http;
    std::unique_ptr<shared::ApiClient> m_api;

    QJsonArray variables() { return m_http->get("/api/v1/projects/shop/variables").json().value("items").toArray(); }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(startSignedIn(m_server, m_http, m_api, &error), qPrintable(error));
        QCOMPARE(m_http->post("/api/v1/projects", {{"name", "Shop"}, {"slug", "shop"}}).status, 201);
    }

    void cleanup()
    {
        m_api.reset();
        m_http.reset();
        m_server.reset();
    }

    void maintainersEditVariables()
    {
        QCOMPARE(m_http->put("/api/v1/projects/shop/variables/REGION", {{"value", "eu-west"}}).status, 200);
        app::VariablesPanel panel(*m_api, QStringLiteral("shop"));
        std::unique_ptr<app::VariableDialog> dialog;
        panel.setOpenEditor([&](QWidget *owner, std::optional<shared::ProjectVariable> existing) {
            dialog = std::make_unique<app::VariableDialog>(panel.api(), std::move(existing), owner);
            QObject::connect(dialog.get(), &app::VariableDialog::saved, &panel, &app::VariablesPanel::reload);
        });
        QStringList confirmations;
        panel.setConfirm([&](QWidget *, const QString &question) {
            confirmations.append(question);
            return true;
        });
        panel.show();
        QTRY_COMPARE_WITH_TIMEOUT(panel.table()->rowCount(), 1, 10000);
        QCOMPARE(panel.table()->item(0, 2)->text(), QStringLiteral("eu-west"));
        QVERIFY(!panel.editButton()->isEnabled());

        // Add: a bad key and a too-short masked value are said under their fields, nothing sent.
        panel.addButton()->click();
        QVERIFY(dialog);
        dialog->keyField()->setText(QStringLiteral("1BAD"));
        dialog->valueField()->setPlainText(QStringLiteral("abc"));
        dialog->maskedBox()->setChecked(true);
        dialog->submit();
        QVERIFY(!dialog->fieldError(QStringLiteral("key")).isEmpty());
        QVERIFY(!dialog->fieldError(QStringLiteral("value")).isEmpty());
        QCOMPARE(variables().size(), 1);
        // Then a masked, protected file variable for production only.
        dialog->keyField()->setText(QStringLiteral("DEPLOY_KEY"));
        dialog->valueField()->setPlainText(QStringLiteral("k3y-0f-the-deploy"));
        dialog->scopeField()->setText(QStringLiteral("production"));
        dialog->typeField()->setCurrentIndex(dialog->typeField()->findData(QStringLiteral("file")));
        dialog->protectedBox()->setChecked(true);
        QSignalSpy saved(dialog.get(), &app::VariableDialog::saved);
        dialog->submit();
        QVERIFY(saved.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(panel.table()->rowCount(), 2, 10000);
        const QJsonObject stored = variables().at(0).toObject();
        QCOMPARE(stored.value("key").toString(), QStringLiteral("DEPLOY_KEY"));
        QCOMPARE(stored.value("environment_scope").toString(), QStringLiteral("production"));
        QCOMPARE(stored.value("variable_type").toString(), QStringLiteral("file"));
        QVERIFY(stored.value("protected").toBool() && stored.value("masked").toBool());
        QCOMPARE(panel.table()->item(0, 2)->text(), app::VariablesPanel::tr("[masked]"));

        // Editing a masked one starts empty: its value is never shown back.
        panel.table()->selectRow(0);
        QVERIFY(panel.editButton()->isEnabled());
        panel.editButton()->click();
        QVERIFY(dialog->valueField()->toPlainText().isEmpty());
        QVERIFY(dialog->keyField()->isReadOnly());
        dialog->valueField()->setPlainText(QStringLiteral("a-newer-deploy-key"));
        QSignalSpy resaved(dialog.get(), &app::VariableDialog::saved);
        dialog->submit();
        QVERIFY(resaved.wait(10000));
        QCOMPARE(variables().size(), 2);

        // Deleting asks first and removes that scope only.
        QTRY_COMPARE_WITH_TIMEOUT(panel.table()->rowCount(), 2, 10000);
        panel.table()->selectRow(0);
        panel.deleteButton()->click();
        QCOMPARE(confirmations.size(), 1);
        QVERIFY(confirmations.first().contains(QStringLiteral("production")));
        QTRY_COMPARE_WITH_TIMEOUT(panel.table()->rowCount(), 1, 10000);
        QCOMPARE(variables().size(), 1);
    }

    void developersAreToldWhy()
    {
        QVERIFY(m_server->addUser(QStringLiteral("dev"), QStringLiteral("dev-password-1")));
        QCOMPARE(m_http->put("/api/v1/projects/shop/members/users/dev", {{"role", "developer"}}).status, 200);
        HttpTestClient dev(m_server->url());
        shared::ApiClient devApi;
        devApi.setBaseUrl(m_server->url());
        devApi.setToken(dev.login(QStringLiteral("dev"), QStringLiteral("dev-password-1")));
        app::VariablesPanel panel(devApi, QStringLiteral("shop"));
        panel.show();
        QTRY_VERIFY_WITH_TIMEOUT(panel.banner()->isVisible(), 10000);
        QVERIFY(panel.banner()->message().contains(QStringLiteral("variables")));
        QCOMPARE(panel.table()->rowCount(), 0);
    }

    void repositoryTokenAndWebhookSecret()
    {
        QCOMPARE(m_http
                     ->post("/api/v1/projects",
                            {{"name", "Gh"}, {"slug", "gh"}, {"repository_url", "https://github.com/acme/gh.git"}})
                     .status,
                 201);
        app::RepositoryPanel panel(*m_api, QStringLiteral("gh"));
        QSignalSpy loaded(&panel, &app::RepositoryPanel::loaded);
        QVERIFY(loaded.wait(10000));
        QVERIFY(panel.tokenStatus()->text().contains(QStringLiteral("No token")));
        QSignalSpy changed(&panel, &app::RepositoryPanel::changed);

        // A token with a space is refused under its field; a good one is kept, never shown again.
        panel.token()->setText(QStringLiteral("not a token"));
        panel.saveToken();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.fieldError(QStringLiteral("token")).isEmpty(), 10000);
        panel.token()->setText(QStringLiteral("ghp_desktop0123456789"));
        panel.saveToken();
        QVERIFY(changed.wait(10000));
        QVERIFY2(panel.tokenStatus()->text().contains(QStringLiteral("acme/gh")),
                 qPrintable(panel.tokenStatus()->text()));
        QVERIFY(panel.token()->text().isEmpty());
        const HttpResult status = m_http->get("/api/v1/projects/gh/repository-token");
        QVERIFY(status.json().value("set").toBool());
        QVERIFY(!status.body.contains("ghp_desktop"));
        panel.removeToken();
        QVERIFY(changed.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(panel.tokenStatus()->text().contains(QStringLiteral("No token")), 10000);

        // A webhook secret: too short is refused; an empty one asks for a random secret, shown once with the URLs.
        panel.webhookSecret()->setText(QStringLiteral("short"));
        panel.newWebhookSecret();
        QTRY_VERIFY_WITH_TIMEOUT(
            !panel.fieldError(QStringLiteral("secret")).isEmpty() || panel.banner()->isVisibleTo(&panel), 10000);
        panel.webhookSecret()->clear();
        panel.newWebhookSecret();
        QVERIFY(changed.wait(10000));
        QVERIFY(panel.webhookSetup()->toPlainText().contains(QStringLiteral("/projects/gh/webhooks/github")));
        QVERIFY(panel.webhookSetup()->toPlainText().contains(QStringLiteral("/projects/gh/webhooks/gitlab")));
    }

    void schedulesAreEdited()
    {
        GitRepository repository;
        QVERIFY(repository.init());
        QVERIFY(repository.commitBranch("main", "nightly:\n  script:\n    - echo nightly\n"));
        QCOMPARE(m_http
                     ->post("/api/v1/projects",
                            {{"name", "Nightly"}, {"slug", "nightly"}, {"repository_url", repository.path()}})
                     .status,
                 201);
        app::SchedulesPanel panel(*m_api, QStringLiteral("nightly"));
        std::unique_ptr<app::ScheduleDialog> dialog;
        panel.setOpenEditor([&](QWidget *owner, std::optional<shared::PipelineSchedule> existing) {
            dialog = std::make_unique<app::ScheduleDialog>(panel.api(), panel.project(), std::move(existing), owner);
            QObject::connect(dialog.get(), &app::ScheduleDialog::saved, &panel, &app::SchedulesPanel::reload);
        });
        panel.setConfirm([](QWidget *, const QString &) { return true; });
        QSignalSpy loaded(&panel, &app::SchedulesPanel::loaded);
        QVERIFY(loaded.wait(10000));

        // A wrong hour is said under the cron field; variables must be KEY=VALUE.
        panel.newButton()->click();
        dialog->descriptionField()->setText(QStringLiteral("Nightly build"));
        dialog->cronField()->setText(QStringLiteral("0 25 * * *"));
        dialog->refField()->setText(QStringLiteral("main"));
        dialog->variablesField()->setPlainText(QStringLiteral("NOEQUALS"));
        dialog->submit();
        QVERIFY(!dialog->fieldError(QStringLiteral("variables")).isEmpty());
        dialog->variablesField()->setPlainText(QStringLiteral("MODE=full"));
        dialog->submit();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->fieldError(QStringLiteral("cron")).contains(QStringLiteral("hour")), 10000);
        dialog->cronField()->setText(QStringLiteral("0 3 * * *"));
        dialog->timezoneField()->setText(QStringLiteral("Asia/Shanghai"));
        QSignalSpy saved(dialog.get(), &app::ScheduleDialog::saved);
        dialog->submit();
        QVERIFY(saved.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(panel.table()->rowCount(), 1, 10000);
        QVERIFY(panel.table()->item(0, 1)->text().contains(QStringLiteral("Asia/Shanghai")));

        // Run now makes a pipeline; editing makes it inactive; deleting removes it.
        panel.table()->selectRow(0);
        QSignalSpy ran(&panel, &app::SchedulesPanel::ran);
        panel.runButton()->click();
        QVERIFY(ran.wait(10000));
        QVERIFY(ran.first().first().toLongLong() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(panel.table()->rowCount(), 1, 10000);
        panel.table()->selectRow(0);
        panel.editButton()->click();
        QCOMPARE(dialog->variablesField()->toPlainText(), QStringLiteral("MODE=full"));
        dialog->activeBox()->setChecked(false);
        QSignalSpy edited(dialog.get(), &app::ScheduleDialog::saved);
        dialog->submit();
        QVERIFY(edited.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(panel.table()->item(0, 3)->text(), app::SchedulesPanel::tr("No"), 10000);
        panel.table()->selectRow(0);
        panel.deleteButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(panel.table()->rowCount(), 0, 10000);
        QVERIFY(m_http->get("/api/v1/projects/nightly/schedules").json().value("items").toArray().isEmpty());
    }

    void theWorkspaceSettingsOpenIt()
    {
        app::ProjectWorkspace workspace(*m_api, nullptr, nullptr, QStringLiteral("shop"));
        workspace.show();
        workspace.navigate(app::Location::settings(QStringLiteral("shop"), QStringLiteral("variables")));
        QTRY_VERIFY_WITH_TIMEOUT(workspace.isLoaded(), 10000);
        QCOMPARE(workspace.location().tab, QStringLiteral("variables"));
        auto *panel = qobject_cast<app::VariablesPanel *>(workspace.currentPage());
        QVERIFY(panel && panel->isVisible());
    }
};

QTEST_MAIN(TestVariablesDesktop)
#include "tst_variables_desktop.moc"
