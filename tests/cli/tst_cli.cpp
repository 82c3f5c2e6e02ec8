#include "CommandRun.h"
#include "OidcProvider.h"
#include "ServerProcess.h"
#include "kube/FakeKubeApi.h"
#include "kube/TestPki.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QtTest>

using namespace adp::test;

// The `adp` executable against a real adp-server process, on both backends:
// what a user types, the exit codes scripts rely on, and the saved session.
class TestCli : public QObject
{
    Q_OBJECT

private:
    using Run = CommandResult;

    QTemporaryDir m_config;

    Run adp(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ADP_CONFIG_DIR"), m_config.path());
        environment.insert(QStringLiteral("ADP_CREDENTIAL_STORE"), QStringLiteral("file"));
        environment.insert(QStringLiteral("ADP_LANGUAGE"), QStringLiteral("en"));
        environment.remove(QStringLiteral("ADP_SERVER"));
        environment.remove(QStringLiteral("ADP_TOKEN"));
        return runCommand(QStringLiteral("adp"), arguments, input, environment);
    }

private Q_SLOTS:
    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{"deploy"};
        QTest::newRow("projects without action") << QStringList{"projects"};
        QTest::newRow("show without key") << QStringList{"projects", "show"};
        QTest::newRow("unknown option") << QStringList{"projects", "list", "--colour"};
        QTest::newRow("bad output") << QStringList{"projects", "list", "--output", "yaml"};
        QTest::newRow("login without server") << QStringList{"login", "--username", "a", "--password-stdin"};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = adp(arguments);
        QCOMPARE(run.code, 2);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(run.out.isEmpty());
    }

    void versionAndHelp()
    {
        QCOMPARE(adp({"--version"}).code, 0);
        QVERIFY(adp({"--version"}).out.startsWith(QStringLiteral("adp ")));
        const Run help = adp({"--help"});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("projects create")));
    }

    void notSignedInIsAnError()
    {
        const Run run = adp({"projects", "list"});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("adp login")));
    }

    void projectsEndToEnd_data() { addBackendRows(); }

    void projectsEndToEnd()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        if (backend == u"postgres")
            TestBackends::flushRedis();
        ServerProcess server(TestBackends::create(backend));
        QVERIFY2(server.start(), qPrintable(server.output()));
        QVERIFY(!server.adminPassword().isEmpty());
        const QString url = server.url().toString();

        const Run wrong =
            adp({"login", "--server", url, "--username", "admin", "--password-stdin"}, "not-the-password\n");
        QCOMPARE(wrong.code, 1);
        QVERIFY(wrong.err.contains(QStringLiteral("Wrong username or password")));

        const Run login = adp({"login", "--server", url, "--username", "admin", "--password-stdin"},
                              server.adminPassword().toUtf8() + '\n');
        QVERIFY2(login.code == 0, qPrintable(login.err));
        QCOMPARE(QFileInfo(m_config.path() + QStringLiteral("/session.json")).permissions() & QFile::ReadOther,
                 QFile::Permissions());

        const Run created = adp({"projects", "create", "--name", "Web Shop", "--slug", "web-shop", "--repository",
                                 "https://github.com/acme/shop.git", "--output", "json"});
        QVERIFY2(created.code == 0, qPrintable(created.err));
        QCOMPARE(created.json().value("slug").toString(), QStringLiteral("web-shop"));
        const qint64 id = created.json().value("id").toInteger();

        const Run duplicate = adp({"projects", "create", "--name", "Again", "--slug", "web-shop"});
        QCOMPARE(duplicate.code, 1);
        QVERIFY(duplicate.err.contains(QStringLiteral("slug: is already taken")));
        const Run invalid = adp({"projects", "create", "--name", "Bad", "--slug", "Bad Slug"});
        QCOMPARE(invalid.code, 1);
        QVERIFY(invalid.err.contains(QStringLiteral("slug:")));
        QCOMPARE(adp({"projects", "create", "--name", "x", "--slug", "xy", "--visibility", "secret"}).code, 2);

        for (int i = 0; i < 3; ++i)
            QCOMPARE(adp({"projects", "create", "--name", QStringLiteral("P%1").arg(i), "--slug",
                          QStringLiteral("p%1").arg(i)})
                         .code,
                     0);
        const Run table = adp({"projects", "list", "--sort", "slug"});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.startsWith(QStringLiteral("ID")));
        QVERIFY(table.out.contains(QStringLiteral("web-shop")));
        const Run paged = adp({"projects", "list", "--sort", "slug", "--limit", "2", "--all", "--output", "json"});
        QCOMPARE(paged.code, 0);
        QCOMPARE(paged.json().value("items").toArray().size(), 4);
        const Run searched = adp({"projects", "list", "--search", "shop", "--output", "json"});
        QCOMPARE(searched.json().value("items").toArray().size(), 1);

        const Run shown = adp({"projects", "show", QString::number(id), "--output", "json"});
        QCOMPARE(shown.json().value("repository_url").toString(), QStringLiteral("https://github.com/acme/shop.git"));
        const Run updated = adp({"projects", "update", "web-shop", "--visibility", "public", "--default-branch",
                                 "develop", "--output", "json"});
        QCOMPARE(updated.code, 0);
        QCOMPARE(updated.json().value("visibility").toString(), QStringLiteral("public"));
        QCOMPARE(updated.json().value("default_branch").toString(), QStringLiteral("develop"));
        QCOMPARE(adp({"projects", "update", "web-shop"}).code, 2);

        QCOMPARE(adp({"projects", "delete", "web-shop"}).code, 0);
        const Run gone = adp({"projects", "show", "web-shop"});
        QCOMPARE(gone.code, 1);
        QVERIFY(gone.err.contains(QStringLiteral("not found")));

        const Run audit = adp({"audit", "list", "--action", "project.", "--all", "--output", "json"});
        QCOMPARE(audit.code, 0);
        QCOMPARE(audit.json().value("items").toArray().size(),
                 6); // 4 creates (failed ones leave none), 1 update, 1 delete
        const Run auditTable = adp({"audit", "list", "--target", QStringLiteral("project:%1").arg(id)});
        QCOMPARE(auditTable.code, 0);
        QVERIFY(auditTable.out.contains(QStringLiteral("project.deleted")));
        QCOMPARE(adp({"audit", "list", "--since", "yesterday"}).code, 2);
        const Run verified = adp({"audit", "verify"});
        QCOMPARE(verified.code, 0);
        QVERIFY(verified.out.contains(QStringLiteral("intact")));

        // A signed export, checked with the key asked of the server and with a saved key offline.
        QTemporaryDir exports;
        const QString trail = exports.filePath(QStringLiteral("trail.jsonl"));
        const Run exported = adp({"audit", "export", "--action", "project.", "--format", "jsonl", "--file", trail});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        QVERIFY(exported.out.contains(QStringLiteral("6 events, complete and signed")));
        QVERIFY(!QFile::exists(trail + QStringLiteral(".part")));
        const Run key = adp({"audit", "signing-key"});
        QVERIFY(key.out.startsWith(QStringLiteral("-----BEGIN PUBLIC KEY-----")));
        const QString keyFile = exports.filePath(QStringLiteral("key.pem"));
        QFile pem(keyFile);
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write(key.out.toUtf8());
        pem.close();
        const Run checked = adp({"audit", "verify-export", trail, "--public-key", keyFile, "--output", "json"});
        QCOMPARE(checked.code, 0);
        QCOMPARE(checked.json().value("intact").toBool(), true);
        QCOMPARE(checked.json().value("events").toInt(), 6);
        QFile file(trail);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray content = file.readAll();
        content.replace("\"web-shop\"", "\"web-sh0p\"");
        file.resize(0);
        file.write(content);
        file.close();
        const Run tampered = adp({"audit", "verify-export", trail, "--public-key", keyFile});
        QCOMPARE(tampered.code, 1);
        QVERIFY(tampered.out.contains(QStringLiteral("[changed]")));
        QCOMPARE(adp({"audit", "export", "--file", trail, "--format", "xml"}).code, 1); // the server refuses it
        QCOMPARE(adp({"audit", "export"}).code, 2);
        QCOMPARE(adp({"audit", "verify-export"}).code, 2);

        // A PDF report in Chinese of the same events: checked on arrival, then offline; a page
        // changed afterwards is found.
        const QString report = exports.filePath(QStringLiteral("report.pdf"));
        const Run reported = adp({"audit", "report", "--pdf", report, "--language", "zh_CN", "--action", "project."});
        QVERIFY2(reported.code == 0, qPrintable(reported.err));
        QVERIFY(reported.out.contains(QStringLiteral("6 events, complete and signed")));
        const Run reportChecked = adp({"audit", "verify-export", report, "--public-key", keyFile, "--output", "json"});
        QCOMPARE(reportChecked.code, 0);
        QCOMPARE(reportChecked.json().value("format").toString(), QStringLiteral("pdf"));
        QCOMPARE(reportChecked.json().value("events").toInt(), 6);
        QFile pdf(report);
        QVERIFY(pdf.open(QIODevice::ReadWrite));
        QByteArray pages = pdf.readAll();
        const qsizetype lastStream = pages.lastIndexOf("stream\n");
        QVERIFY(lastStream > 0);
        pages[lastStream + 30] = char(pages.at(lastStream + 30) ^ 0x20);
        pdf.resize(0);
        pdf.write(pages);
        pdf.close();
        const Run pageChanged = adp({"audit", "verify-export", report, "--public-key", keyFile});
        QCOMPARE(pageChanged.code, 1);
        QVERIFY(pageChanged.out.contains(QStringLiteral("[signature]")));
        QCOMPARE(adp({"audit", "report"}).code, 2);                                      // no --pdf
        QCOMPARE(adp({"audit", "report", "--pdf", report, "--language", "fr"}).code, 1); // the server refuses it

        // An API token for scripts: created once, then used to sign in elsewhere.
        const Run token = adp({"tokens", "create", "--name", "ci", "--scope", "read_api", "--output", "json"});
        QCOMPARE(token.code, 0);
        const QString secret = token.json().value("token").toString();
        QVERIFY(secret.startsWith(QStringLiteral("adp_")));
        QVERIFY(adp({"tokens", "list"}).out.contains(QStringLiteral("read_api")));
        QCOMPARE(adp({"tokens", "create"}).code, 2);
        QTemporaryDir otherConfig;
        QProcessEnvironment scriptEnvironment = QProcessEnvironment::systemEnvironment();
        scriptEnvironment.insert(QStringLiteral("ADP_CONFIG_DIR"), otherConfig.path());
        scriptEnvironment.insert(QStringLiteral("ADP_CREDENTIAL_STORE"), QStringLiteral("file"));
        const Run tokenLogin = runCommand(QStringLiteral("adp"), {"login", "--server", url, "--token-stdin"},
                                          secret.toUtf8() + '\n', scriptEnvironment);
        QVERIFY2(tokenLogin.code == 0, qPrintable(tokenLogin.err));
        QCOMPARE(
            runCommand(QStringLiteral("adp"), {"projects", "list", "--output", "json"}, {}, scriptEnvironment).code, 0);
        const Run readOnly = runCommand(QStringLiteral("adp"), {"projects", "create", "--name", "x", "--slug", "xy"},
                                        {}, scriptEnvironment);
        QCOMPARE(readOnly.code, 1);
        QVERIFY(readOnly.err.contains(QStringLiteral("read_api")));
        QCOMPARE(runCommand(QStringLiteral("adp"), {"login", "--server", url, "--token-stdin"}, "adp_forged\n",
                            scriptEnvironment)
                     .code,
                 1);
        const QString tokenId = QString::number(token.json().value("id").toInteger());
        QCOMPARE(adp({"tokens", "revoke", tokenId}).code, 0);
        QCOMPARE(runCommand(QStringLiteral("adp"), {"projects", "list"}, {}, scriptEnvironment).code, 1);

        // A project's token: its maintainers make it with a role there.
        QCOMPARE(adp({"projects", "create", "--name", "Tools", "--slug", "tools"}).code, 0);
        QCOMPARE(adp({"tokens", "create", "--project", "tools", "--name", "deploy"}).code, 2);
        const Run projectToken = adp(
            {"tokens", "create", "--project", "tools", "--name", "deploy", "--role", "developer", "--output", "json"});
        QCOMPARE(projectToken.code, 0);
        QCOMPARE(projectToken.json().value("project").toString(), QStringLiteral("tools"));
        const Run projectTokens = adp({"tokens", "list", "--project", "tools"});
        QVERIFY(projectTokens.out.contains(QStringLiteral("developer")) &&
                projectTokens.out.contains(QStringLiteral("deploy")));
        QVERIFY(!adp({"tokens", "list"}).out.contains(QStringLiteral("deploy")));
        const Run wrongRole = adp({"tokens", "create", "--project", "tools", "--name", "x", "--role", "owner"});
        QCOMPARE(wrongRole.code, 1);
        QVERIFY(wrongRole.err.contains(QStringLiteral("role")));
        const QString projectTokenId = QString::number(projectToken.json().value("id").toInteger());
        QCOMPARE(adp({"tokens", "revoke", projectTokenId}).code, 1); // not a personal token
        QCOMPARE(adp({"tokens", "revoke", projectTokenId, "--project", "tools"}).code, 0);

        QCOMPARE(adp({"whoami", "--output", "json"}).json().value("username").toString(), QStringLiteral("admin"));
        QCOMPARE(adp({"logout"}).code, 0);
        QVERIFY(!QFileInfo::exists(m_config.path() + QStringLiteral("/session.json")));
        QCOMPARE(adp({"projects", "list"}).code, 1);
        QCOMPARE(server.terminate(), 0);
    }

    void organisationsTeamsAndMembers_data() { addBackendRows(); }

    void organisationsTeamsAndMembers()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        if (backend == u"postgres")
            TestBackends::flushRedis();
        ServerProcess server(TestBackends::create(backend));
        QVERIFY2(server.start(), qPrintable(server.output()));
        QVERIFY(server.addUser(QStringLiteral("bob"), QStringLiteral("bob-password")));
        const QString url = server.url().toString();
        QCOMPARE(adp({"login", "--server", url, "--username", "admin", "--password-stdin"},
                     server.adminPassword().toUtf8() + '\n')
                     .code,
                 0);

        const Run org = adp({"orgs", "create", "--name", "Acme", "--slug", "acme", "--output", "json"});
        QVERIFY2(org.code == 0, qPrintable(org.err));
        QCOMPARE(QJsonDocument::fromJson(org.out.toUtf8()).object().value("my_role").toString(),
                 QStringLiteral("owner"));
        QVERIFY(adp({"orgs", "list"}).out.contains(QStringLiteral("acme")));
        QCOMPARE(adp({"members", "add", "--org", "acme", "--user", "bob"}).code, 0);
        QCOMPARE(adp({"teams", "create", "--org", "acme", "--name", "Core", "--slug", "core"}).code, 0);
        QCOMPARE(adp({"teams", "add-member", "core", "--org", "acme", "--user", "bob"}).code, 0);
        QVERIFY(adp({"teams", "show", "core", "--org", "acme"}).out.contains(QStringLiteral("bob")));

        QCOMPARE(adp({"projects", "create", "--name", "Web", "--slug", "web", "--organisation", "acme"}).code, 0);
        QCOMPARE(adp({"members", "add", "--project", "web", "--team", "core", "--role", "reporter"}).code, 0);
        const Run listed = adp({"members", "list", "--project", "web", "--output", "json"});
        QCOMPARE(listed.code, 0);
        QStringList names;
        for (const QJsonValue &item : QJsonDocument::fromJson(listed.out.toUtf8()).object().value("items").toArray())
            names.append(item.toObject().value("kind").toString() + u':' + item.toObject().value("name").toString() +
                         u':' + item.toObject().value("role").toString());
        QCOMPARE(names, (QStringList{"user:admin:maintainer", "team:core:reporter"}));

        // Wrong input: a made-up role is the server's field error (exit 1); a missing --user is usage (exit 2).
        const Run badRole = adp({"members", "add", "--project", "web", "--user", "bob", "--role", "boss"});
        QCOMPARE(badRole.code, 1);
        QVERIFY(badRole.err.contains(QStringLiteral("role")));
        QCOMPARE(adp({"members", "add", "--project", "web"}).code, 2);
        QCOMPARE(adp({"members", "list", "--project", "web", "--org", "acme"}).code, 2);
        QCOMPARE(adp({"teams", "list"}).code, 2);
        QCOMPARE(adp({"members", "remove", "--project", "web", "--team", "core"}).code, 0);
        QCOMPARE(adp({"members", "remove", "--project", "web", "--team", "core"}).code, 1); // not a member any more

        // An invitation: created with a one-time code, listed, accepted by someone else.
        QCOMPARE(adp({"orgs", "create", "--name", "Beta", "--slug", "beta"}).code, 0);
        QCOMPARE(adp({"invitations", "create", "--org", "beta"}).code, 2);
        QCOMPARE(adp({"invitations", "accept"}).code, 2);
        const Run badEmail = adp({"invitations", "create", "--org", "beta", "--email", "nobody"});
        QCOMPARE(badEmail.code, 1);
        QVERIFY(badEmail.err.contains(QStringLiteral("email")));
        const Run invited = adp({"invitations", "create", "--org", "beta", "--email", "bob@example.test", "--role",
                                 "admin", "--output", "json"});
        QCOMPARE(invited.code, 0);
        const QString code = invited.json().value("code").toString();
        QVERIFY(code.startsWith(QStringLiteral("adpinv_")));
        QVERIFY(adp({"invitations", "list", "--org", "beta"}).out.contains(QStringLiteral("bob@example.test")));

        // Bob, signed in himself, sees the organisation but not the project now the team's grant is gone.
        QCOMPARE(adp({"login", "--server", url, "--username", "bob", "--password-stdin"}, "bob-password\n").code, 0);
        QVERIFY(adp({"orgs", "show", "acme"}).out.contains(QStringLiteral("member")));
        const Run hidden = adp({"projects", "show", "web"});
        QCOMPARE(hidden.code, 1);
        QVERIFY(hidden.err.contains(QStringLiteral("not found")));
        const Run accepted = adp({"invitations", "accept", code});
        QCOMPARE(accepted.code, 0);
        QVERIFY(accepted.out.contains(QStringLiteral("beta")) && accepted.out.contains(QStringLiteral("admin")));
        QCOMPARE(adp({"invitations", "accept", code}).code, 1); // used up
    }

    void signInThroughAProviderWithoutABrowser()
    {
        ADP_REQUIRE_OIDC_PROVIDER();
        ServerProcess server(TestBackends::create(QStringLiteral("sqlite")));
        QVERIFY2(server.start(), qPrintable(server.output()));
        QUrl callback = server.url();
        callback.setPath(QStringLiteral("/api/v1/auth/oauth/corp/callback"));
        OidcProvider provider;
        QVERIFY2(provider.start(callback), qPrintable(provider.output()));
        QVERIFY(server.command({"providers", "add", "--name", "corp", "--type", "oidc", "--client-id",
                                OidcProvider::kClientId, "--client-secret-stdin", "--issuer", provider.issuer()},
                               QByteArray(OidcProvider::kClientSecret) + '\n'));

        // adp waits on its loopback port; the "browser" is driven from here with the address it printed.
        QProcess login;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ADP_CONFIG_DIR"), m_config.path());
        environment.insert(QStringLiteral("ADP_CREDENTIAL_STORE"), QStringLiteral("file"));
        environment.insert(QStringLiteral("ADP_LANGUAGE"), QStringLiteral("en"));
        login.setProcessEnvironment(environment);
        login.start(ServerProcess::binary(QStringLiteral("adp")),
                    {"login", "--server", server.url().toString(), "--provider", "corp", "--no-browser"});
        QString printed;
        QUrl start;
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired() && start.isEmpty()) {
            login.waitForReadyRead(200);
            printed += QString::fromUtf8(login.readAllStandardError());
            for (const QString &line : printed.split(u'\n')) {
                if (line.startsWith(u"http") && line.contains(QStringLiteral("/start?")))
                    start = QUrl(line.trimmed());
            }
        }
        QVERIFY2(!start.isEmpty(), qPrintable(printed));
        QVERIFY(printed.contains(QStringLiteral("Open this address in a browser")));
        const QUrl loopback(QUrlQuery(start).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(loopback.host(), QStringLiteral("127.0.0.1"));
        const auto visit = OidcProvider::browse(start, QStringLiteral("fay"),
                                                QStringLiteral("http://127.0.0.1:%1/").arg(loopback.port()), true);
        QVERIFY2(visit.ok, qPrintable(visit.details));
        QVERIFY(login.waitForFinished(20000));
        QVERIFY2(login.exitCode() == 0, qPrintable(QString::fromUtf8(login.readAllStandardError())));
        QVERIFY(QString::fromUtf8(login.readAllStandardOutput()).contains(QStringLiteral("as fay")));
        QVERIFY(adp({"whoami"}).out.contains(QStringLiteral("fay")));
        QCOMPARE(adp({"login", "--server", server.url().toString(), "--provider", "corp", "--token-stdin"}).code, 2);
    }

    void lintChecksAFileWithoutAServer()
    {
        QTemporaryDir repository;
        QDir root(repository.path());
        QVERIFY(root.mkpath(QStringLiteral(".git")) && root.mkpath(QStringLiteral("ci")));
        const auto write = [&](const QString &name, const QByteArray &content) {
            QFile file(root.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
        };
        QVERIFY(write(QStringLiteral("ci/common.yml"), ".tests:\n  stage: test\n  script: make test\n"));
        QVERIFY(write(QStringLiteral(".gitlab-ci.yml"),
                      "include: ci/common.yml\nbuild:\n  stage: build\n  script: make\n"
                      "unit:\n  extends: .tests\n  needs: [build]\n"));
        const Run valid = adp({"lint", root.filePath(QStringLiteral(".gitlab-ci.yml"))});
        QVERIFY2(valid.code == 0, qPrintable(valid.err));
        QVERIFY(valid.out.contains(QStringLiteral("unit")) && valid.out.contains(QStringLiteral("2 jobs")));
        const Run json = adp({"lint", root.filePath(QStringLiteral(".gitlab-ci.yml")), "--output", "json"});
        QCOMPARE(json.json().value("jobs").toArray().size(), 2);

        QVERIFY(write(QStringLiteral("bad.yml"), "build:\n  script: make\n  stgae: build\n"));
        const Run invalid = adp({"lint", root.filePath(QStringLiteral("bad.yml"))});
        QCOMPARE(invalid.code, 1);
        QVERIFY2(invalid.err.contains(QStringLiteral("3:10: build:stgae: unknown keyword; did you mean 'stage'?")),
                 qPrintable(invalid.err));

        // include: local stays inside the repository.
        QVERIFY(write(QStringLiteral("escape.yml"), "include: ../../etc/passwd\nb:\n  script: x\n"));
        const Run escape = adp({"lint", root.filePath(QStringLiteral("escape.yml"))});
        QCOMPARE(escape.code, 1);
        QVERIFY(escape.err.contains(QStringLiteral("does not exist in the repository")));
        QCOMPARE(adp({"lint", root.filePath(QStringLiteral("missing.yml"))}).code, 1);
        QCOMPARE(adp({"lint", "a.yml", "b.yml"}).code, 2);
    }

    void pipelinesRunListShow()
    {
        QTemporaryDir repository;
        const auto git = [&](const QStringList &arguments) {
            QProcess process;
            process.setWorkingDirectory(repository.path());
            process.start(QStringLiteral("git"),
                          QStringList{"-c", "user.name=Test", "-c", "user.email=t@example.test"} + arguments);
            return process.waitForFinished(30000) && process.exitCode() == 0;
        };
        QFile definition(repository.filePath(QStringLiteral(".gitlab-ci.yml")));
        QVERIFY(definition.open(QIODevice::WriteOnly));
        definition.write(
            "build:\n  stage: build\n  script:\n    - echo building with $DEPLOY_KEY in $REGION\n"
            "    - echo built > out.txt\n  artifacts:\n    paths: [out.txt]\ntest:\n  needs: "
            "[build]\n  script: echo testing\n  environment:\n    name: staging\n    url: https://staging.example.com\n"
            "extra:\n  script: echo extra\n  rules:\n    - if: $EXTRA == \"1\"\n");
        definition.close();
        QVERIFY(git({"init", "-q", "-b", "main"}) && git({"add", "."}) && git({"commit", "-q", "-m", "CI"}));

        ServerProcess server(TestBackends::create(QStringLiteral("sqlite")));
        QVERIFY2(server.start(), qPrintable(server.output()));
        const QString url = server.url().toString();
        QCOMPARE(adp({"login", "--server", url, "--username", "admin", "--password-stdin"},
                     server.adminPassword().toUtf8() + '\n')
                     .code,
                 0);
        QCOMPARE(
            adp({"projects", "create", "--name", "Shop", "--slug", "shop", "--repository", repository.path()}).code, 0);
        const Run badPath = adp({"projects", "update", "shop", "--ci-config-path", "../elsewhere.yml"});
        QVERIFY2(badPath.code == 1 && badPath.err.contains(QStringLiteral("ci_config_path")), qPrintable(badPath.err));

        // Variables: a masked one from standard input (never shown back), a plain one, a refused one.
        const Run setMasked = adp({"variables", "--project", "shop", "set", "DEPLOY_KEY", "--masked", "--value-stdin"},
                                  "k3y-0f-the-deploy\n");
        QVERIFY2(setMasked.code == 0 && setMasked.out.contains(QStringLiteral("masked")),
                 qPrintable(setMasked.out + setMasked.err));
        QCOMPARE(adp({"variables", "--project", "shop", "set", "REGION", "--value", "eu-west"}).code, 0);
        QCOMPARE(adp({"variables", "--project", "shop", "set", "TEMP", "--value", "x"}).code, 0);
        QCOMPARE(adp({"variables", "--project", "shop", "delete", "TEMP"}).code, 0);
        const Run tooShort = adp({"variables", "--project", "shop", "set", "PIN", "--masked", "--value", "1234"});
        QVERIFY2(tooShort.code == 1 && tooShort.err.contains(QStringLiteral("value")), qPrintable(tooShort.err));
        QCOMPARE(adp({"variables", "--project", "shop", "set", "NOVALUE"}).code, 2);
        QCOMPARE(adp({"variables", "list"}).code, 2);
        const Run listed = adp({"variables", "--project", "shop", "list"});
        QVERIFY2(listed.out.contains(QStringLiteral("eu-west")) && listed.out.contains(QStringLiteral("[masked]")) &&
                     !listed.out.contains(QStringLiteral("k3y-0f")) && !listed.out.contains(QStringLiteral("TEMP")),
                 qPrintable(listed.out));
        // Scoped, protected and file variables; a scope is deleted on its own.
        QCOMPARE(adp({"variables", "--project", "shop", "set", "REGION", "--value", "eu-prod", "--scope", "production",
                      "--protected", "--file"})
                     .code,
                 0);
        const QJsonArray scoped =
            adp({"variables", "--project", "shop", "list", "--output", "json"}).json().value("items").toArray();
        QCOMPARE(scoped.size(), 3);
        QCOMPARE(scoped.at(2).toObject().value("environment_scope").toString(), QStringLiteral("production"));
        QVERIFY(scoped.at(2).toObject().value("protected").toBool());
        QCOMPARE(scoped.at(2).toObject().value("variable_type").toString(), QStringLiteral("file"));
        const Run badScope = adp({"variables", "--project", "shop", "set", "REGION", "--value", "x", "--scope", "a!"});
        QVERIFY2(badScope.code == 1 && badScope.err.contains(QStringLiteral("environment_scope")),
                 qPrintable(badScope.err));
        QCOMPARE(adp({"variables", "--project", "shop", "delete", "REGION", "--scope", "production"}).code, 0);
        QCOMPARE(adp({"variables", "--project", "shop", "delete", "REGION", "--scope", "production"}).code, 1);
        QVERIFY(adp({"variables", "--project", "shop", "list"}).out.contains(QStringLiteral("eu-west")));

        // Protected branches and tags.
        QCOMPARE(adp({"protected-refs", "--project", "shop", "add", "release/*"}).code, 0);
        QCOMPARE(adp({"protected-refs", "--project", "shop", "add", "v*", "--tag"}).code, 0);
        const Run badProtected = adp({"protected-refs", "--project", "shop", "add", "a..b"});
        QVERIFY2(badProtected.code == 1 && badProtected.err.contains(QStringLiteral("name")),
                 qPrintable(badProtected.err));
        QCOMPARE(adp({"protected-refs", "--project", "shop", "add", "release/*"}).code, 1); // already protected
        const Run refs = adp({"protected-refs", "--project", "shop", "list"});
        QVERIFY2(refs.out.contains(QStringLiteral("release/*")) && refs.out.contains(QStringLiteral("v*")),
                 qPrintable(refs.out));
        QCOMPARE(adp({"protected-refs", "--project", "shop", "remove", "v*", "--tag"}).code, 0);
        QCOMPARE(adp({"protected-refs", "--project", "shop", "remove", "v*", "--tag"}).code, 1);
        QCOMPARE(adp({"protected-refs", "list"}).code, 2);
        QCOMPARE(adp({"protected-refs", "--project", "shop", "list", "--output", "json"})
                     .json()
                     .value("items")
                     .toArray()
                     .size(),
                 1);

        const Run ran =
            adp({"pipelines", "run", "--project", "shop", "--ref", "main", "-v", "EXTRA=1", "--output", "json"});
        QVERIFY2(ran.code == 0, qPrintable(ran.err));
        const QJsonArray jobs = ran.json().value("jobs").toArray();
        QCOMPARE(jobs.size(), 3);
        QCOMPARE(jobs.at(0).toObject().value("status").toString(), QStringLiteral("pending"));
        const QString id = QString::number(ran.json().value("id").toInteger());
        const Run table = adp({"pipelines", "run", "--project", "shop", "--ref", "main"});
        QVERIFY2(table.code == 0 && table.out.contains(QStringLiteral("Pipeline ")) &&
                     table.out.contains(QStringLiteral("test")) &&
                     !table.out.contains(QStringLiteral("extra")), // EXTRA not given this time
                 qPrintable(table.out));
        QVERIFY(
            adp({"pipelines", "list", "--project", "shop"}).out.contains(ran.json().value("sha").toString().left(8)));
        QCOMPARE(
            adp({"pipelines", "list", "--project", "shop", "--output", "json"}).json().value("items").toArray().size(),
            2);
        const Run shown = adp({"pipelines", "show", id, "--output", "json"});
        QCOMPARE(shown.json().value("jobs").toArray().size(), 3);

        // Follow a job's log to its end; act on finished pipelines and jobs.
        const QString buildJob = QString::number(jobs.at(0).toObject().value("id").toInteger());
        const Run followed = adp({"jobs", "log", buildJob, "--follow"});
        QVERIFY2(followed.code == 0 && followed.out.contains(QStringLiteral("building with [MASKED] in eu-west")) &&
                     !followed.out.contains(QStringLiteral("k3y-0f")) &&
                     followed.out.contains(QStringLiteral("Job succeeded")),
                 qPrintable(followed.out + followed.err));
        QTRY_VERIFY_WITH_TIMEOUT(
            adp({"pipelines", "show", id, "--output", "json"}).json().value("status").toString() == u"success", 20000);
        // The test job deployed to staging: the environment and its deployments, listed and shown.
        const Run environments = adp({"environments", "--project", "shop", "list"});
        QVERIFY2(environments.code == 0 && environments.out.contains(QStringLiteral("staging")) &&
                     environments.out.contains(QStringLiteral("https://staging.example.com")),
                 qPrintable(environments.out + environments.err));
        const Run staging = adp({"environments", "--project", "shop", "show", "staging"});
        QVERIFY2(staging.code == 0 && staging.out.contains(QStringLiteral("running now: #")), qPrintable(staging.out));
        const Run history = adp({"deployments", "--project", "shop", "list", "--environment", "staging", "--limit", "1",
                                 "--output", "json"});
        QVERIFY2(history.code == 0 && history.json().value("items").toArray().size() == 1, qPrintable(history.out));
        const QString iid =
            QString::number(history.json().value("items").toArray().at(0).toObject().value("iid").toInteger());
        const Run deployment = adp({"deployments", "--project", "shop", "show", iid});
        QVERIFY2(deployment.code == 0 && deployment.out.contains(QStringLiteral("to staging")),
                 qPrintable(deployment.out));
        const Run badStatus = adp({"deployments", "--project", "shop", "list", "--status", "exploded"});
        QVERIFY2(badStatus.code == 1 && badStatus.err.contains(QStringLiteral("status")), qPrintable(badStatus.err));
        QCOMPARE(adp({"deployments", "list"}).code, 2);
        QCOMPARE(adp({"deployments", "--project", "shop", "show", "abc"}).code, 2);
        QCOMPARE(adp({"environments", "--project", "shop", "show", "nowhere"}).code, 1);
        // Roll staging back to that deployment: its job runs again, staging is pinned until unpinned.
        const Run rolledBack = adp({"deployments", "--project", "shop", "rollback", iid});
        QVERIFY2(rolledBack.code == 0 && rolledBack.out.contains(QStringLiteral("rollback to #%1").arg(iid)),
                 qPrintable(rolledBack.out + rolledBack.err));
        QTRY_VERIFY_WITH_TIMEOUT(
            adp({"pipelines", "show", id, "--output", "json"}).json().value("status").toString() == u"success", 20000);
        const Run pinned = adp({"environments", "--project", "shop", "show", "staging"});
        QVERIFY2(pinned.out.contains(QStringLiteral("pinned to #")), qPrintable(pinned.out));
        QCOMPARE(adp({"deployments", "--project", "shop", "rollback", "999999"}).code, 1);
        const Run unpinned = adp({"environments", "--project", "shop", "unpin", "staging", "--output", "json"});
        QVERIFY2(unpinned.code == 0 && unpinned.json().value("pinned").isNull(), qPrintable(unpinned.err));
        QCOMPARE(adp({"environments", "--project", "shop", "unpin", "staging"}).code, 1);
        const Run stopped = adp({"environments", "--project", "shop", "stop", "staging", "--output", "json"});
        QVERIFY2(stopped.code == 0 && stopped.json().value("state").toString() == u"stopped", qPrintable(stopped.err));
        QCOMPARE(adp({"environments", "--project", "shop", "stop", "staging"}).code, 1);
        // The build's artifacts, downloaded and checked against the server's checksum.
        const QString archive = repository.filePath(QStringLiteral("download/build.tar.gz"));
        QVERIFY(QDir().mkpath(QFileInfo(archive).absolutePath()));
        const Run downloaded = adp({"jobs", "artifacts", buildJob, "--path", archive});
        QVERIFY2(downloaded.code == 0 && downloaded.out.contains(archive), qPrintable(downloaded.out + downloaded.err));
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("-tzf"), archive});
        QVERIFY(tar.waitForFinished(10000));
        QCOMPARE(tar.readAllStandardOutput().trimmed(), QByteArray("out.txt"));
        const Run none = adp({"jobs", "artifacts", QString::number(jobs.at(1).toObject().value("id").toInteger())});
        QVERIFY2(none.code == 1 && none.err.contains(QStringLiteral("Artifacts")), qPrintable(none.err));
        const Run cancelFinished = adp({"pipelines", "cancel", id});
        QCOMPARE(cancelFinished.code, 1);
        QVERIFY(cancelFinished.err.contains(QStringLiteral("nothing to cancel")));
        QCOMPARE(adp({"jobs", "retry", buildJob, "--output", "json"}).code, 0);
        QCOMPARE(adp({"jobs", "play", "abc"}).code, 2);

        // Schedules: made, listed, paused, run by hand and deleted; a bad expression is refused naming it.
        const Run scheduled =
            adp({"schedules", "--project", "shop", "create", "--description", "Nightly", "--cron", "0 3 * * *",
                 "--timezone", "Europe/Berlin", "--ref", "main", "-v", "EXTRA=1", "--output", "json"});
        QVERIFY2(scheduled.code == 0, qPrintable(scheduled.err));
        QCOMPARE(scheduled.json().value("next_runs").toArray().size(), 5);
        const QString scheduleId = QString::number(scheduled.json().value("id").toInteger());
        QVERIFY(adp({"schedules", "--project", "shop", "list"}).out.contains(QStringLiteral("Nightly")));
        const Run paused = adp({"schedules", "update", scheduleId, "--inactive"});
        QVERIFY2(paused.code == 0 && paused.out.contains(QStringLiteral("inactive")),
                 qPrintable(paused.out + paused.err));
        const Run playedNow = adp({"schedules", "run", scheduleId, "--output", "json"});
        QVERIFY2(playedNow.code == 0 && playedNow.json().value("source").toString() == u"schedule",
                 qPrintable(playedNow.err));
        QCOMPARE(playedNow.json().value("jobs").toArray().size(), 3); // its EXTRA=1 brought the rules' job in
        const Run badCron = adp({"schedules", "--project", "shop", "create", "--description", "x", "--cron",
                                 "0 25 * * *", "--ref", "main"});
        QVERIFY2(badCron.code == 1 && badCron.err.contains(QStringLiteral("cron")), qPrintable(badCron.err));
        QCOMPARE(adp({"schedules", "delete", scheduleId}).code, 0);
        QCOMPARE(adp({"schedules", "show", scheduleId}).code, 1);
        QCOMPARE(adp({"schedules", "update", scheduleId, "--active", "--inactive"}).code, 2);
        const Run upcoming =
            adp({"schedules", "next", "--cron", "@daily", "--timezone", "Asia/Shanghai", "--count", "2"});
        QVERIFY2(upcoming.code == 0 && upcoming.out.count(QStringLiteral("00:00")) == 2,
                 qPrintable(upcoming.out + upcoming.err));
        QCOMPARE(adp({"schedules", "next", "--cron", "@daily", "--timezone", "Nowhere/City"}).code, 1);

        // Notification rules: the webhook URL and the signing secret come from standard input and are
        // never shown back; an edit keeps them; bad addresses are refused naming the field.
        const Run ruled = adp({"notifications", "--project", "shop", "create", "--name", "Chat", "--channel", "webhook",
                               "--when", "failure", "--branch", "main", "--branch", "release/*", "--url-stdin",
                               "--secret-stdin", "--output", "json"},
                              "https://hooks.example.com/services/T0KEN-in-url\nsigning-s3cret\n");
        QVERIFY2(ruled.code == 0, qPrintable(ruled.err));
        QCOMPARE(ruled.json().value("url_hint").toString(), QStringLiteral("https://hooks.example.com/…"));
        QVERIFY(ruled.json().value("has_secret").toBool());
        QCOMPARE(ruled.json().value("branches").toArray(), (QJsonArray{"main", "release/*"}));
        const QString ruleId = QString::number(ruled.json().value("id").toInteger());
        const Run rules = adp({"notifications", "--project", "shop", "list"});
        QVERIFY2(rules.code == 0 && rules.out.contains(QStringLiteral("Chat")) &&
                     rules.out.contains(QStringLiteral("hooks.example.com")) &&
                     !rules.out.contains(QStringLiteral("T0KEN")),
                 qPrintable(rules.out + rules.err));
        const Run always = adp({"notifications", "update", ruleId, "--when", "always", "--every-branch"});
        QVERIFY2(always.code == 0 && always.out.contains(QStringLiteral("always")) &&
                     always.out.contains(QStringLiteral("every branch")) &&
                     always.out.contains(QStringLiteral("secret kept")),
                 qPrintable(always.out + always.err));
        const Run unsigned_ = adp({"notifications", "update", ruleId, "--remove-secret", "--output", "json"});
        QVERIFY2(unsigned_.code == 0 && !unsigned_.json().value("has_secret").toBool(), qPrintable(unsigned_.err));
        QCOMPARE(unsigned_.json().value("url_hint").toString(), QStringLiteral("https://hooks.example.com/…"));
        const Run mail = adp({"notifications", "--project", "shop", "create", "--name", "Mail", "--channel", "email",
                              "--when", "recovery", "--smtp-host", "smtp.example.com", "--from", "ci@example.com",
                              "--to", "dev@example.com,not-an-address"});
        QVERIFY2(mail.code == 1 && mail.err.contains(QStringLiteral("email.to")), qPrintable(mail.err));
        const Run mailed = adp({"notifications",
                                "--project",
                                "shop",
                                "create",
                                "--name",
                                "Mail",
                                "--channel",
                                "email",
                                "--when",
                                "recovery",
                                "--smtp-host",
                                "smtp.example.com",
                                "--smtp-username",
                                "ci",
                                "--password-stdin",
                                "--from",
                                "ci@example.com",
                                "--to",
                                "dev@example.com",
                                "--to",
                                "ops@example.com",
                                "--output",
                                "json"},
                               "smtp-pa55\n");
        QVERIFY2(mailed.code == 0 && mailed.json().value("has_password").toBool(), qPrintable(mailed.err));
        const QString mailId = QString::number(mailed.json().value("id").toInteger());
        const Run moved = adp(
            {"notifications", "update", mailId, "--smtp-port", "465", "--smtp-security", "tls", "--output", "json"});
        QVERIFY2(moved.code == 0, qPrintable(moved.err));
        const QJsonObject email = moved.json().value("email").toObject();
        QCOMPARE(email.value("port").toInt(), 465);
        QCOMPARE(email.value("to").toArray(), (QJsonArray{"dev@example.com", "ops@example.com"})); // kept
        QVERIFY(moved.json().value("has_password").toBool());
        const Run noUrl = adp(
            {"notifications", "--project", "shop", "create", "--name", "x", "--channel", "slack", "--when", "always"});
        QVERIFY2(noUrl.code == 1 && noUrl.err.contains(QStringLiteral("url")), qPrintable(noUrl.err));
        const Run deliveries = adp({"notifications", "deliveries", ruleId, "--output", "json"});
        QVERIFY2(deliveries.code == 0 && deliveries.json().contains(QStringLiteral("items")),
                 qPrintable(deliveries.err));
        QCOMPARE(adp({"notifications", "delete", mailId}).code, 0);
        QCOMPARE(adp({"notifications", "show", mailId}).code, 1);
        QCOMPARE(adp({"notifications", "update", ruleId, "--active", "--inactive"}).code, 2);
        QCOMPARE(adp({"notifications", "list"}).code, 2);

        const Run badRef = adp({"pipelines", "run", "--project", "shop", "--ref", "nowhere"});
        QCOMPARE(badRef.code, 1);
        QVERIFY(badRef.err.contains(QStringLiteral("nowhere")));
        QCOMPARE(adp({"pipelines", "run", "--project", "shop"}).code, 2);
        QCOMPARE(adp({"pipelines", "run", "--project", "shop", "--ref", "main", "-v", "NOEQUALS"}).code, 2);
        QCOMPARE(adp({"pipelines", "show", "abc"}).code, 2);

        // Protecting staging: an approve rule holds the next deployment until someone else approves.
        const Run protectedStaging = adp(
            {"environments", "--project", "shop", "protect", "staging", "--action", "approve", "--role", "maintainer"});
        QVERIFY2(protectedStaging.code == 0, qPrintable(protectedStaging.err));
        QVERIFY(adp({"environments", "--project", "shop", "rules"}).out.contains(QStringLiteral("approve")));
        const Run approvalsOnDeploy = adp({"environments", "--project", "shop", "protect", "staging", "--action",
                                           "deploy", "--role", "developer", "--approvals", "2"});
        QVERIFY2(approvalsOnDeploy.code == 1 && approvalsOnDeploy.err.contains(QStringLiteral("required_approvals")),
                 qPrintable(approvalsOnDeploy.err));
        QCOMPARE(adp({"environments", "--project", "shop", "protect", "staging"}).code, 2);
        const Run held = adp({"pipelines", "run", "--project", "shop", "--ref", "main", "--output", "json"});
        const qint64 heldPipeline = held.json().value("id").toInteger();
        QString heldIid;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&]() {
                const QJsonArray blocked =
                    adp({"deployments", "--project", "shop", "list", "--status", "blocked", "--output", "json"})
                        .json()
                        .value("items")
                        .toArray();
                if (blocked.isEmpty() || blocked.at(0).toObject().value("pipeline_id").toInteger() != heldPipeline)
                    return false;
                heldIid = QString::number(blocked.at(0).toObject().value("iid").toInteger());
                return true;
            }(),
            20000);
        const Run ownApproval = adp({"deployments", "--project", "shop", "approve", heldIid});
        QVERIFY2(ownApproval.code == 1 && ownApproval.err.contains(QStringLiteral("started")),
                 qPrintable(ownApproval.err));
        QVERIFY(server.addUser(QStringLiteral("ann"), QStringLiteral("ann-password-1")));
        QCOMPARE(adp({"members", "add", "--project", "shop", "--user", "ann", "--role", "maintainer"}).code, 0);
        QCOMPARE(adp({"login", "--server", url, "--username", "ann", "--password-stdin"}, "ann-password-1\n").code, 0);
        const Run approvedByAnn = adp({"deployments", "--project", "shop", "approve", heldIid, "--comment", "ship it"});
        QVERIFY2(approvedByAnn.code == 0 && approvedByAnn.out.contains(QStringLiteral("approved by ann")) &&
                     approvedByAnn.out.contains(QStringLiteral("ship it")),
                 qPrintable(approvedByAnn.out + approvedByAnn.err));
        QTRY_VERIFY_WITH_TIMEOUT(adp({"pipelines", "show", QString::number(heldPipeline), "--output", "json"})
                                         .json()
                                         .value("status")
                                         .toString() == u"success",
                                 20000);
        const Run unprotected = adp({"environments", "--project", "shop", "unprotect", "staging"});
        QVERIFY2(unprotected.code == 0 && unprotected.out.contains(QStringLiteral("Removed 1 rule naming staging")),
                 qPrintable(unprotected.out));
        QVERIFY(!adp({"environments", "--project", "shop", "rules"}).out.contains(QStringLiteral("approve")));

        // A freeze window that holds now, and a hard freeze on staging: its deploy waits until overridden.
        const Run badWindow =
            adp({"freeze-windows", "--project", "shop", "create", "--start", "0 25 * * *", "--end", "0 7 * * 1"});
        QVERIFY2(badWindow.code == 1 && badWindow.err.contains(QStringLiteral("freeze_start")),
                 qPrintable(badWindow.err));
        QCOMPARE(adp({"freeze-windows", "--project", "shop", "create", "--start", "* * * * *"}).code, 1); // no end
        const Run window = adp({"freeze-windows", "--project", "shop", "create", "--start", "* * * * *", "--end",
                                "0 0 1 1 *", "--output", "json"});
        QVERIFY2(window.code == 0 && window.json().value("active").toBool(), qPrintable(window.out + window.err));
        QVERIFY(adp({"freeze-windows", "--project", "shop", "list"}).out.contains(QStringLiteral("active until")));
        QCOMPARE(adp({"environments", "--project", "shop", "protect", "staging", "--hard-freeze", "maybe"}).code, 2);
        const Run frozen = adp({"environments", "--project", "shop", "protect", "staging", "--hard-freeze", "on"});
        QVERIFY2(frozen.code == 0 && frozen.out.contains(QStringLiteral("hard freeze on")), qPrintable(frozen.out));
        QVERIFY(adp({"environments", "--project", "shop", "settings"}).out.contains(QStringLiteral("staging")));
        const qint64 frozenPipeline =
            adp({"pipelines", "run", "--project", "shop", "--ref", "main", "--output", "json"})
                .json()
                .value("id")
                .toInteger();
        QString frozenIid;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&]() {
                const QJsonArray items =
                    adp({"deployments", "--project", "shop", "list", "--environment", "staging", "--output", "json"})
                        .json()
                        .value("items")
                        .toArray();
                if (items.isEmpty() || items.at(0).toObject().value("pipeline_id").toInteger() != frozenPipeline ||
                    !items.at(0).toObject().value("status_reason").toString().contains(QStringLiteral("freeze")))
                    return false;
                frozenIid = QString::number(items.at(0).toObject().value("iid").toInteger());
                return true;
            }(),
            20000);
        const Run overridden = adp({"deployments", "--project", "shop", "override-freeze", frozenIid});
        QVERIFY2(overridden.code == 0, qPrintable(overridden.err));
        QTRY_VERIFY_WITH_TIMEOUT(adp({"pipelines", "show", QString::number(frozenPipeline), "--output", "json"})
                                         .json()
                                         .value("status")
                                         .toString() == u"success",
                                 20000);
        QCOMPARE(adp({"deployments", "--project", "shop", "override-freeze", frozenIid}).code, 1); // nothing waits
        // Two deployments of one commit compare as the same; the first has nothing before it.
        const Run compared = adp({"deployments", "--project", "shop", "compare", frozenIid, "--output", "json"});
        QVERIFY2(compared.code == 0 && compared.json().value("direction").toString() == u"same",
                 qPrintable(compared.out + compared.err));
        QVERIFY(adp({"deployments", "--project", "shop", "compare", frozenIid})
                    .out.contains(QStringLiteral("same commit")));
        QCOMPARE(adp({"deployments", "--project", "shop", "compare", frozenIid, "--from", "abc"}).code, 2);
        QCOMPARE(adp({"deployments", "--project", "shop", "compare", "1"}).code, 1);
        const QString windowId = QString::number(window.json().value("id").toInteger());
        QCOMPARE(adp({"freeze-windows", "--project", "shop", "delete", windowId}).code, 0);
        QCOMPARE(adp({"freeze-windows", "--project", "shop", "delete", windowId}).code, 1);
        QCOMPARE(adp({"freeze-windows", "list"}).code, 2);
        QCOMPARE(adp({"environments", "--project", "shop", "unprotect", "staging"}).code, 0);
        QVERIFY(!adp({"environments", "--project", "shop", "settings"}).out.contains(QStringLiteral("staging")));
    }

    // One backend is enough here: the API's own suite covers both.
    void clustersAreAddedFromAKubeconfigFile()
    {
        ServerProcess server(TestBackends::create(QStringLiteral("sqlite")));
        QVERIFY2(server.start(), qPrintable(server.output()));
        const QString url = server.url().toString();
        QCOMPARE(adp({"login", "--server", url, "--username", "admin", "--password-stdin"},
                     server.adminPassword().toUtf8() + '\n')
                     .code,
                 0);
        QCOMPARE(adp({"projects", "create", "--name", "Shop", "--slug", "shop"}).code, 0);
        QTemporaryDir files;
        const auto write = [&files](const QString &name, const QByteArray &user) {
            QFile file(files.filePath(name));
            file.open(QIODevice::WriteOnly);
            file.write("apiVersion: v1\nkind: Config\ncurrent-context: prod\n"
                       "clusters:\n- name: k3s\n  cluster:\n    server: https://k3s.example:6443\n"
                       "contexts:\n- name: prod\n  context:\n    cluster: k3s\n    user: ci\n    namespace: shop\n"
                       "users:\n- name: ci\n  user:\n" +
                       user);
            return file.fileName();
        };
        const QString good = write(QStringLiteral("good.yaml"), "    token: s3cret-service-account-token\n");
        const QString exec = write(QStringLiteral("exec.yaml"), "    exec:\n      command: gke-gcloud-auth-plugin\n");

        const Run added = adp({"clusters", "--project", "shop", "add", "--name", "prod", "--kubeconfig", good});
        QVERIFY2(added.code == 0 && added.out.contains(QStringLiteral("namespace shop")) &&
                     added.out.contains(QStringLiteral("bearer token")),
                 qPrintable(added.out + added.err));
        QVERIFY(!added.out.contains(QStringLiteral("s3cret")));
        const Run listed = adp({"clusters", "--project", "shop", "list", "--output", "json"});
        QCOMPARE(listed.code, 0);
        QVERIFY(!listed.out.contains(QStringLiteral("s3cret")));
        const QString id = QString::number(QJsonDocument::fromJson(listed.out.toUtf8())
                                               .object()
                                               .value("items")
                                               .toArray()
                                               .first()
                                               .toObject()
                                               .value("id")
                                               .toInteger());

        const Run refused = adp({"clusters", "--project", "shop", "add", "--name", "gke", "--kubeconfig", exec});
        QVERIFY2(refused.code == 1 && refused.err.contains(QStringLiteral("users[0].user.exec")),
                 qPrintable(refused.err));
        QCOMPARE(adp({"clusters", "--project", "shop", "add", "--name", "x", "--kubeconfig", "/no/such/file"}).code, 1);
        QCOMPARE(adp({"clusters", "--project", "shop", "add", "--name", "x"}).code, 2);
        QCOMPARE(adp({"clusters", "list"}).code, 2);
        QCOMPARE(adp({"clusters", "--project", "shop", "remove", id}).code, 0);
        QCOMPARE(adp({"clusters", "--project", "shop", "remove", id}).code, 1);

        // An organisation's cluster: listed by the organisation and, with its scope, by its projects.
        QCOMPARE(adp({"clusters", "--project", "shop", "--organisation", "default", "list"}).code, 2);
        const Run shared =
            adp({"clusters", "--organisation", "default", "add", "--name", "shared", "--kubeconfig", good});
        QVERIFY2(shared.code == 0, qPrintable(shared.err));
        QVERIFY(adp({"clusters", "--organisation", "default", "list"}).out.contains(QStringLiteral("shared")));
        const Run seen = adp({"clusters", "--project", "shop", "list"});
        QVERIFY2(seen.out.contains(QStringLiteral("SCOPE")) && seen.out.contains(QStringLiteral("organisation")),
                 qPrintable(seen.out));
        const QString sharedId =
            QString::number(adp({"clusters", "--organisation", "default", "list", "--output", "json"})
                                .json()
                                .value("items")
                                .toArray()
                                .at(0)
                                .toObject()
                                .value("id")
                                .toInteger());
        QCOMPARE(adp({"clusters", "--project", "shop", "remove", sharedId}).code, 1); // not the project's to remove
        QCOMPARE(adp({"clusters", "--organisation", "default", "remove", sharedId}).code, 0);
    }

    void clustersAreTestedAgainstTheirApiServer()
    {
        kube::TestPki pki;
        QVERIFY2(pki.ok(), qPrintable(pki.error()));
        kube::FakeKubeApi api(kube::FakeKubeApi::Tls{pki.serverCertificate(), pki.serverKey(), pki.caCertificate()});
        QVERIFY(api.ok());
        api.addToken(QStringLiteral("ci-token"), QStringLiteral("ci"),
                     {kube::FakeKubeApi::everything({QStringLiteral("shop")})});
        ServerProcess server(TestBackends::create(QStringLiteral("sqlite")));
        QVERIFY2(server.start(), qPrintable(server.output()));
        QCOMPARE(adp({"login", "--server", server.url().toString(), "--username", "admin", "--password-stdin"},
                     server.adminPassword().toUtf8() + '\n')
                     .code,
                 0);
        QCOMPARE(adp({"projects", "create", "--name", "Shop", "--slug", "shop"}).code, 0);
        QTemporaryDir files;
        const auto write = [&](const QString &name, const QString &token) {
            QFile file(files.filePath(name));
            file.open(QIODevice::WriteOnly);
            file.write(api.kubeconfig(pki.caCertificate(), token, QStringLiteral("shop")).toUtf8());
            return file.fileName();
        };
        const Run draft =
            adp({"clusters", "--project", "shop", "test", "--kubeconfig", write("good.yaml", "ci-token")});
        QVERIFY2(draft.code == 0 && draft.out.contains(QStringLiteral("Connected to Kubernetes v1.28.4+k3s1")) &&
                     draft.out.contains(QStringLiteral("patch deployments.apps")) &&
                     draft.out.contains(QStringLiteral("Jobs can run here as pods.")),
                 qPrintable(draft.out + draft.err));
        const Run rejected =
            adp({"clusters", "--project", "shop", "test", "--kubeconfig", write("old.yaml", "expired")});
        QVERIFY2(rejected.code == 1 && rejected.err.contains(QStringLiteral("unauthorized")), qPrintable(rejected.err));

        QCOMPARE(
            adp({"clusters", "--project", "shop", "add", "--name", "prod", "--kubeconfig", files.filePath("good.yaml")})
                .code,
            0);
        QVERIFY(adp({"clusters", "--project", "shop", "list"}).out.contains(QStringLiteral("not tested")));
        const Run tested = adp({"clusters", "--project", "shop", "test", "1", "--output", "json"});
        QVERIFY2(tested.code == 0, qPrintable(tested.err));
        QCOMPARE(tested.json().value("can_deploy").toBool(), true);
        QVERIFY(adp({"clusters", "--project", "shop", "list"}).out.contains(QStringLiteral("connected, v1.28.4+k3s1")));
        QCOMPARE(adp({"clusters", "--project", "shop", "test", "7"}).code, 1);
        QCOMPARE(adp({"clusters", "--project", "shop", "test"}).code, 2);
    }

    void environmentsGetKubernetesTargets()
    {
        ServerProcess server(TestBackends::create(QStringLiteral("sqlite")));
        QVERIFY2(server.start(), qPrintable(server.output()));
        QCOMPARE(adp({"login", "--server", server.url().toString(), "--username", "admin", "--password-stdin"},
                     server.adminPassword().toUtf8() + '\n')
                     .code,
                 0);
        QCOMPARE(adp({"projects", "create", "--name", "Shop", "--slug", "shop"}).code, 0);
        QTemporaryDir files;
        QFile kubeconfig(files.filePath("config"));
        QVERIFY(kubeconfig.open(QIODevice::WriteOnly));
        kubeconfig.write("apiVersion: v1\nkind: Config\ncurrent-context: prod\n"
                         "clusters:\n- name: k3s\n  cluster:\n    server: https://k3s.example:6443\n"
                         "contexts:\n- name: prod\n  context:\n    cluster: k3s\n    user: ci\n    namespace: shop\n"
                         "users:\n- name: ci\n  user:\n    token: a-token\n");
        kubeconfig.close();
        QCOMPARE(
            adp({"clusters", "--project", "shop", "add", "--name", "prod", "--kubeconfig", kubeconfig.fileName()}).code,
            0);

        const Run set =
            adp({"kubernetes", "--project", "shop", "target", "production", "--cluster", "1", "--manifests", "deploy"});
        QVERIFY2(set.code == 0 &&
                     set.out.contains(QStringLiteral("production deploys to cluster prod, namespace shop, from deploy "
                                                     "(automatic rollback on).")),
                 qPrintable(set.out + set.err));
        QCOMPARE(adp({"kubernetes", "--project", "shop", "target", "staging", "--cluster", "1", "--manifests", "k8s",
                      "--namespace", "shop-staging", "--force-conflicts", "on"})
                     .code,
                 0);
        const Run listed = adp({"kubernetes", "--project", "shop", "targets"});
        QVERIFY2(listed.out.contains(QStringLiteral("shop-staging")) &&
                     listed.out.contains(QStringLiteral("production")),
                 qPrintable(listed.out));
        const Run refused =
            adp({"kubernetes", "--project", "shop", "target", "qa", "--cluster", "9", "--manifests", "../up"});
        QVERIFY2(refused.code == 1 && refused.err.contains(QStringLiteral("cluster_id")), qPrintable(refused.err));
        QCOMPARE(adp({"kubernetes", "--project", "shop", "target", "qa", "--cluster", "1", "--manifests", "k8s",
                      "--auto-rollback", "maybe"})
                     .code,
                 2);
        QCOMPARE(adp({"kubernetes", "--project", "shop", "target", "qa", "--cluster", "1"}).code, 2);
        const Run none = adp({"kubernetes", "--project", "shop", "rollouts", "production", "--output", "json"});
        QCOMPARE(none.code, 0);
        QVERIFY(none.json().value("items").toArray().isEmpty());
        const Run noDrift = adp({"kubernetes", "--project", "shop", "drift", "production"});
        QVERIFY2(noDrift.code == 1 && noDrift.err.contains(QStringLiteral("no healthy rollout")),
                 qPrintable(noDrift.err));
        QCOMPARE(adp({"kubernetes", "--project", "shop", "untarget", "production"}).code, 0);
        QCOMPARE(adp({"kubernetes", "--project", "shop", "untarget", "production"}).code, 1);
        QCOMPARE(adp({"kubernetes", "targets"}).code, 2);
        const Run withAccount = adp({"kubernetes", "--project", "shop", "target", "qa", "--cluster", "1", "--manifests",
                                     "k8s", "--service-account", "deployer", "--output", "json"});
        QVERIFY2(withAccount.code == 0, qPrintable(withAccount.err));
        QCOMPARE(withAccount.json().value("service_account").toString(), QStringLiteral("deployer"));

        // The executor: none, set (refusals under their fields), shown, changed, off.
        const Run noExecutor = adp({"kubernetes", "--project", "shop", "executor"});
        QVERIFY2(noExecutor.code == 1 && noExecutor.err.contains(QStringLiteral("not found")),
                 qPrintable(noExecutor.err));
        const Run badQuantity =
            adp({"kubernetes", "--project", "shop", "executor", "set", "--cluster", "1", "--cpu-request", "lots"});
        QVERIFY2(badQuantity.code == 1 && badQuantity.err.contains(QStringLiteral("cpu_request")),
                 qPrintable(badQuantity.err));
        QCOMPARE(adp({"kubernetes", "--project", "shop", "executor", "set", "--node-selector", "no-equals"}).code, 2);
        const Run executor =
            adp({"kubernetes", "--project", "shop", "executor", "set", "--cluster", "1", "--image", "alpine:3.20",
                 "--cpu-request", "500m", "--max-cpu", "2", "--node-selector", "pool=ci,disk=ssd"});
        QVERIFY2(executor.code == 0 &&
                     executor.out.contains(
                         QStringLiteral("Jobs run as pods on cluster prod, namespace shop, in alpine:3.20")) &&
                     executor.out.contains(QStringLiteral("Node selector: disk=ssd, pool=ci")) &&
                     executor.out.contains(QStringLiteral("CPU: request 500m, limit none, jobs may ask up to 2")),
                 qPrintable(executor.out + executor.err));
        const Run shown = adp({"kubernetes", "--project", "shop", "executor", "--output", "json"});
        QCOMPARE(shown.json().value("helper_image").toString(), QStringLiteral("busybox:1.36"));
        QCOMPARE(adp({"kubernetes", "--project", "shop", "executor", "explode"}).code, 2);
        QCOMPARE(adp({"kubernetes", "--project", "shop", "executor", "off"}).code, 0);
        QCOMPARE(adp({"kubernetes", "--project", "shop", "executor", "off"}).code, 1);
    }

    void unreachableServerIsAnError()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ADP_SERVER"), QStringLiteral("http://127.0.0.1:1"));
        environment.insert(QStringLiteral("ADP_TOKEN"), QStringLiteral("whatever"));
        process.setProcessEnvironment(environment);
        process.start(ServerProcess::binary(QStringLiteral("adp")), {"projects", "list"});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("cannot reach the server"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
