#include "AdminSession.h"
#include "FakeHttpServer.h"
#include "StoredText.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace adp::test;

// A project's repository token, on both backends: maintainers set, read (never the token back)
// and remove it, audited without it; stored sealed; bad input refused naming the field; the
// mirror fetches an http(s) repository with it as GitHub and GitLab document.
class TestRepositoryAccess : public QObject
{
    Q_OBJECT

private:
    static constexpr auto kPassword = "correct horse battery";
    static constexpr auto kToken = "ghp_s3cretRepositoryT0ken";
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;

    bool start(const QString &repositoryUrl)
    {
        QFETCH(QString, backend);
        AdminSession session = AdminSession::start(backend);
        if (!session.ok())
            return false;
        m_server = std::move(session.server);
        m_admin = std::move(session.admin);
        return m_admin
                   ->post("/api/v1/projects", {{"name", "Shop"}, {"slug", "shop"}, {"repository_url", repositoryUrl}})
                   .status == 201;
    }

    QByteArray everythingStored()
    {
        return storedText(m_server->app().database(),
                          {QStringLiteral("project_repository_tokens"), QStringLiteral("audit_events")});
    }

private Q_SLOTS:
    void maintainersSetReadAndRemoveIt_data() { addBackendRows(); }
    void maintainersSetReadAndRemoveIt()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start(QStringLiteral("https://github.com/acme/shop.git")));
        QCOMPARE(m_admin->get("/api/v1/projects/shop/repository-token").json().value("set").toBool(), false);

        const HttpResult set =
            m_admin->put("/api/v1/projects/shop/repository-token", {{"provider", "github"}, {"token", kToken}});
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json().value("set").toBool(), true);
        QCOMPARE(set.json().value("api_url").toString(), QStringLiteral("https://api.github.com"));
        QVERIFY(!set.body.contains(kToken));
        const HttpResult read = m_admin->get("/api/v1/projects/shop/repository-token");
        QCOMPARE(read.json().value("provider").toString(), QStringLiteral("github"));
        QVERIFY(!read.body.contains(kToken));
        QVERIFY(!read.json().value("updated_at").toString().isEmpty());
        QVERIFY2(!everythingStored().contains(kToken), "the token is stored sealed and never audited");
        QVERIFY(everythingStored().contains("project.repository_token_set"));

        // GitLab on its own host: the API under /api/v4 unless named.
        QCOMPARE(
            m_admin->patch("/api/v1/projects/shop", {{"repository_url", "https://git.example.com/team/sub/shop.git"}})
                .status,
            200);
        QCOMPARE(m_admin->put("/api/v1/projects/shop/repository-token", {{"provider", "gitlab"}, {"token", kToken}})
                     .json()
                     .value("api_url")
                     .toString(),
                 QStringLiteral("https://git.example.com/api/v4"));
        QCOMPARE(m_admin
                     ->put("/api/v1/projects/shop/repository-token",
                           {{"provider", "gitlab"}, {"token", kToken}, {"api_url", "https://gitlab.internal/api/v4/"}})
                     .json()
                     .value("api_url")
                     .toString(),
                 QStringLiteral("https://gitlab.internal/api/v4"));

        QCOMPARE(m_admin->del("/api/v1/projects/shop/repository-token").status, 204);
        QCOMPARE(m_admin->get("/api/v1/projects/shop/repository-token").json().value("set").toBool(), false);
        QVERIFY(everythingStored().contains("project.repository_token_removed"));
        QCOMPARE(m_admin->del("/api/v1/projects/shop/repository-token").status, 204); // none left: done already
        QCOMPARE(everythingStored().count("project.repository_token_removed"), 1);
    }

    void badInputAndOtherRolesChangeNothing_data() { addBackendRows(); }
    void badInputAndOtherRolesChangeNothing()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QTemporaryDir local;
        QVERIFY(start(local.path())); // a local path: no API to derive
        const QString path = QStringLiteral("/api/v1/projects/shop/repository-token");
        QCOMPARE(m_admin->put(path, {{"provider", "bitbucket"}, {"token", kToken}, {"api_url", "https://x.test/api"}})
                     .errorFields(),
                 QStringList{"provider"});
        QCOMPARE(m_admin->put(path, {{"provider", "github"}, {"token", "two\r\nlines"}, {"api_url", "https://x.test"}})
                     .errorFields(),
                 QStringList{"token"});
        QCOMPARE(
            m_admin->put(path, {{"provider", "github"}, {"token", ""}, {"api_url", "https://x.test"}}).errorFields(),
            QStringList{"token"});
        QCOMPARE(m_admin->put(path, {{"provider", "github"}, {"token", kToken}}).errorFields(), QStringList{"api_url"});
        QCOMPARE(
            m_admin->put(path, {{"provider", "github"}, {"token", kToken}, {"api_url", "ftp://x.test"}}).errorFields(),
            QStringList{"api_url"});
        QCOMPARE(m_admin->put(path, {{"provider", "github"}, {"token", 42}}).errorFields(), QStringList{"token"});
        QCOMPARE(m_admin->put(path, {{"provider", "github"}, {"token", kToken}, {"owner", "me"}}).errorFields(),
                 QStringList{"owner"});
        QCOMPARE(m_admin->request("PUT", path, "{\"token\":").status, 400);
        QCOMPARE(m_admin->put("/api/v1/projects/nothing/repository-token", {{"provider", "github"}, {"token", kToken}})
                     .status,
                 404);

        QVERIFY(m_server->addUser(QStringLiteral("dev"), kPassword));
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/dev", {{"role", "developer"}}).status, 200);
        HttpTestClient developer(m_server->url());
        QVERIFY(!developer.login(QStringLiteral("dev"), kPassword).isEmpty());
        QCOMPARE(developer.get(path).status, 403);
        QCOMPARE(developer.put(path, {{"provider", "github"}, {"token", kToken}, {"api_url", "https://x.test"}}).status,
                 403);
        QCOMPARE(m_admin->get(path).json().value("set").toBool(), false); // nothing stored
        QVERIFY(!everythingStored().contains("project.repository_token_set"));
    }

    // The mirror sends the token as HTTP basic credentials in a header, never on a command line.
    void theMirrorFetchesWithIt_data() { addBackendRows(); }
    void theMirrorFetchesWithIt()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        FakeHttpServer host([](const FakeHttpServer::Request &) {
            return FakeHttpServer::Response{401, "no repository here", "text/plain"};
        });
        QVERIFY(host.ok());
        QVERIFY(start(host.url().toString() + QStringLiteral("/acme/shop.git")));
        QCOMPARE(m_admin
                     ->put("/api/v1/projects/shop/repository-token",
                           {{"provider", "github"}, {"token", kToken}, {"api_url", host.url().toString()}})
                     .status,
                 200);
        const HttpResult run = m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", "main"}});
        QCOMPARE(run.status, 409); // the fake has no repository
        QVERIFY(!run.body.contains(kToken));
        QVERIFY(host.waitForRequests(1));
        const FakeHttpServer::Request first = host.requests().first();
        QVERIFY(first.target.startsWith("/acme/shop.git/info/refs"));
        QCOMPARE(first.headers.value("authorization"),
                 "Basic " + QByteArray("x-access-token:").append(kToken).toBase64());

        // GitLab's documented user for a token over HTTP basic.
        QCOMPARE(m_admin
                     ->put("/api/v1/projects/shop/repository-token",
                           {{"provider", "gitlab"}, {"token", kToken}, {"api_url", host.url().toString()}})
                     .status,
                 200);
        const int before = int(host.requests().size());
        QCOMPARE(m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", "main"}}).status, 409);
        QVERIFY(host.waitForRequests(before + 1));
        QCOMPARE(host.requests().at(before).headers.value("authorization"),
                 "Basic " + QByteArray("oauth2:").append(kToken).toBase64());

        // Without a token, nothing is sent.
        QCOMPARE(m_admin->del("/api/v1/projects/shop/repository-token").status, 204);
        const int without = int(host.requests().size());
        QCOMPARE(m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", "main"}}).status, 409);
        QVERIFY(host.waitForRequests(without + 1));
        QVERIFY(!host.requests().at(without).headers.contains("authorization"));
    }
};

QTEST_MAIN(TestRepositoryAccess)
#include "tst_repository_access.moc"
