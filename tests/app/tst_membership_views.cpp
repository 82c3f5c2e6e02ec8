#include "HttpTestClient.h"
#include "ServerProcess.h"
#include "ai/AiProviderDialog.h"
#include "ai/AiProvidersTab.h"
#include "members/ProjectMembersPanel.h"
#include "organisations/InvitationsTab.h"
#include "organisations/OrganisationsView.h"
#include "providers/ProvidersView.h"
#include "tokens/ProjectTokensPanel.h"
#include "widgets/ErrorBanner.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace adp;
using namespace adp::test;

// The Organisations area and a project's members tab, offscreen against a
// real adp-server process: what an owner can do, what a plain member sees,
// and that the server's refusals and field errors reach the screen.
class TestMembershipViews : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;

    std::unique_ptr<shared::ApiClient> clientFor(const QString &user, const QString &password)
    {
        HttpTestClient http(m_server->url());
        auto api = std::make_unique<shared::ApiClient>();
        api->setBaseUrl(m_server->url());
        api->setToken(http.login(user, password));
        return api;
    }

    static QStringList column(const QTableWidget *table, int column = 0)
    {
        QStringList cells;
        for (int row = 0; row < table->rowCount(); ++row)
            cells.append(table->item(row, column)->text());
        return cells;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ServerProcess>(TestBackends::create(QStringLiteral("sqlite")));
        QVERIFY2(m_server->start(), qPrintable(m_server->output()));
        QVERIFY(m_server->addUser(QStringLiteral("bob"), QStringLiteral("bob-password")));
        QVERIFY(m_server->addUser(QStringLiteral("carol"), QStringLiteral("carol-password")));
    }

    void cleanup() { m_server.reset(); }

    void ownerManagesMembersAndTeams()
    {
        auto api = clientFor(QStringLiteral("bob"), QStringLiteral("bob-password"));
        app::OrganisationsView view(*api, nullptr);
        view.show();
        QSignalSpy reloaded(&view, &app::OrganisationsView::reloaded);
        QTRY_COMPARE(view.organisationList()->count(), 1); // default
        QVERIFY(!view.addMemberButton()->isEnabled());     // a plain member of default
        QVERIFY(!view.addMemberButton()->toolTip().isEmpty());

        view.createOrganisation({QStringLiteral("Acme"), QStringLiteral("acme"), std::nullopt});
        QTRY_COMPARE(view.currentOrganisation(), QStringLiteral("acme"));
        QTRY_VERIFY(view.addMemberButton()->isEnabled());
        QTRY_COMPARE(column(view.membersTable()), QStringList{"bob"});

        view.addMember(QStringLiteral("carol"), QStringLiteral("member"));
        QTRY_COMPARE(column(view.membersTable()), (QStringList{"bob", "carol"}));
        view.addMember(QStringLiteral("nobody"), QStringLiteral("member"));
        QTRY_VERIFY(!view.banner()->message().isEmpty());
        QVERIFY2(view.banner()->message().contains(QStringLiteral("not found"), Qt::CaseInsensitive),
                 qPrintable(view.banner()->message()));

        view.membersTable()->selectRow(1);
        view.changeSelectedMemberRole(QStringLiteral("admin"));
        QTRY_COMPARE(column(view.membersTable(), 1), (QStringList{"Owner", "Admin"}));

        view.createTeam({QStringLiteral("Core"), QStringLiteral("core"), std::nullopt});
        QTRY_COMPARE(column(view.teamsTable()), QStringList{"core"});
        view.createTeam({QStringLiteral("Bad"), QStringLiteral("Bad Slug"), std::nullopt});
        QTRY_VERIFY(!view.banner()->message().isEmpty()); // the slug's field error, in words
        QCOMPARE(column(view.teamsTable()), QStringList{"core"});
        view.teamsTable()->selectRow(0);
        view.addTeamMember(QStringLiteral("carol"));
        QTRY_COMPARE(column(view.teamMembersTable()), QStringList{"carol"});
        view.teamMembersTable()->selectRow(0);
        view.removeSelectedTeamMember();
        QTRY_COMPARE(view.teamMembersTable()->rowCount(), 0);

        // Carol, now an admin of acme, sees the same actions enabled; as a plain member she would not.
        auto carolApi = clientFor(QStringLiteral("carol"), QStringLiteral("carol-password"));
        app::OrganisationsView carolView(*carolApi, nullptr);
        carolView.show();
        QTRY_COMPARE(carolView.organisationList()->count(), 2);
        carolView.organisationList()->setCurrentRow(0); // acme sorts first
        QTRY_COMPARE(carolView.currentOrganisation(), QStringLiteral("acme"));
        QTRY_VERIFY(carolView.newTeamButton()->isEnabled());
        carolView.organisationList()->setCurrentRow(1);
        QTRY_VERIFY(!carolView.newTeamButton()->isEnabled());
    }

    void administratorsAddAndRemoveProviders()
    {
        auto api = clientFor(QStringLiteral("admin"), m_server->adminPassword());
        app::ProvidersView view(*api);
        view.show();
        QSignalSpy reloaded(&view, &app::ProvidersView::reloaded);
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(view.table()->rowCount(), 0);
        view.addProvider({QStringLiteral("corp"), QStringLiteral("oidc"), QStringLiteral("adp"),
                          QStringLiteral("s3cret"), QStringLiteral("https://id.example.com"), false});
        QTRY_COMPARE(view.table()->rowCount(), 1);
        QVERIFY(view.table()->item(0, 3)->text().endsWith(QStringLiteral("/api/v1/auth/oauth/corp/callback")));
        view.addProvider(
            {QStringLiteral("broken"), QStringLiteral("oidc"), QStringLiteral("adp"), QStringLiteral("s"), {}, false});
        QTRY_VERIFY(!view.banner()->message().isEmpty()); // the issuer is missing, in words
        view.table()->selectRow(0);
        view.removeSelected();
        QTRY_COMPARE(view.table()->rowCount(), 0);
    }

    void projectMembersTabFollowsTheRole()
    {
        auto bobApi = clientFor(QStringLiteral("bob"), QStringLiteral("bob-password"));
        HttpTestClient bob(m_server->url());
        bob.login(QStringLiteral("bob"), QStringLiteral("bob-password"));
        QCOMPARE(bob.post("/api/v1/projects", {{"name", "Web"}, {"slug", "web"}}).status, 201);

        app::ProjectMembersPanel dialog(*bobApi, QStringLiteral("web"));
        dialog.show();
        QTRY_COMPARE(column(dialog.table()), QStringList{"bob"});
        QTRY_VERIFY(dialog.mayManage());
        QVERIFY(dialog.addButton()->isEnabled());
        dialog.addMember(shared::Member::Kind::User, QStringLiteral("carol"), QStringLiteral("reporter"));
        QTRY_COMPARE(column(dialog.table()), (QStringList{"bob", "carol"}));
        QCOMPARE(column(dialog.table(), 2), (QStringList{"Maintainer", "Reporter"}));
        dialog.addMember(shared::Member::Kind::Team, QStringLiteral("ghosts"), QStringLiteral("viewer"));
        QTRY_VERIFY(dialog.banner()->message().contains(QStringLiteral("not found")));

        // Carol, a reporter, sees the list but may not change it, and is told why.
        auto carolApi = clientFor(QStringLiteral("carol"), QStringLiteral("carol-password"));
        app::ProjectMembersPanel carolDialog(*carolApi, QStringLiteral("web"));
        QTRY_COMPARE(carolDialog.table()->rowCount(), 2);
        QTRY_VERIFY(!carolDialog.addButton()->toolTip().isEmpty());
        QVERIFY(!carolDialog.mayManage());
        QVERIFY(!carolDialog.removeButton()->isEnabled());

        dialog.table()->selectRow(1);
        dialog.removeSelected();
        QTRY_COMPARE(column(dialog.table()), QStringList{"bob"});
    }

    // An organisation's models: its admins add, change and remove them in the desktop (the key typed
    // hidden, shown back only as a hint, kept when not retyped); a plain member sees them, no more.
    void organisationModelsAreManagedByItsAdmins()
    {
        auto bobApi = clientFor(QStringLiteral("bob"), QStringLiteral("bob-password"));
        app::OrganisationsView bobView(*bobApi, nullptr);
        bobView.show();
        QTRY_COMPARE(bobView.organisationList()->count(), 1);
        app::AiProvidersTab *models = bobView.aiProvidersTab();
        QVERIFY(!models->addButton()->isEnabled()); // a plain member of default
        QVERIFY(!models->addButton()->toolTip().isEmpty());
        bobView.createOrganisation({QStringLiteral("Models"), QStringLiteral("models"), std::nullopt});
        QTRY_COMPARE(bobView.currentOrganisation(), QStringLiteral("models"));
        QTRY_VERIFY(models->addButton()->isEnabled());

        // Added through the dialog: a wrong address is refused under its field, the dialog stays.
        int opened = 0;
        models->setOpenEditor([&](QWidget *owner, const std::optional<shared::AiProvider> &existing) {
            app::AiProviderDialog dialog(*bobApi, models->organisation(), existing, owner);
            ++opened;
            if (!existing) {
                dialog.nameEdit()->setText(QStringLiteral("Local"));
                dialog.baseUrlEdit()->setText(QStringLiteral("ftp://127.0.0.1:11434/v1"));
                dialog.modelEdit()->setText(QStringLiteral("qwen2.5-coder"));
                dialog.keyEdit()->setText(QStringLiteral("sk-local-secret-42"));
                dialog.submit();
                if (dialog.fieldError(QStringLiteral("base_url")).isEmpty() || dialog.result() == QDialog::Accepted)
                    return false;
                dialog.baseUrlEdit()->setText(QStringLiteral("http://127.0.0.1:11434/v1"));
            } else {
                dialog.modelEdit()->setText(QStringLiteral("qwen2.5-coder:32b"));
            }
            dialog.submit();
            return QTest::qWaitFor([&]() { return dialog.result() == QDialog::Accepted; }, 5000);
        });
        models->add();
        QCOMPARE(opened, 1);
        QTRY_COMPARE(column(models->table()), QStringList{"Local"});
        QCOMPARE(column(models->table(), 3), QStringList{QStringLiteral("sk-…42")});
        models->table()->selectRow(0);
        models->editSelected();
        QTRY_COMPARE(column(models->table(), 1), QStringList{"qwen2.5-coder:32b"});
        QCOMPARE(column(models->table(), 3), QStringList{QStringLiteral("sk-…42")}); // the key was kept

        // Removed after asking.
        QString asked;
        models->setConfirm([&](QWidget *, const QString &question) {
            asked = question;
            return true;
        });
        models->table()->selectRow(0);
        models->removeSelected();
        QTRY_COMPARE(models->table()->rowCount(), 0);
        QVERIFY(asked.contains(QStringLiteral("Local")));
    }

    void invitingAndJoiningWithACode()
    {
        auto bobApi = clientFor(QStringLiteral("bob"), QStringLiteral("bob-password"));
        app::OrganisationsView bobView(*bobApi, nullptr);
        bobView.show();
        QTRY_COMPARE(bobView.organisationList()->count(), 1);
        QVERIFY(!bobView.invitationsTab()->inviteButton()->isEnabled()); // a plain member of default
        bobView.createOrganisation({QStringLiteral("Acme"), QStringLiteral("acme"), std::nullopt});
        QTRY_COMPARE(bobView.currentOrganisation(), QStringLiteral("acme"));
        QTRY_VERIFY(bobView.invitationsTab()->inviteButton()->isEnabled());

        shared::CreatedInvitation created;
        bobView.invitationsTab()->setShowCode(
            [&](QWidget *, const shared::CreatedInvitation &shown) { created = shown; });
        bobView.invitationsTab()->invite(QStringLiteral("not-an-address"), QStringLiteral("member"));
        QTRY_VERIFY(!bobView.banner()->message().isEmpty()); // the email field's error, in words
        bobView.invitationsTab()->invite(QStringLiteral("carol@example.test"), QStringLiteral("admin"));
        QTRY_COMPARE(column(bobView.invitationsTab()->table()), QStringList{"carol@example.test"});
        QVERIFY(created.code.startsWith(QStringLiteral("adpinv_")));
        QCOMPARE(column(bobView.invitationsTab()->table(), 1), QStringList{"Admin"});

        // Carol joins with the code and finds herself an admin of acme.
        auto carolApi = clientFor(QStringLiteral("carol"), QStringLiteral("carol-password"));
        app::OrganisationsView carolView(*carolApi, nullptr);
        carolView.show();
        QTRY_COMPARE(carolView.organisationList()->count(), 1);
        carolView.joinWithCode(created.code);
        QTRY_COMPARE(carolView.organisationList()->count(), 2);
        QTRY_COMPARE(carolView.currentOrganisation(), QStringLiteral("acme"));
        QTRY_VERIFY(carolView.addMemberButton()->isEnabled());
        carolView.joinWithCode(created.code); // used up
        QTRY_VERIFY(!carolView.banner()->message().isEmpty());
        QVERIFY2(carolView.banner()->message().contains(QStringLiteral("invitation"), Qt::CaseInsensitive),
                 qPrintable(carolView.banner()->message()));

        // Bob revokes a second one.
        bobView.invitationsTab()->invite(QStringLiteral("dave@example.test"), QStringLiteral("member"));
        QTRY_COMPARE(column(bobView.invitationsTab()->table()), QStringList{"dave@example.test"});
        bobView.invitationsTab()->table()->selectRow(0);
        bobView.invitationsTab()->revokeSelected();
        QTRY_COMPARE(bobView.invitationsTab()->table()->rowCount(), 0);
    }

    void projectTokensDialogFollowsTheRole()
    {
        auto bobApi = clientFor(QStringLiteral("bob"), QStringLiteral("bob-password"));
        HttpTestClient bob(m_server->url());
        bob.login(QStringLiteral("bob"), QStringLiteral("bob-password"));
        QCOMPARE(bob.post("/api/v1/projects", {{"name", "Web"}, {"slug", "web"}}).status, 201);
        QCOMPARE(bob.put("/api/v1/projects/web/members/users/carol", {{"role", "developer"}}).status, 200);

        app::ProjectTokensPanel dialog(*bobApi, QStringLiteral("web"));
        dialog.show();
        QSignalSpy reloaded(&dialog, &app::ProjectTokensPanel::reloaded);
        QVERIFY(reloaded.wait(5000));
        QVERIFY(dialog.panel()->createButton()->isEnabled());
        QString secret;
        dialog.panel()->setShowSecret(
            [&](QWidget *, const shared::CreatedApiToken &created) { secret = created.secret; });
        shared::ApiTokenRequest request;
        request.name = QStringLiteral("deploy bot");
        request.role = QStringLiteral("developer");
        dialog.panel()->createToken(request);
        QTRY_COMPARE(column(dialog.panel()->table()), QStringList{"deploy bot"});
        QVERIFY(secret.startsWith(QStringLiteral("adp_")));
        QCOMPARE(column(dialog.panel()->table(), 4), QStringList{"Developer"});
        QCOMPARE(column(dialog.panel()->table(), 5), QStringList{"bob"});

        // The token reaches this project only.
        HttpTestClient bot(m_server->url());
        bot.setToken(secret);
        QCOMPARE(bot.get("/api/v1/projects/web").json().value("my_role").toString(), QStringLiteral("developer"));

        // A role above the maintainer's own is refused with the field named.
        request.role = QStringLiteral("owner");
        dialog.panel()->createToken(request);
        QTRY_VERIFY(!dialog.banner()->message().isEmpty());

        // Carol, a developer, is told why she may not manage them.
        auto carolApi = clientFor(QStringLiteral("carol"), QStringLiteral("carol-password"));
        app::ProjectTokensPanel carolDialog(*carolApi, QStringLiteral("web"));
        QSignalSpy carolReloaded(&carolDialog, &app::ProjectTokensPanel::reloaded);
        QVERIFY(carolReloaded.wait(5000));
        QVERIFY(!carolDialog.panel()->createButton()->isEnabled());
        QVERIFY(!carolDialog.panel()->createButton()->toolTip().isEmpty());
        QCOMPARE(carolDialog.panel()->table()->rowCount(), 0);

        dialog.panel()->table()->selectRow(0);
        dialog.panel()->revokeSelected();
        QTRY_COMPARE(dialog.panel()->table()->rowCount(), 0);
        QCOMPARE(bot.get("/api/v1/projects/web").status, 401);
    }
};

QTEST_MAIN(TestMembershipViews)
#include "tst_membership_views.moc"
