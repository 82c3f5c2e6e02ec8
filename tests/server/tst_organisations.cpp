#include "HttpTestClient.h"
#include "TestServer.h"
#include "app/ServerApp.h"
#include "deployments/EnvironmentRuleService.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QWebSocket>
#include <QtTest>

using namespace adp::test;

// Organisations, teams, project members, visibility and environment rules
// over HTTP on both backends: who sees what, who may change what, and the
// rules that keep an organisation manageable.
class TestOrganisations : public QObject
{
    Q_OBJECT

private:
    static const inline QString kPassword = QStringLiteral("member-password");
    std::unique_ptr<TestServer> m_server;
    QHash<QString, std::shared_ptr<HttpTestClient>> m_clients;

    bool start(const QStringList &users)
    {
        QFETCH(QString, backend);
        if (backend == u"postgres")
            TestBackends::flushRedis();
        m_server = std::make_unique<TestServer>(TestBackends::create(backend));
        if (!m_server->ok())
            return false;
        for (const QString &user : users) {
            if (!m_server->addUser(user, kPassword))
                return false;
        }
        return true;
    }

    HttpTestClient &as(const QString &user)
    {
        auto &client = m_clients[user];
        if (!client) {
            client = std::make_shared<HttpTestClient>(m_server->url());
            client->login(user, user == QLatin1String(TestServer::kAdmin) ? QString::fromLatin1(TestServer::kPassword)
                                                                          : kPassword);
        }
        return *client;
    }

    static QStringList slugsOf(const HttpResult &result, const char *key = "slug")
    {
        QStringList slugs;
        for (const QJsonValue &item : result.json().value("items").toArray())
            slugs.append(item.toObject().value(QString::fromLatin1(key)).toString());
        slugs.sort();
        return slugs;
    }

    int auditCount(const QString &action)
    {
        return as(QString::fromLatin1(TestServer::kAdmin))
            .get("/api/v1/audit?action=" + action)
            .json()
            .value("items")
            .toArray()
            .size();
    }

private Q_SLOTS:
    void cleanup()
    {
        m_clients.clear();
        m_server.reset();
    }

