#include "CommandRun.h"
#include "HttpTestClient.h"
#include "PipelineCalls.h"
#include "ProgramOnPath.h"
#include "ServerProcess.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace adp::test;

// adp-server's own command line as an operator uses it: --version, migrate,
// users add, configuration precedence, JSON logs, refusing a database
// written by a newer binary, and rotating the secrets key while a server runs.
class TestServerCli : public QObject
{
    Q_OBJECT

private:
    using Run = CommandResult;

    static Run server(const QStringList &arguments, const QByteArray &input = {})
    {
        return runCommand(QStringLiteral("adp-server"), arguments, input);
    }

private Q_SLOTS:
    void versionAndUsage()
    {
        const Run version = server({"--version"});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("adp-server 0.")));
        QCOMPARE(server({"frobnicate"}).code, 2);
        QCOMPARE(server({"--no-such-flag"}).code, 2);
        const Run badConfig = server({"--log-format", "xml"});
        QCOMPARE(badConfig.code, 2);
        QVERIFY(badConfig.err.contains(QStringLiteral("log_format")));
    }

    void migrateAndUsersAdd_data() { addBackendRows(); }

    void migrateAndUsersAdd()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        if (backend == u"postgres")
            TestBackends::flushRedis(); // sessions of other suites' servers would count as bob's (same user id)
        const Backend storage = TestBackends::create(backend);
        QTemporaryDir dataDir;
        const QStringList common{"--data-dir",        dataDir.path(), "--database",
                                 storage.databaseUrl, "--log-level",  "warn"};
        const Run migrate = server(QStringList{"migrate"} + common);
        QVERIFY2(migrate.code == 0, qPrintable(migrate.err));
        QVERIFY(migrate.out.contains(
            QStringLiteral("schema version 0 -> %1").arg(adp::server::storage::Migrator::latestVersion())));
        QVERIFY(server(QStringList{"migrate"} + common).out.contains(QStringLiteral("0 migration(s) applied")));

        const Run added = server(
            QStringList{"users", "add", "--username", "bob", "--password-stdin", "--admin"} + common, "bob-password\n");
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const Run again =
            server(QStringList{"users", "add", "--username", "bob", "--password-stdin"} + common, "bob-password\n");
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QStringLiteral("already taken")));
        const Run weak =
            server(QStringList{"users", "add", "--username", "carol", "--password-stdin"} + common, "short\n");
        QCOMPARE(weak.code, 1);
        QVERIFY(weak.err.contains(QStringLiteral("password")));
        QCOMPARE(server(QStringList{"users", "add", "--username", "dave"} + common).code, 2);

        // With a user present, the first start creates no admin and prints no password.
        ServerProcess process(storage, dataDir.path());
        QVERIFY2(process.start(), qPrintable(process.output()));
        QVERIFY(process.adminPassword().isEmpty());
        HttpTestClient client(process.url());
        QVERIFY(!client.login(QStringLiteral("bob"), QStringLiteral("bob-password")).isEmpty());
        QCOMPARE(client.get(QStringLiteral("/api/v1/auth/me")).json().value("is_admin").toBool(), true);

        // Withdrawing administration ends bob's sessions: the next request needs a new sign-in.
        QStringList roleArguments{"users", "set-role", "--username", "bob", "--no-admin"};
        roleArguments += common;
        if (!storage.redisUrl.isEmpty())
            roleArguments << "--redis" << storage.redisUrl;
        const Run demoted = server(roleArguments);
        QVERIFY2(demoted.code == 0, qPrintable(demoted.err));
        QVERIFY(demoted.out.contains(QStringLiteral("1 session(s) ended")));
        QTRY_COMPARE_WITH_TIMEOUT(client.get(QStringLiteral("/api/v1/auth/me")).status, 401, 5000);
        QVERIFY(!client.login(QStringLiteral("bob"), QStringLiteral("bob-password")).isEmpty());
        QCOMPARE(client.get(QStringLiteral("/api/v1/auth/me")).json().value("is_admin").toBool(), false);
        QCOMPARE(client.get(QStringLiteral("/api/v1/audit")).status, 403);
        QCOMPARE(server(QStringList{"users", "set-role", "--username", "nobody", "--admin"} + common).code, 1);
        QCOMPARE(server(QStringList{"users", "set-role", "--username", "bob"} + common).code, 2);
        QCOMPARE(server(QStringList{"users", "set-role", "--username", "bob", "--admin", "--auditor"} + common).code,
                 2);

        // Auditing is granted the same way, and also starts over with a new session.
        QStringList auditorArguments{"users", "set-role", "--username", "bob", "--auditor"};
        auditorArguments += roleArguments.mid(5);
        const Run audited = server(auditorArguments);
        QVERIFY2(audited.code == 0 && audited.out.contains(QStringLiteral("now an auditor")),
                 qPrintable(audited.out + audited.err));
        QTRY_COMPARE_WITH_TIMEOUT(client.get(QStringLiteral("/api/v1/auth/me")).status, 401, 5000);
        QVERIFY(!client.login(QStringLiteral("bob"), QStringLiteral("bob-password")).isEmpty());
        QCOMPARE(client.get(QStringLiteral("/api/v1/audit")).status, 200);
    }

    void secretsKeyRotatesWhileTheServerRuns_data() { addBackendRows(); }
    void secretsKeyRotatesWhileTheServerRuns()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        const Backend storage = TestBackends::create(backend);
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(QStringLiteral("data"));
        ServerProcess process(storage, dataDir);
        QVERIFY2(process.start(), qPrintable(process.output()));
        HttpTestClient client(process.url());
        QVERIFY(!client.login(QStringLiteral("admin"), process.adminPassword()).isEmpty());
        QCOMPARE(client.post("/api/v1/projects", {{"name", "Shop"}, {"slug", "shop"}}).status, 201);
        QCOMPARE(
            client.put("/api/v1/projects/shop/variables/API_TOKEN", {{"value", "s3cret-token-value"}, {"masked", true}})
                .status,
            200);
        QCOMPARE(client.put("/api/v1/projects/shop/variables/REGION", {{"value", "eu-west"}}).status, 200);
        const auto database = adp::server::storage::Database::open(storage.databaseUrl);
        const auto sealedValues = [&database]() {
            QStringList values;
            const auto rows =
                database->query(QStringLiteral("SELECT value_sealed FROM project_variables ORDER BY key"));
            for (int row = 0; row < rows.size(); ++row)
                values.append(rows.value(row, 0).toString());
            return values;
        };
        const QStringList before = sealedValues();
        QFile keyFile(QDir(dataDir).filePath(QStringLiteral("secrets.key")));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QByteArray oldKey = keyFile.readAll();
        keyFile.close();

        const QStringList common{"--data-dir", dataDir, "--database", storage.databaseUrl, "--log-level", "warn"};
        QCOMPARE(server(QStringList{"secrets", "rotate-key", "--settle-seconds", "soon"} + common).code, 2);
        const Run rotated = server(QStringList{"secrets", "rotate-key", "--settle-seconds", "2"} + common);
        QVERIFY2(rotated.code == 0 && rotated.out.contains(QStringLiteral("2 secret(s) sealed again")),
                 qPrintable(rotated.out + rotated.err));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QByteArray newKey = keyFile.readAll();
        keyFile.close();
        QCOMPARE(newKey.count('\n'), 1); // the old key is retired
        QVERIFY(newKey != oldKey);
        QCOMPARE(QFile::permissions(keyFile.fileName()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const QStringList after = sealedValues();
        QCOMPARE(after.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(after.at(i) != before.at(i));
            QVERIFY(!after.at(i).contains(QStringLiteral("s3cret")) &&
                    !after.at(i).contains(QStringLiteral("eu-west")));
        }

        // The running server follows the new key: it reads what was sealed again and seals with it.
        QCOMPARE(client.get("/api/v1/projects/shop/variables")
                     .json()
                     .value("items")
                     .toArray()
                     .at(1)
                     .toObject()
                     .value("value"),
                 QJsonValue(QStringLiteral("eu-west")));
        QCOMPARE(client.put("/api/v1/projects/shop/variables/LATER", {{"value", "after-rotation"}}).status, 200);
        const Run again = server(QStringList{"secrets", "rotate-key", "--settle-seconds", "1"} + common);
        QVERIFY2(again.out.contains(QStringLiteral("pass 1: 3 secret(s)")), qPrintable(again.out));
        QCOMPARE(client.get("/api/v1/audit?action=secrets.key_rotated").json().value("items").toArray().size(), 2);

        // And so does the next start.
        QCOMPARE(process.terminate(), 0);
        ServerProcess restarted(storage, dataDir);
        QVERIFY2(restarted.start(), qPrintable(restarted.output()));
        HttpTestClient second(restarted.url());
        QVERIFY(!second.login(QStringLiteral("admin"), process.adminPassword()).isEmpty());
        const QJsonArray items = second.get("/api/v1/projects/shop/variables").json().value("items").toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(1).toObject().value("value").toString(), QStringLiteral("after-rotation"));
    }

    void demoProjectRunsItsFirstPipeline()
    {
        QTemporaryDir dir;
        const Backend storage = TestBackends::create(QStringLiteral("sqlite"));
        ServerProcess process(storage, dir.filePath(QStringLiteral("data")));
        QVERIFY2(process.start({"--demo"}), qPrintable(process.output()));
        HttpTestClient client(process.url());
        QVERIFY(!client.login(QStringLiteral("admin"), process.adminPassword()).isEmpty());
        const QJsonObject project = client.get("/api/v1/projects/demo").json();
        QVERIFY(project.value("repository_url").toString().endsWith(QStringLiteral("demo-repository")));
        QTRY_COMPARE_WITH_TIMEOUT(client.get("/api/v1/pipelines/1").status, 200, 10000);
        const QJsonObject pipeline = waitUntilFinished(client, 1, 30000); // says why a job failed
        QCOMPARE(pipeline.value("status").toString(), QStringLiteral("success"));
        QStringList jobs;
        for (const QJsonValue &job : pipeline.value("jobs").toArray())
            jobs.append(job.toObject().value("name").toString() + u':' + job.toObject().value("status").toString());
        QCOMPARE(jobs, (QStringList{"build:success", "unit-tests:success", "lint:success", "deploy:manual"}));
        QVERIFY(client.get("/api/v1/jobs/2/log").body.contains("2 tests passed"));
        // The build's artifact reached the tests (they ran what it built) and can be downloaded.
        QVERIFY(client.get("/api/v1/jobs/2/log").body.contains("Downloading artifacts for build (1)"));
        QVERIFY(pipeline.value("jobs").toArray().at(0).toObject().contains("artifacts"));
        QCOMPARE(client.get("/api/v1/jobs/1/artifacts").status, 200);
        // A second start keeps the project and makes no new pipeline.
        QCOMPARE(process.terminate(), 0);
        ServerProcess again(storage, dir.filePath(QStringLiteral("data")));
        QVERIFY2(again.start({"--demo"}), qPrintable(again.output()));
        HttpTestClient second(again.url());
        QVERIFY(!second.login(QStringLiteral("admin"), process.adminPassword()).isEmpty());
        QCOMPARE(second.get("/api/v1/projects/demo/pipelines").json().value("items").toArray().size(), 1);
    }

    void refusesNewerSchemaAtStart()
    {
        const Backend storage = TestBackends::create(QStringLiteral("sqlite"));
        {
            auto database = adp::server::storage::Database::open(storage.databaseUrl, 1);
            adp::server::storage::Migrator(*database).migrate();
            database->query(
                QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)"));
        }
        QTemporaryDir dataDir;
        const Run start =
            server({"--data-dir", dataDir.path(), "--database", storage.databaseUrl, "--listen", "127.0.0.1:0"});
        QCOMPARE(start.code, 1);
        QVERIFY2(start.err.contains(QStringLiteral("schema is version 999")), qPrintable(start.err));
        QVERIFY(!start.out.contains(QStringLiteral("listening")));
    }

    // The sandbox is tried while the database opens; a sandbox asked for and not to be had still
    // stops the start, with bubblewrap's own reason.
    void refusesAnAskedForSandboxItCannotMake()
    {
        const ProgramOnPath bwrap(QStringLiteral("bwrap"),
                                  "#!/bin/sh\necho 'No permissions to creating new namespace' >&2\nexit 1\n");
        QVERIFY(bwrap.ok());
        const Backend storage = TestBackends::create(QStringLiteral("sqlite"));
        QTemporaryDir dataDir;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ADP_SANDBOX"), QStringLiteral("bubblewrap"));
        const Run start =
            runCommand(QStringLiteral("adp-server"),
                       {"--data-dir", dataDir.path(), "--database", storage.databaseUrl, "--listen", "127.0.0.1:0"}, {},
                       environment);
        QCOMPARE(start.code, 1);
        QVERIFY2(start.err.contains(QStringLiteral("sandbox: bubblewrap was asked for, but bubblewrap cannot make a "
                                                   "sandbox here: No permissions to creating new namespace")),
                 qPrintable(start.err));
        QVERIFY(!start.out.contains(QStringLiteral("listening")));
    }

    void flagsBeatEnvironmentBeatFile()
    {
        QTemporaryDir dir;
        QFile config(dir.filePath(QStringLiteral("adp.yaml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("listen: 127.0.0.1:1\nlog_format: json\nlog_level: info\ndata_dir: " +
                     dir.filePath("from-file").toUtf8() + "\n");
        config.close();
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("ADP_CONFIG"), config.fileName());
        environment.insert(QStringLiteral("ADP_LISTEN"), QStringLiteral("127.0.0.1:2"));
        environment.insert(QStringLiteral("ADP_DATA_DIR"), dir.filePath(QStringLiteral("from-env")));

        ServerProcess process(TestBackends::create(QStringLiteral("sqlite")),
                              dir.filePath(QStringLiteral("from-flag")));
        // ServerProcess passes --listen 127.0.0.1:0 and --data-dir: the flags must win.
        QVERIFY2(process.start({"--log-level", "info"}, environment), qPrintable(process.output()));
        QVERIFY(!process.adminPassword().isEmpty());
        QVERIFY(process.url().port() > 2);
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("from-flag"))));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("from-env"))));
        QCOMPARE(process.terminate(), 0);

        // The file's log format applies (no flag or variable overrides it): JSON lines.
        int jsonLines = 0;
        for (const QString &line : process.output().split(u'\n')) {
            if (!line.startsWith(u'{'))
                continue;
            QJsonParseError error{};
            const QJsonObject object = QJsonDocument::fromJson(line.toUtf8(), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(line));
            QVERIFY(object.contains(QStringLiteral("time")) && object.contains(QStringLiteral("level")));
            QVERIFY2(!line.contains(process.adminPassword()), "a log line carries the admin password");
            ++jsonLines;
        }
        QVERIFY(jsonLines >= 2);
    }

    void providersFromTheConfigFile()
    {
        QTemporaryDir dir;
        QFile secret(dir.filePath(QStringLiteral("corp.secret")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("corp-client-secret\n");
        secret.close();
        QFile config(dir.filePath(QStringLiteral("adp.yaml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("providers:\n"
                     "  - name: corp\n    type: oidc\n    client_id: adp\n    issuer: https://id.example.com\n"
                     "    client_secret_file: " +
                     secret.fileName().toUtf8() +
                     "\n    link_by_email: true\n"
                     "  - name: github\n    type: github\n    client_id: Iv1.x\n    client_secret_file: " +
                     secret.fileName().toUtf8() + "\n");
        config.close();
        ServerProcess process(TestBackends::create(QStringLiteral("sqlite")), dir.filePath(QStringLiteral("data")));
        QVERIFY2(process.start({"--config", config.fileName()}), qPrintable(process.output()));
        HttpTestClient client(process.url());
        const QJsonArray providers = client.get("/api/v1/auth/providers").json().value("items").toArray();
        QCOMPARE(providers.size(), 2);
        QCOMPARE(providers.at(0).toObject().value("name").toString(), QStringLiteral("corp"));
        QVERIFY(!process.output().contains(QStringLiteral("corp-client-secret")));
        QCOMPARE(process.terminate(), 0);
        // Started again: nothing doubles, nothing fails.
        QVERIFY2(process.start({"--config", config.fileName()}), qPrintable(process.output()));
        QCOMPARE(HttpTestClient(process.url()).get("/api/v1/auth/providers").json().value("items").toArray().size(), 2);
        QCOMPARE(process.terminate(), 0);

        // A secret file that cannot be read stops the start, saying which provider.
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write(
            "providers:\n  - name: other\n    type: github\n    client_id: x\n    client_secret_file: /nonexistent/secret\n");
        config.close();
        ServerProcess broken(TestBackends::create(QStringLiteral("sqlite")), dir.filePath(QStringLiteral("data2")));
        QVERIFY(!broken.start({"--config", config.fileName()}));
        QVERIFY2(broken.output().contains(QStringLiteral("'other'")), qPrintable(broken.output()));
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write("providers: corp\n");
        config.close();
        QVERIFY(!broken.start({"--config", config.fileName()}));
        QVERIFY2(broken.output().contains(QStringLiteral("must be a list")), qPrintable(broken.output()));
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_server_cli.moc"
