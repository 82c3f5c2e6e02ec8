#include "FakeHttpServer.h"
#include "GitRepository.h"
#include "PipelineCalls.h"
#include "ServerProcess.h"
#include "notifications/NotificationRuleDialog.h"
#include "notifications/NotificationRulesPanel.h"
#include "shared/client/ApiClient.h"
#include "widgets/ErrorBanner.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace adp;
using namespace adp::test;

// A project's notification rules in the desktop, offscreen against a real
// in-process server (SQLite) and a local receiver: the editor checks fields
// before sending and shows the server's refusals under the field they name,
// secrets are never shown back and are kept when an edit leaves them empty,
// the delivery log shows what a real pipeline sent, and anyone but a
// maintainer is told why they may not.
class TestNotificationViews : public QObject
{
    Q_OBJECT

private:
    static constexpr auto kToken = "TOKEN-in-the-url-0123456789";
    GitRepository m_repository;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpTestClient> m_admin;
    std::unique_ptr<FakeHttpServer> m_receiver;
    std::unique_ptr<shared::ApiClient> m_api;
    std::unique_ptr<shared::NotificationRulesApi> m_rules;

    std::unique_ptr<shared::ApiClient> clientFor(const QString &user, const QString &password)
    {
        HttpTestClient http(m_server->url());
        auto api = std::make_unique<shared::ApiClient>();
        api->setBaseUrl(m_server->url());
        api->setToken(http.login(user, password));
        return api;
    }

    QString hookUrl() const { return m_receiver->url().toString() + QStringLiteral("/hook/") + QLatin1String(kToken); }

    static QStringList row(const QTableWidget *table, int row)
    {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells.append(table->item(row, column) ? table->item(row, column)->text() : QString());
        return cells;
    }