    void organisationMembersAndOwners_data() { addBackendRows(); }
    void organisationMembersAndOwners()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start({"bob", "carol", "dave"}));

        const HttpResult created = as("bob").post("/api/v1/organisations", {{"name", "Acme"}, {"slug", "acme"}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value("my_role").toString(), QStringLiteral("owner"));
        QCOMPARE(as("bob").post("/api/v1/organisations", {{"name", "Again"}, {"slug", "acme"}}).status, 409);
        QCOMPARE(as("bob").post("/api/v1/organisations", {{"name", ""}, {"slug", "Bad Slug"}}).errorFields(),
                 (QStringList{"name", "slug"}));
        QCOMPARE(as("bob").post("/api/v1/organisations", {{"name", 7}}).status, 422);
        QCOMPARE(slugsOf(as("bob").get("/api/v1/organisations")), (QStringList{"acme", "default"}));

        // Not a member: the organisation does not exist for carol, by slug or by id.
        const qint64 id = created.json().value("id").toInteger();
        QCOMPARE(as("carol").get("/api/v1/organisations/acme").status, 404);
        QCOMPARE(as("carol").get("/api/v1/organisations/" + QString::number(id)).status, 404);
        QCOMPARE(as("carol").get("/api/v1/organisations/acme/members").status, 404);
        QCOMPARE(slugsOf(as("carol").get("/api/v1/organisations")), QStringList{"default"});

        QCOMPARE(as("bob").put("/api/v1/organisations/acme/members/carol", {{"role", "member"}}).status, 200);
        QCOMPARE(as("carol").get("/api/v1/organisations/acme").json().value("my_role").toString(),
                 QStringLiteral("member"));
        // A member may not manage members; the refusal is audited.
        const int deniedBefore = auditCount("permission.denied");
        QCOMPARE(as("carol").put("/api/v1/organisations/acme/members/dave", {{"role", "member"}}).status, 403);
        QCOMPARE(auditCount("permission.denied"), deniedBefore + 1);

        // Bad roles and unknown people change nothing.
        QCOMPARE(as("bob").put("/api/v1/organisations/acme/members/dave", {{"role", "emperor"}}).errorFields(),
                 QStringList{"role"});
        QCOMPARE(as("bob").put("/api/v1/organisations/acme/members/dave", {}).errorFields(), QStringList{"role"});
        QCOMPARE(as("bob").put("/api/v1/organisations/acme/members/nobody", {{"role", "member"}}).status, 404);
        QCOMPARE(slugsOf(as("bob").get("/api/v1/organisations/acme/members"), "name"), (QStringList{"bob", "carol"}));

        // Admins manage members but not owners.
        QCOMPARE(as("bob").put("/api/v1/organisations/acme/members/carol", {{"role", "admin"}}).status, 200);
        QCOMPARE(as("carol").put("/api/v1/organisations/acme/members/dave", {{"role", "member"}}).status, 200);
        QCOMPARE(as("carol").put("/api/v1/organisations/acme/members/dave", {{"role", "owner"}}).status, 403);
        QCOMPARE(as("carol").del("/api/v1/organisations/acme/members/bob").status, 403);
        QCOMPARE(as("carol").del("/api/v1/organisations/acme").status, 403);

        // The last owner stays.
        QCOMPARE(as("bob").put("/api/v1/organisations/acme/members/bob", {{"role", "member"}}).status, 409);
        QCOMPARE(as("bob").del("/api/v1/organisations/acme/members/bob").status, 409);
        QCOMPARE(as("bob").put("/api/v1/organisations/acme/members/dave", {{"role", "owner"}}).status, 200);
        QCOMPARE(as("bob").del("/api/v1/organisations/acme/members/bob").status, 204);
        QCOMPARE(as("bob").get("/api/v1/organisations/acme").status, 404);

        // Role changes are in the audit trail with before and after.
        const QJsonArray changes = as(QString::fromLatin1(TestServer::kAdmin))
                                       .get("/api/v1/audit?action=org.member.changed")
                                       .json()
                                       .value("items")
                                       .toArray();
        QVERIFY(!changes.isEmpty());
        QCOMPARE(changes.first().toObject().value("after").toObject().value("role").toString(),
                 QStringLiteral("owner"));

        // An organisation with projects is not deleted; the default one never.
        QCOMPARE(
            as("dave").post("/api/v1/projects", {{"name", "P"}, {"slug", "acme-p"}, {"organisation", "acme"}}).status,
            201);
        QCOMPARE(as("dave").del("/api/v1/organisations/acme").status, 409);
        QCOMPARE(as("dave").del("/api/v1/projects/acme-p").status, 204);
        QCOMPARE(as("dave").del("/api/v1/organisations/acme").status, 204);
        QCOMPARE(as(QString::fromLatin1(TestServer::kAdmin)).del("/api/v1/organisations/default").status, 409);
        QCOMPARE(as(QString::fromLatin1(TestServer::kAdmin))
                     .patch("/api/v1/organisations/default", {{"slug", "other"}})
                     .errorFields(),
                 QStringList{"slug"});
    }

    void teams_data() { addBackendRows(); }
    void teams()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start({"bob", "carol", "erin"}));
        QCOMPARE(as("bob").post("/api/v1/organisations", {{"name", "Acme"}, {"slug", "acme"}}).status, 201);
        QCOMPARE(as("bob").put("/api/v1/organisations/acme/members/carol", {{"role", "member"}}).status, 200);

        QCOMPARE(as("carol").post("/api/v1/organisations/acme/teams", {{"name", "Core"}, {"slug", "core"}}).status,
                 403);
        const HttpResult team =
            as("bob").post("/api/v1/organisations/acme/teams", {{"name", "Core"}, {"slug", "core"}});
        QCOMPARE(team.status, 201);
        QCOMPARE(team.json().value("organisation").toString(), QStringLiteral("acme"));
        QCOMPARE(as("bob").post("/api/v1/organisations/acme/teams", {{"name", "Core 2"}, {"slug", "core"}}).status,
                 409);

        // Only members of the organisation join its teams.
        const HttpResult outsider = as("bob").put("/api/v1/organisations/acme/teams/core/members/erin", {});
        QCOMPARE(outsider.status, 409);
        QVERIFY(QString::fromUtf8(outsider.body).contains(QStringLiteral("not a member of acme")));
        QCOMPARE(as("bob").put("/api/v1/organisations/acme/teams/core/members/carol", {}).status, 200);
        QCOMPARE(as("carol")
                     .get("/api/v1/organisations/acme/teams")
                     .json()
                     .value("items")
                     .toArray()
                     .first()
                     .toObject()
                     .value("member_count")
                     .toInt(),
                 1);
        QCOMPARE(slugsOf(as("carol").get("/api/v1/organisations/acme/teams/core/members"), "name"),
                 QStringList{"carol"});
        QCOMPARE(as("erin").get("/api/v1/organisations/acme/teams/core").status, 404);

        // Leaving the organisation leaves its teams.
        QCOMPARE(as("bob").del("/api/v1/organisations/acme/members/carol").status, 204);
        QCOMPARE(slugsOf(as("bob").get("/api/v1/organisations/acme/teams/core/members"), "name"), QStringList{});
        QCOMPARE(as("bob")
                     .patch("/api/v1/organisations/acme/teams/core", {{"name", "Platform"}})
                     .json()
                     .value("name")
                     .toString(),
                 QStringLiteral("Platform"));
        QCOMPARE(as("bob").del("/api/v1/organisations/acme/teams/core").status, 204);
        QCOMPARE(as("bob").get("/api/v1/organisations/acme/teams/core").status, 404);
    }

    void visibilityAndProjectRoles_data() { addBackendRows(); }
    void visibilityAndProjectRoles()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start({"bob", "carol", "olga"}));
        QCOMPARE(as("bob").post("/api/v1/organisations", {{"name", "Acme"}, {"slug", "acme"}}).status, 201);
        QCOMPARE(as("bob").put("/api/v1/organisations/acme/members/carol", {{"role", "member"}}).status, 200);
        QCOMPARE(as("bob").post("/api/v1/organisations/acme/teams", {{"name", "Core"}, {"slug", "core"}}).status, 201);
        QCOMPARE(as("bob").put("/api/v1/organisations/acme/teams/core/members/carol", {}).status, 200);
        for (const char *visibility : {"private", "internal", "public"}) {
            const QString slug = QStringLiteral("acme-") + QLatin1String(visibility);
            QCOMPARE(as("bob")
                         .post("/api/v1/projects",
                               {{"name", slug}, {"slug", slug}, {"organisation", "acme"}, {"visibility", visibility}})
                         .status,
                     201);
        }
        // Somewhere olga does not belong: a field error, not a project.
        QCOMPARE(as("olga")
                     .post("/api/v1/projects", {{"name", "X"}, {"slug", "x-olga"}, {"organisation", "acme"}})
                     .errorFields(),
                 QStringList{"organisation"});

        QCOMPARE(slugsOf(as("olga").get("/api/v1/projects")), QStringList{"acme-public"});
        QCOMPARE(slugsOf(as("carol").get("/api/v1/projects")), (QStringList{"acme-internal", "acme-public"}));
        QCOMPARE(slugsOf(as("bob").get("/api/v1/projects")),
                 (QStringList{"acme-internal", "acme-private", "acme-public"}));
        QCOMPARE(slugsOf(as(QString::fromLatin1(TestServer::kAdmin)).get("/api/v1/projects")),
                 (QStringList{"acme-internal", "acme-private", "acme-public"}));

        // Guessing: a hidden project answers exactly like one that does not exist.
        const qint64 privateId = as("bob").get("/api/v1/projects/acme-private").json().value("id").toInteger();
        const HttpResult hidden = as("olga").get("/api/v1/projects/" + QString::number(privateId));
        const HttpResult missing = as("olga").get("/api/v1/projects/999999");
        QCOMPARE(hidden.status, 404);
        QCOMPARE(hidden.json().value("error").toObject().value("message"),
                 missing.json().value("error").toObject().value("message"));
        QCOMPARE(as("olga").patch("/api/v1/projects/acme-private", {{"name", "mine"}}).status, 404);
        QCOMPARE(as("olga").del("/api/v1/projects/acme-private").status, 404);

        // Visibility grants reading only.
        QCOMPARE(as("olga").get("/api/v1/projects/acme-public").json().value("my_role").toString(),
                 QStringLiteral("viewer"));
        QCOMPARE(as("olga").patch("/api/v1/projects/acme-public", {{"name", "mine"}}).status, 403);

        // A team grant opens the private project to its members, with the team's role.
        QCOMPARE(as("bob").put("/api/v1/projects/acme-private/members/teams/core", {{"role", "reporter"}}).status, 200);
        QCOMPARE(as("carol").get("/api/v1/projects/acme-private").json().value("my_role").toString(),
                 QStringLiteral("reporter"));
        QCOMPARE(as("carol").patch("/api/v1/projects/acme-private", {{"name", "x"}}).status, 403);
        // A direct grant that is higher wins.
        QCOMPARE(as("bob").put("/api/v1/projects/acme-private/members/users/carol", {{"role", "maintainer"}}).status,
                 200);
        QCOMPARE(as("carol").patch("/api/v1/projects/acme-private", {{"name", "Renamed"}}).status, 200);
        const HttpResult members = as("carol").get("/api/v1/projects/acme-private/members");
        QCOMPARE(slugsOf(members, "name"), (QStringList{"bob", "carol", "core"}));
        // Teams come from the project's own organisation only; roles must be real ones.
        QCOMPARE(as("bob").put("/api/v1/projects/acme-private/members/teams/nope", {{"role", "viewer"}}).status, 404);
        QCOMPARE(as("bob").put("/api/v1/projects/acme-private/members/users/olga", {{"role", "boss"}}).errorFields(),
                 QStringList{"role"});
        QCOMPARE(as("bob").put("/api/v1/projects/acme-private/members/users/olga", {{"role", 3}}).status, 422);
        QCOMPARE(as("bob").del("/api/v1/projects/acme-private/members/users/olga").status, 404);
        QCOMPARE(as("bob").del("/api/v1/projects/acme-private/members/users/carol").status, 204);
        QCOMPARE(as("carol").get("/api/v1/projects/acme-private").json().value("my_role").toString(),
                 QStringLiteral("reporter"));
        // A project does not move between organisations.
        QCOMPARE(as("bob").patch("/api/v1/projects/acme-private", {{"organisation", "default"}}).errorFields(),
                 QStringList{"organisation"});
    }

    void liveEventsReachOnlyThoseWhoMaySee_data() { addBackendRows(); }
    void liveEventsReachOnlyThoseWhoMaySee()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start({"bob", "olga"}));
        QUrl wsUrl = m_server->url();
        wsUrl.setScheme(QStringLiteral("ws"));
        wsUrl.setPath(QStringLiteral("/api/v1/events"));
        const auto follow = [&](QWebSocket &socket, QSignalSpy &messages, const QString &user) {
            QSignalSpy connected(&socket, &QWebSocket::connected);
            QNetworkRequest request(wsUrl);
            as(user); // signs in
            HttpTestClient client(m_server->url());
            request.setRawHeader("Authorization", "Bearer " + client.login(user, kPassword).toUtf8());
            socket.open(request);
            if (!connected.wait(5000))
                return false;
            socket.sendTextMessage(QStringLiteral(R"({"type":"subscribe","topics":["projects"]})"));
            return messages.wait(5000); // "subscribed"
        };
        QWebSocket bobSocket;
        QWebSocket olgaSocket;
        QSignalSpy bobMessages(&bobSocket, &QWebSocket::textMessageReceived);
        QSignalSpy olgaMessages(&olgaSocket, &QWebSocket::textMessageReceived);
        QVERIFY(follow(bobSocket, bobMessages, QStringLiteral("bob")));
        QVERIFY(follow(olgaSocket, olgaMessages, QStringLiteral("olga")));

        QCOMPARE(as("bob").post("/api/v1/projects", {{"name", "Quiet"}, {"slug", "quiet"}}).status, 201);
        QCOMPARE(
            as("bob").post("/api/v1/projects", {{"name", "Loud"}, {"slug", "loud"}, {"visibility", "public"}}).status,
            201);
        QTRY_COMPARE_WITH_TIMEOUT(bobMessages.size(), 3, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(olgaMessages.size(), 2, 5000);
        QTest::qWait(200);
        QCOMPARE(olgaMessages.size(), 2); // the private project's event never reached her
        const QJsonObject seen = QJsonDocument::fromJson(olgaMessages.last().first().toString().toUtf8()).object();
        QCOMPARE(seen.value("data").toObject().value("slug").toString(), QStringLiteral("loud"));
        QVERIFY(!seen.contains("audience"));
    }

    void invitations_data() { addBackendRows(); }
    void invitations()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start({"olga", "adam", "mia", "zed"}));
        QCOMPARE(as("olga").post("/api/v1/organisations", {{"name", "Acme"}, {"slug", "acme"}}).status, 201);
        QCOMPARE(as("olga").put("/api/v1/organisations/acme/members/adam", {{"role", "admin"}}).status, 200);
        QCOMPARE(as("olga").put("/api/v1/organisations/acme/members/mia", {{"role", "member"}}).status, 200);
        const QString invitations = QStringLiteral("/api/v1/organisations/acme/invitations");

        // Bad addresses and roles are named; members may not invite; only owners invite owners.
        QCOMPARE(as("adam").post(invitations, {{"email", "not an address"}}).errorFields(), QStringList{"email"});
        QCOMPARE(as("adam").post(invitations, {{"email", "x@example.test"}, {"role", "king"}}).errorFields(),
                 QStringList{"role"});
        QCOMPARE(as("adam").post(invitations, {{"email", 42}}).errorFields(), QStringList{"email"});
        QCOMPARE(as("mia").post(invitations, {{"email", "x@example.test"}}).status, 403);
        QCOMPARE(as("zed").post(invitations, {{"email", "x@example.test"}}).status, 404);
        QCOMPARE(as("adam").post(invitations, {{"email", "boss@example.test"}, {"role", "owner"}}).status, 403);
        QCOMPARE(m_server->app()
                     .database()
                     .query(QStringLiteral("SELECT COUNT(*) FROM invitations"))
                     .value(0, 0)
                     .toLongLong(),
                 0);

        const HttpResult created = as("adam").post(invitations, {{"email", "Zed@Example.test"}, {"role", "admin"}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value("email").toString(), QStringLiteral("zed@example.test"));
        QCOMPARE(created.json().value("invited_by").toString(), QStringLiteral("adam"));
        const QString code = created.json().value("code").toString();
        QVERIFY(code.startsWith(QStringLiteral("adpinv_")));
        QCOMPARE(as("adam").post(invitations, {{"email", "zed@example.test"}}).status, 409); // already invited
        const HttpResult listed = as("olga").get(invitations);
        QCOMPARE(listed.json().value("items").toArray().size(), 1);
        QVERIFY(!listed.body.contains(code.toUtf8()));
        QCOMPARE(as("mia").get(invitations).status, 403);
        const auto stored = m_server->app().database().query(QStringLiteral("SELECT code_hash FROM invitations"));
        QVERIFY(stored.value(0, 0).toString() != code);

        // Whoever presents the code joins with its role, once.
        QCOMPARE(as("zed").post("/api/v1/invitations/accept", {{"code", "adpinv_forged"}}).status, 404);
        QCOMPARE(as("zed").post("/api/v1/invitations/accept", QJsonObject{}).errorFields(), QStringList{"code"});
        const HttpResult joined = as("zed").post("/api/v1/invitations/accept", {{"code", code}});
        QCOMPARE(joined.status, 200);
        QCOMPARE(joined.json().value("slug").toString(), QStringLiteral("acme"));
        QCOMPARE(joined.json().value("my_role").toString(), QStringLiteral("admin"));
        QCOMPARE(as("zed").get("/api/v1/organisations/acme").json().value("my_role").toString(),
                 QStringLiteral("admin"));
        QCOMPARE(as("mia").post("/api/v1/invitations/accept", {{"code", code}}).status, 404);
        QCOMPARE(as("olga").get(invitations).json().value("items").toArray().size(), 0);

        // Accepting never lowers a role: an owner invited as member stays owner.
        const QString second =
            as("olga").post(invitations, {{"email", "olga-other@example.test"}}).json().value("code").toString();
        QCOMPARE(as("olga").post("/api/v1/invitations/accept", {{"code", second}}).json().value("my_role").toString(),
                 QStringLiteral("owner"));

        // Revoked and expired invitations accept nobody.
        const HttpResult third = as("adam").post(invitations, {{"email", "late@example.test"}});
        const qint64 thirdId = third.json().value("id").toInteger();
        QCOMPARE(as("mia").del(invitations + QStringLiteral("/%1").arg(thirdId)).status, 403);
        QCOMPARE(as("adam").del(invitations + QStringLiteral("/%1").arg(thirdId)).status, 204);
        QCOMPARE(as("adam").del(invitations + QStringLiteral("/%1").arg(thirdId)).status, 404);
        QCOMPARE(as("mia").post("/api/v1/invitations/accept", {{"code", third.json().value("code").toString()}}).status,
                 404);
        const QString fourth =
            as("adam").post(invitations, {{"email", "slow@example.test"}}).json().value("code").toString();
        m_server->app().database().query(
            QStringLiteral("UPDATE invitations SET expires_at = 1 WHERE email = 'slow@example.test'"));
        QCOMPARE(as("mia").post("/api/v1/invitations/accept", {{"code", fourth}}).status, 404);

        QCOMPARE(auditCount(QStringLiteral("org.invitation.created")), 4);
        QCOMPARE(auditCount(QStringLiteral("org.invitation.accepted")), 2);
        QCOMPARE(auditCount(QStringLiteral("org.invitation.revoked")), 1);
    }

    void environmentRules_data() { addBackendRows(); }
    void environmentRules()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start({"bob", "dev", "rel", "ops"}));
        QCOMPARE(as("bob").post("/api/v1/projects", {{"name", "App"}, {"slug", "app"}}).status, 201);
        QCOMPARE(as("bob").put("/api/v1/projects/app/members/users/dev", {{"role", "developer"}}).status, 200);
        QCOMPARE(as("bob").put("/api/v1/projects/app/members/users/rel", {{"role", "reporter"}}).status, 200);
        QCOMPARE(as("bob").post("/api/v1/organisations/default/teams", {}).status,
                 403); // bob is a plain member of default
        const qint64 projectId = as("bob").get("/api/v1/projects/app").json().value("id").toInteger();
        auto &rules = m_server->app().environmentRules();
        const auto actor = [&](const QString &name) {
            const auto rows =
                m_server->app().database().query(QStringLiteral("SELECT id FROM users WHERE username = ?"), {name});
            return adp::server::Actor{rows.value(0, 0).toLongLong(), name, false, {}, {}, 0};
        };

        // No rules: developers deploy, maintainers approve.
        QVERIFY(rules.mayActOn(actor("dev"), projectId, QStringLiteral("staging"), QStringLiteral("deploy")));
        QVERIFY(!rules.mayActOn(actor("rel"), projectId, QStringLiteral("staging"), QStringLiteral("deploy")));
        QVERIFY(!rules.mayActOn(actor("dev"), projectId, QStringLiteral("staging"), QStringLiteral("approve")));
        QVERIFY(rules.mayActOn(actor("bob"), projectId, QStringLiteral("staging"), QStringLiteral("approve")));
        QVERIFY(!rules.mayActOn(actor("ops"), projectId, QStringLiteral("staging"), QStringLiteral("deploy")));

        // Production is protected: only maintainers and the release manager deploy there.
        QCOMPARE(as("bob")
                     .post("/api/v1/projects/app/environment-rules",
                           {{"environment", "production"}, {"action", "deploy"}, {"min_role", "maintainer"}})
                     .status,
                 201);
        const HttpResult userRule =
            as("bob").post("/api/v1/projects/app/environment-rules",
                           {{"environment", "production"}, {"action", "deploy"}, {"user", "rel"}});
        QCOMPARE(userRule.status, 201);
        QVERIFY(!rules.mayActOn(actor("dev"), projectId, QStringLiteral("production"), QStringLiteral("deploy")));
        QVERIFY(rules.mayActOn(actor("rel"), projectId, QStringLiteral("production"), QStringLiteral("deploy")));
        QVERIFY(rules.mayActOn(actor("bob"), projectId, QStringLiteral("production"), QStringLiteral("deploy")));
        // Patterns.
        QCOMPARE(as("bob")
                     .post("/api/v1/projects/app/environment-rules",
                           {{"environment", "review/*"}, {"action", "deploy"}, {"min_role", "maintainer"}})
                     .status,
                 201);
        QVERIFY(!rules.mayActOn(actor("dev"), projectId, QStringLiteral("review/feature-1"), QStringLiteral("deploy")));
        QVERIFY(rules.mayActOn(actor("dev"), projectId, QStringLiteral("reviewer"), QStringLiteral("deploy")));

        // Bad rules are refused, naming the field; reporters read, developers may not change.
        QCOMPARE(as("bob")
                     .post("/api/v1/projects/app/environment-rules",
                           {{"environment", "x"}, {"action", "launch"}, {"user", "rel"}})
                     .errorFields(),
                 QStringList{"action"});
        QCOMPARE(as("bob")
                     .post("/api/v1/projects/app/environment-rules",
                           {{"environment", "x"}, {"action", "deploy"}, {"user", "rel"}, {"min_role", "viewer"}})
                     .errorFields(),
                 QStringList{"min_role"});
        QCOMPARE(as("bob")
                     .post("/api/v1/projects/app/environment-rules",
                           {{"environment", "x"}, {"action", "deploy"}, {"user", "ghost"}})
                     .errorFields(),
                 QStringList{"user"});
        QCOMPARE(as("rel").get("/api/v1/projects/app/environment-rules").json().value("items").toArray().size(), 3);
        QCOMPARE(as("dev")
                     .post("/api/v1/projects/app/environment-rules",
                           {{"environment", "x"}, {"action", "deploy"}, {"user", "dev"}})
                     .status,
                 403);
        QCOMPARE(as("bob")
                     .del("/api/v1/projects/app/environment-rules/" +
                          QString::number(userRule.json().value("id").toInteger()))
                     .status,
                 204);
        QVERIFY(!rules.mayActOn(actor("rel"), projectId, QStringLiteral("production"), QStringLiteral("deploy")));
        QCOMPARE(as("bob").del("/api/v1/projects/app/environment-rules/999999").status, 404);
    }

    void upgradeKeepsEveryoneTheirAccess_data() { addBackendRows(); }
    void upgradeKeepsEveryoneTheirAccess()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        const Backend storage = TestBackends::create(backend);
        auto database = adp::server::storage::Database::open(storage.databaseUrl);
        adp::server::storage::Migrator migrator(*database);
        migrator.migrate(3);
        QCOMPARE(migrator.currentVersion(), 3);
        // Schema 3 data: an admin, a user and the user's project.
        database->query(
            QStringLiteral(
                "INSERT INTO users (username, password_hash, is_admin, created_at) VALUES ('root', 'x', ?, 1), ('uma', 'x', ?, 2)"),
            {true, false});
        database->query(QStringLiteral(
            "INSERT INTO projects (name, sort_name, search_text, slug, default_branch, visibility, created_by, "
            "created_at, updated_at, api_json) SELECT 'Old', 'old', 'old', 'old', 'main', 'private', id, 3, 3, "
            "'{\"id\":1,\"slug\":\"old\"}' FROM users WHERE username = 'uma'"));
        migrator.migrate();
        QCOMPARE(migrator.currentVersion(), adp::server::storage::Migrator::latestVersion());

        const auto roles =
            database->query(QStringLiteral("SELECT u.username, om.role FROM organisation_members om JOIN users u "
                                           "ON u.id = om.user_id WHERE om.organisation_id = 1 ORDER BY u.username"));
        QCOMPARE(roles.size(), 2);
        QCOMPARE(roles.value(0, 1).toString(), QStringLiteral("owner"));
        QCOMPARE(roles.value(1, 1).toString(), QStringLiteral("member"));
        const auto maintainers =
            database->query(QStringLiteral("SELECT pm.role FROM project_members pm JOIN users u ON u.id = pm.user_id "
                                           "WHERE u.username = 'uma'"));
        QCOMPARE(maintainers.value(0, 0).toString(), QStringLiteral("maintainer"));
        const QJsonObject json =
            QJsonDocument::fromJson(
                database->query(QStringLiteral("SELECT api_json FROM projects")).value(0, 0).toString().toUtf8())
                .object();
        QCOMPARE(json.value("organisation").toString(), QStringLiteral("default"));
        QCOMPARE(json.value("slug").toString(), QStringLiteral("old"));
    }
};

QTEST_GUILESS_MAIN(TestOrganisations)
#include "tst_organisations.moc"
