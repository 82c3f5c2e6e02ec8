#include "CommandRun.h"
#include "HttpTestClient.h"
#include "ServerProcess.h"
#include "TestServer.h"
#include "app/ServerApp.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QtTest>

using namespace adp::test;

// Sign-in providers configured with `adp-server providers`: presets for
// GitHub and GitLab, OIDC by issuer, the client secret sealed at rest and
// never shown, bad input refused with the field named, every change audited.
class TestProviders : public QObject
{
    Q_OBJECT

private:
    QStringList common(const Backend &backend, const QString &dataDir)
    {
        return {"--data-dir", dataDir, "--database", backend.databaseUrl, "--log-level", "warn"};
    }

private Q_SLOTS:
    void administratorsManageThemOverHttp_data() { addBackendRows(); }
    void administratorsManageThemOverHttp()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        if (backend == u"postgres")
            TestBackends::flushRedis();
        TestServer server(TestBackends::create(backend));
        QVERIFY(server.ok());
        QVERIFY(server.addUser(QStringLiteral("dev"), QStringLiteral("dev-password")));
        HttpTestClient admin(server.url());
        admin.login(TestServer::kAdmin, TestServer::kPassword);
        HttpTestClient dev(server.url());
        dev.login(QStringLiteral("dev"), QStringLiteral("dev-password"));

        const QJsonObject github{
            {"name", "github"}, {"type", "github"}, {"client_id", "Iv1.abc"}, {"client_secret", "gh-secret-value"}};
        QCOMPARE(dev.post("/api/v1/auth/providers", github).status, 403);
        const HttpResult created = admin.post("/api/v1/auth/providers", github);
        QCOMPARE(created.status, 201);
        QVERIFY(!created.body.contains("gh-secret-value"));
        QVERIFY(!admin.get("/api/v1/auth/providers").body.contains("Iv1.abc")); // public list: no client ids either
        QCOMPARE(admin.post("/api/v1/auth/providers", github).status, 409);
        QCOMPARE(admin
                     .post("/api/v1/auth/providers",
                           {{"name", "corp"}, {"type", "oidc"}, {"client_id", "x"}, {"client_secret", "s"}})
                     .errorFields(),
                 QStringList{"issuer"});
        QCOMPARE(
            admin.post("/api/v1/auth/providers", {{"name", "corp"}, {"type", "oidc"}, {"link_by_email", "yes"}}).status,
            422);
        QCOMPARE(dev.del("/api/v1/auth/providers/github").status, 403);
        QCOMPARE(admin.del("/api/v1/auth/providers/github").status, 204);
        QCOMPARE(admin.del("/api/v1/auth/providers/github").status, 404);
        const auto secrets = server.app().database().query(
            QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE after_json LIKE ? OR before_json LIKE ?"),
            {QStringLiteral("%gh-secret-value%"), QStringLiteral("%gh-secret-value%")});
        QCOMPARE(secrets.value(0, 0).toLongLong(), 0); // never in the audit trail
    }

    void addListRemove_data() { addBackendRows(); }
    void addListRemove()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        const Backend storage = TestBackends::create(backend);
        QTemporaryDir dataDir;
        const QStringList base = common(storage, dataDir.path());
        const auto providers = [&](const QStringList &arguments, const QByteArray &input = {}) {
            return runCommand(QStringLiteral("adp-server"), QStringList{"providers"} + arguments + base, input);
        };

        CommandResult added = providers(
            {"add", "--name", "github", "--type", "github", "--client-id", "Iv1.abc", "--client-secret-stdin"},
            "gh-secret-value\n");
        QVERIFY2(added.code == 0, qPrintable(added.err));
        added = providers({"add", "--name", "corp", "--type", "oidc", "--client-id", "adp", "--client-secret-stdin",
                           "--issuer", "https://login.example.com/realms/corp/"},
                          "oidc-secret\n");
        QVERIFY2(added.code == 0, qPrintable(added.err));
        added = providers({"add", "--name", "gitlab-self", "--type", "gitlab", "--client-id", "app",
                           "--client-secret-stdin", "--issuer", "https://gitlab.example.com"},
                          "gl-secret\n");
        QVERIFY2(added.code == 0, qPrintable(added.err));

        const CommandResult listed = providers({"list"});
        QCOMPARE(listed.code, 0);
        QVERIFY(listed.out.contains(QStringLiteral("corp\toidc\tadp\thttps://login.example.com/realms/corp")));
        QVERIFY(!listed.out.contains(QStringLiteral("secret")));

        // Sealed at rest: the database holds no secret in clear.
        {
            auto database = adp::server::storage::Database::open(storage.databaseUrl, 1);
            const auto rows = database->query(
                QStringLiteral("SELECT name, client_secret_sealed, authorize_url FROM oauth_providers ORDER BY name"));
            QCOMPARE(rows.size(), 3);
            for (int row = 0; row < rows.size(); ++row)
                QVERIFY(!rows.value(row, 1).toString().contains(QStringLiteral("secret")));
            QCOMPARE(rows.value(2, 2).toString(), QStringLiteral("https://gitlab.example.com/oauth/authorize"));
            QCOMPARE(
                database->query(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'provider.created'"))
                    .value(0, 0)
                    .toLongLong(),
                3);
        }

        const auto refused = [&](const QStringList &arguments, const char *field) {
            const CommandResult result =
                providers(QStringList{"add"} + arguments + QStringList{"--client-secret-stdin"}, "s\n");
            return result.code == 1 && result.err.contains(QStringLiteral("%1:").arg(QString::fromLatin1(field)));
        };
        QVERIFY(refused({"--name", "github", "--type", "github", "--client-id", "x"}, "name")); // taken
        QVERIFY(refused({"--name", "Bad Name", "--type", "github", "--client-id", "x"}, "name"));
        QVERIFY(refused({"--name", "fb", "--type", "facebook", "--client-id", "x"}, "type"));
        QVERIFY(refused({"--name", "nooidc", "--type", "oidc", "--client-id", "x"}, "issuer"));
        QVERIFY(refused({"--name", "plain", "--type", "oidc", "--client-id", "x", "--issuer", "http://evil.example"},
                        "issuer"));
        QVERIFY(refused({"--name", "creds", "--type", "oidc", "--client-id", "x", "--issuer", "https://u:p@id.example"},
                        "issuer"));
        QCOMPARE(providers({"add", "--name", "x1", "--type", "github", "--client-id", "x"}).code, 2); // no secret flag

        // The sign-in screen sees names and types, never ids or secrets.
        ServerProcess server(storage, dataDir.path());
        QVERIFY2(server.start(), qPrintable(server.output()));
        HttpTestClient anonymous(server.url());
        const HttpResult publicList = anonymous.get("/api/v1/auth/providers");
        QCOMPARE(publicList.status, 200);
        QCOMPARE(publicList.json().value("items").toArray().size(), 3);
        QVERIFY(!publicList.body.contains("secret"));
        QVERIFY(!publicList.body.contains("Iv1.abc"));
        QCOMPARE(server.terminate(), 0);

        QCOMPARE(providers({"remove", "--name", "corp"}).code, 0);
        QCOMPARE(providers({"remove", "--name", "corp"}).code, 1);
        QVERIFY(!providers({"list"}).out.contains(QStringLiteral("corp")));
    }
};

QTEST_GUILESS_MAIN(TestProviders)
#include "tst_providers.moc"