    static void set(QWidget *dialog, const char *field, const QString &text)
    {
        auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(field));
        QVERIFY2(edit, field);
        edit->setText(text);
    }

    static void choose(QWidget *dialog, const char *field, const QString &value)
    {
        auto *box = dialog->findChild<QComboBox *>(QString::fromLatin1(field));
        QVERIFY2(box, field);
        box->setCurrentIndex(box->findData(value));
        QVERIFY(box->currentIndex() >= 0);
    }

    int storedRules()
    {
        return m_admin->get("/api/v1/projects/shop/notification-rules").json().value("items").toArray().size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_repository.init());
        QVERIFY(m_repository.commitBranch("main", "check:\n  script:\n    - exit 1\n"));
        m_receiver = std::make_unique<FakeHttpServer>();
        QVERIFY(m_receiver->ok());
        m_server = std::make_unique<ServerProcess>(TestBackends::create(QStringLiteral("sqlite")));
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("ADP_NOTIFICATION_TARGETS"),
                           QStringLiteral("any")); // the receiver is on loopback
        QVERIFY2(m_server->start({}, environment), qPrintable(m_server->output()));
        m_admin = std::make_unique<HttpTestClient>(m_server->url());
        QVERIFY(!m_admin->login(QStringLiteral("admin"), m_server->adminPassword()).isEmpty());
        QCOMPARE(m_admin
                     ->post("/api/v1/projects",
                            {{"name", "Shop"}, {"slug", "shop"}, {"repository_url", m_repository.path()}})
                     .status,
                 201);
        QVERIFY(m_server->addUser(QStringLiteral("dave"), QStringLiteral("dave-password")));
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/dave", {{"role", "developer"}}).status, 200);
        m_api = clientFor(QStringLiteral("admin"), m_server->adminPassword());
        m_rules = std::make_unique<shared::NotificationRulesApi>(*m_api);
    }

    void cleanupTestCase()
    {
        m_rules.reset();
        m_api.reset();
        m_admin.reset();
        m_server.reset();
    }

    void theEditorRefusesBadRulesNamingTheField()
    {
        app::NotificationRuleDialog editor(*m_rules, QStringLiteral("shop"), std::nullopt);
        editor.show();
        // Nothing typed: the name and the URL are required, and nothing is sent.
        editor.submit();
        QVERIFY(!editor.fieldError(QStringLiteral("name")).isEmpty());
        QVERIFY(!editor.fieldError(QStringLiteral("url")).isEmpty());
        QCOMPARE(editor.result(), int(QDialog::Rejected));

        // Email shows the mail fields instead of the URL and checks the addresses.
        set(&editor, "name", QStringLiteral("Mail the team"));
        choose(&editor, "channel", QStringLiteral("email"));
        QVERIFY(!editor.findChild<QLineEdit *>(QStringLiteral("url"))->isVisible());
        QVERIFY(editor.findChild<QLineEdit *>(QStringLiteral("email.host"))->isVisible());
        set(&editor, "email.host", QStringLiteral("smtp.example.com"));
        set(&editor, "email.from", QStringLiteral("ci@example.com"));
        set(&editor, "email.to", QStringLiteral("dev@example.com, not-an-address"));
        editor.submit();
        QVERIFY(editor.fieldError(QStringLiteral("email.to")).contains(QStringLiteral("not-an-address")));
        QVERIFY(editor.fieldError(QStringLiteral("name")).isEmpty());

        // A URL the server refuses: its answer lands under the URL field.
        choose(&editor, "channel", QStringLiteral("slack"));
        QVERIFY(editor.findChild<QLineEdit *>(QStringLiteral("url"))->isVisible());
        QVERIFY(!editor.findChild<QLineEdit *>(QStringLiteral("secret"))->isVisible()); // Slack does not sign
        set(&editor, "url", QStringLiteral("ftp://hooks.example.com/x"));
        editor.submit();
        QTRY_VERIFY(!editor.fieldError(QStringLiteral("url")).isEmpty());
        QCOMPARE(editor.result(), int(QDialog::Rejected));
        QCOMPARE(storedRules(), 0);
    }

    void aMaintainerAddsEditsAndDeletesRulesAndSeesDeliveries()
    {
        app::NotificationRulesPanel dialog(*m_api, QStringLiteral("shop"));
        QSignalSpy reloaded(&dialog, &app::NotificationRulesPanel::reloaded);
        dialog.show();
        QTRY_VERIFY(dialog.mayManage());
        QTRY_COMPARE(reloaded.size(), 1);
        QCOMPARE(dialog.rulesTable()->rowCount(), 0);
        QVERIFY(dialog.addButton()->isEnabled());
        QVERIFY(!dialog.editButton()->isEnabled()); // nothing selected

        // Add through the real editor, answered by the test.
        shared::NotificationRule added;
        dialog.setOpenEditor([&](QWidget *owner, std::optional<shared::NotificationRule> existing) {
            app::NotificationRuleDialog editor(*m_rules, QStringLiteral("shop"), std::move(existing), owner);
            set(&editor, "name", QStringLiteral("Failures to the receiver"));
            choose(&editor, "channel", QStringLiteral("webhook"));
            choose(&editor, "when", QStringLiteral("failure"));
            set(&editor, "branches", QStringLiteral("main, release/*"));
            set(&editor, "url", hookUrl());
            set(&editor, "secret", QStringLiteral("signing-secret"));
            QSignalSpy accepted(&editor, &QDialog::accepted);
            editor.submit();
            if (!accepted.wait(10000))
                return false;
            added = editor.saved();
            return true;
        });
        reloaded.clear();
        dialog.addRule();
        QTRY_COMPARE(reloaded.size(), 1);
        QCOMPARE(dialog.rulesTable()->rowCount(), 1);
        const QStringList shown = row(dialog.rulesTable(), 0);
        QCOMPARE(shown.mid(0, 4),
                 (QStringList{"Failures to the receiver", "Webhook", "On failure", "main, release/*"}));
        QVERIFY(shown.at(4).startsWith(QStringLiteral("http://127.0.0.1")));
        QVERIFY2(!shown.join(u'|').contains(QLatin1String(kToken)), qPrintable(shown.join(u'|'))); // never shown back
        QVERIFY(added.hasSecret);

        // Editing without typing a URL or secret keeps both; only what changed is sent.
        {
            app::NotificationRuleDialog editor(*m_rules, QStringLiteral("shop"), added);
            QVERIFY(editor.findChild<QLineEdit *>(QStringLiteral("url"))->text().isEmpty());
            QVERIFY(editor.findChild<QLineEdit *>(QStringLiteral("url"))->placeholderText().contains(added.urlHint));
            QVERIFY(!editor.findChild<QComboBox *>(QStringLiteral("channel"))->isEnabled());
            choose(&editor, "when", QStringLiteral("always"));
            const QJsonObject sent = editor.fields().toJson();
            QCOMPARE(sent, (QJsonObject{{"when", "always"}}));
            QSignalSpy accepted(&editor, &QDialog::accepted);
            editor.submit();
            QVERIFY(accepted.wait(10000));
            QCOMPARE(editor.saved().when, QStringLiteral("always"));
            QVERIFY(editor.saved().hasSecret);
            QCOMPARE(editor.saved().urlHint, added.urlHint);
        }

        // A failing pipeline on main: the receiver gets it, and the delivery log says so.
        const qint64 pipeline =
            m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", "main"}}).json().value("id").toInteger();
        QVERIFY(pipeline > 0);
        QCOMPARE(waitUntilFinished(*m_admin, pipeline).value("status").toString(), QStringLiteral("failed"));
        QVERIFY(m_receiver->waitForRequests(1));
        QVERIFY(m_receiver->requests().first().target.endsWith(kToken));
        QVERIFY(m_receiver->requests().first().headers.contains("x-adp-signature-256"));

        QSignalSpy deliveries(&dialog, &app::NotificationRulesPanel::deliveriesReloaded);
        dialog.rulesTable()->selectRow(0);
        QVERIFY(dialog.editButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&]() {
                if (dialog.deliveriesTable()->rowCount() == 1 &&
                    dialog.deliveriesTable()->item(0, 2)->text() == QStringLiteral("Sent"))
                    return true;
                dialog.reloadDeliveries(); // the sender records it just after the receiver answers
                return false;
            }(),
            10000);
        QCOMPARE(row(dialog.deliveriesTable(), 0).mid(0, 4),
                 (QStringList{QStringLiteral("#%1").arg(pipeline), "Failed", "Sent", "1"}));

        // Delete asks first; "no" keeps it.
        QStringList questions;
        bool answer = false;
        dialog.setConfirm([&](QWidget *, const QString &question) {
            questions.append(question);
            return answer;
        });
        dialog.deleteSelected();
        QCOMPARE(questions.size(), 1);
        QVERIFY(questions.first().contains(QStringLiteral("Failures to the receiver")));
        QCOMPARE(storedRules(), 1);
        answer = true;
        reloaded.clear();
        dialog.deleteSelected();
        QTRY_COMPARE(reloaded.size(), 1);
        QCOMPARE(dialog.rulesTable()->rowCount(), 0);
        QCOMPARE(storedRules(), 0);
        QCOMPARE(dialog.deliveriesTable()->rowCount(), 0);
    }

    void othersAreToldWhy()
    {
        QCOMPARE(
            m_admin
                ->post("/api/v1/projects/shop/notification-rules",
                       {{"name", "Kept from developers"}, {"channel", "slack"}, {"when", "always"}, {"url", hookUrl()}})
                .status,
            201);
        auto daveApi = clientFor(QStringLiteral("dave"), QStringLiteral("dave-password"));
        app::NotificationRulesPanel dialog(*daveApi, QStringLiteral("shop"));
        QSignalSpy reloaded(&dialog, &app::NotificationRulesPanel::reloaded);
        dialog.show();
        QVERIFY(reloaded.wait());
        QVERIFY(!dialog.mayManage());
        QCOMPARE(dialog.rulesTable()->rowCount(), 0); // the rules hold tokens: not listed for developers
        QVERIFY(!dialog.addButton()->isEnabled());
        QVERIFY(dialog.addButton()->toolTip().contains(QStringLiteral("maintainers")));
        QVERIFY(!dialog.deleteButton()->isEnabled());
        QVERIFY(dialog.banner()->message().isEmpty()); // told, not shown an error
        bool mentioned = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            mentioned = mentioned || label->text().contains(QStringLiteral("only the project's maintainers"));
        QVERIFY(mentioned);
        // And the server agrees.
        HttpTestClient dave(m_server->url());
        dave.login(QStringLiteral("dave"), QStringLiteral("dave-password"));
        QCOMPARE(dave.get("/api/v1/projects/shop/notification-rules").status, 403);
    }
};

QTEST_MAIN(TestNotificationViews)
#include "tst_notification_views.moc"
