#include "AuditTampering.h"
#include "CommandRun.h"
#include "ExportChecks.h"
#include "HttpTestClient.h"
#include "TestServer.h"
#include "audit/AuditArchiver.h"
#include "audit/AuditRecorder.h"
#include "auth/AuthService.h"
#include "core/Clock.h"
#include "shared/audit/Ed25519.h"
#include "shared/audit/ExportVerifier.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QWebSocket>
#include <QtTest>
#include <thread>

using namespace adp::test;

// The audit trail: every change leaves an event, the table is append-only in
// the database itself, and verification names exactly which event was
// edited, removed or inserted, on both backends.
class TestAudit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;

    bool start()
    {
        QFETCH(QString, backend);
        if (backend == u"postgres")
            TestBackends::flushRedis();
        m_server = std::make_unique<TestServer>(TestBackends::create(backend));
        if (!m_server->ok())
            return false;
        m_client = std::make_unique<HttpTestClient>(m_server->url());
        if (m_client->login(TestServer::kAdmin, TestServer::kPassword).isEmpty())
            return false;
        // Some history: 3 projects created, one renamed, one deleted.
        for (const char *slug : {"alpha", "beta", "gamma"})
            m_client->post("/api/v1/projects",
                           {{"name", QString::fromLatin1(slug)}, {"slug", QString::fromLatin1(slug)}});
        m_client->patch("/api/v1/projects/beta", {{"name", "Beta 2"}});
        m_client->del("/api/v1/projects/gamma");
        return true;
    }

    adp::server::storage::Database &db() { return m_server->app().database(); }

    void dropGuard() { liftAuditGuard(db()); }

    QJsonObject verify() { return m_client->get("/api/v1/audit/verify").json(); }

    // The server's export key as anyone fetches it: without signing in.
    QByteArray exportKey()
    {
        HttpTestClient anonymous(m_server->url());
        const HttpResult published = anonymous.get("/.well-known/adp-audit-signing-key");
        if (published.status != 200 || published.json().value("algorithm").toString() != u"Ed25519")
            return {};
        return adp::shared::audit::ed25519PublicKeyFromText(published.body).value_or(QByteArray());
    }

    int exportsRecorded()
    {
        return m_client->get("/api/v1/audit?action=audit.exported&limit=200").json().value("items").toArray().size();
    }

    QString firstFinding()
    {
        const QJsonObject report = verify();
        const QJsonObject first = report.value("findings").toArray().first().toObject();
        return first.value("kind").toString() + u'@' + QString::number(first.value("seq").toInteger());
    }

private Q_SLOTS:
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void exportsVerifyOfflineAgainstThePublishedKey_data() { addBackendRows(); }
    void exportsVerifyOfflineAgainstThePublishedKey()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QByteArray key = exportKey();
        QCOMPARE(key.size(), 32);
        // A client whose user agent a spreadsheet would run as a formula, and a failed sign-in.
        QCOMPARE(m_client
                     ->request("POST", "/api/v1/projects", R"({"name":"delta","slug":"delta"})",
                               {{"User-Agent", "=HYPERLINK(\"http://x\",\"y\")"}})
                     .status,
                 201);
        QCOMPARE(HttpTestClient(m_server->url()).login(TestServer::kAdmin, QStringLiteral("wrong")), QString());

        const HttpResult csv = m_client->get("/api/v1/audit/export?format=csv&bom=true");
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.headers.value("content-type").startsWith("text/csv"));
        QVERIFY(csv.headers.value("content-disposition").contains("adp-audit-"));
        QVERIFY(csv.body.startsWith("\xEF\xBB\xBFseq,occurred_at,actor_id,actor,action,outcome"));
        QVERIFY(csv.body.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","));
        auto check = checkExport(csv.body, key);
        QVERIFY2(check.intact(), qPrintable(findingsOf(check)));
        // 7 from start(), delta, the failed sign-in and this export itself.
        QCOMPARE(check.events, 10);
        QCOMPARE(check.proof.value("made_by").toString(), QString::fromLatin1(TestServer::kAdmin));
        QCOMPARE(check.proof.value("first").toObject().value("seq").toInt(), 1);
        QCOMPARE(check.proof.value("last").toObject().value("seq").toInt(), 10);
        QCOMPARE(check.proof.value("chain_head").toObject().value("seq").toInt(), 10);
        QVERIFY(csv.body.contains(",audit.exported,success,audit,"));
        QVERIFY(csv.body.contains(",auth.login_failed,failure,"));

        // Filters: a family of actions as JSON Lines, and failures alone.
        const HttpResult projects = m_client->get("/api/v1/audit/export?format=jsonl&action=project.");
        QCOMPARE(projects.status, 200);
        check = checkExport(projects.body, key);
        QVERIFY2(check.intact(), qPrintable(findingsOf(check)));
        QCOMPARE(check.events, 6);
        QCOMPARE(check.proof.value("filters").toObject(), (QJsonObject{{"action", "project."}}));
        for (const QByteArray &line : projects.body.split('\n')) {
            if (!line.isEmpty() && !line.startsWith("{\"proof\""))
                QVERIFY(QJsonDocument::fromJson(line).object().value("action").toString().startsWith("project."));
        }
        const HttpResult failures = m_client->get("/api/v1/audit/export?format=jsonl&outcome=failure");
        check = checkExport(failures.body, key);
        QVERIFY(check.intact());
        QCOMPARE(check.events, 1);
        QCOMPARE(m_client->get("/api/v1/audit?outcome=failure").json().value("items").toArray().size(), 1);

        // Making an export is itself in the trail, with what it asked for.
        const QJsonArray exports = m_client->get("/api/v1/audit?action=audit.exported").json().value("items").toArray();
        QCOMPARE(exports.size(), 3);
        QCOMPARE(exports.at(0).toObject().value("after").toObject(),
                 (QJsonObject{{"format", "jsonl"}, {"outcome", "failure"}}));

        // Changed after it left the server: the offline check names the event.
        QByteArray edited = csv.body;
        QVERIFY(edited.contains("\"\"delta\"\""));
        edited.replace("\"\"delta\"\"", "\"\"delta2\"\""); // only event 8 names it
        check = checkExport(edited, key);
        QVERIFY(!check.intact());
        QCOMPARE(findingsOf(check), QStringLiteral("changed@8"));
        QVERIFY(checkExport(csv.body.left(csv.body.size() - 40), key).findings.first().kind == u"incomplete");
    }

    void exportRefusesBadFilters_data() { addBackendRows(); }
    void exportRefusesBadFilters()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const int before = exportsRecorded();
        const QList<QPair<QString, QStringList>> cases{
            {"format=xml", {"format"}},
            {"outcome=maybe", {"outcome"}},
            {"since=yesterday", {"since"}},
            {"limit=5", {"limit"}},
            {"bom=yes", {"bom"}},
            {"format=jsonl&bom=true", {"bom"}},
            {"actor=" + QString(65, u'a') + "&cursor=x", {"actor", "cursor"}},
        };
        for (const auto &[query, fields] : cases) {
            const HttpResult refused = m_client->get("/api/v1/audit/export?" + query);
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.errorFields(), fields);
        }
        QCOMPARE(exportsRecorded(), before); // nothing was exported, nothing recorded
        HttpTestClient anonymous(m_server->url());
        QCOMPARE(anonymous.get("/api/v1/audit/export").status, 401);
    }

    void anExportSurvivesItsReaderLeaving_data() { addBackendRows(); }
    void anExportSurvivesItsReaderLeaving()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        // Enough events that the answer is far larger than the socket buffers.
        const auto system = adp::server::MutationContext::system(QStringLiteral("test"), QStringLiteral("test"));
        {
            adp::server::storage::Transaction tx(db());
            for (int i = 0; i < 12000; ++i)
                m_server->app().auditRecorder().record(tx, system,
                                                       {QStringLiteral("project.updated"),
                                                        QStringLiteral("project"),
                                                        QString::number(i),
                                                        {},
                                                        QJsonObject{{"description", QString(200, u'x')}}});
            tx.commit();
        }
        QTcpSocket reader;
        reader.connectToHost(m_server->url().host(), quint16(m_server->url().port()));
        QVERIFY(reader.waitForConnected(5000));
        reader.write("GET /api/v1/audit/export?format=jsonl HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
                     m_client->token().toLatin1() + "\r\n\r\n");
        QByteArray head;
        while (head.size() < 64 * 1024 && reader.waitForReadyRead(10000))
            head += reader.readAll();
        QVERIFY(head.startsWith("HTTP/1.1 200"));
        QVERIFY(head.contains("Transfer-Encoding: chunked"));
        reader.abort(); // gone in the middle

        // The server goes on answering, and the next export is whole.
        QCOMPARE(m_client->get("/healthz").status, 200);
        const HttpResult whole = m_client->get("/api/v1/audit/export?format=jsonl");
        QCOMPARE(whole.status, 200);
        const auto check = checkExport(whole.body, exportKey());
        QVERIFY2(check.intact(), qPrintable(findingsOf(check)));
        QCOMPARE(check.events, 12009); // 7, the 12,000 and two exports
    }

    void everyChangeIsRecordedAndChained_data() { addBackendRows(); }
    void everyChangeIsRecordedAndChained()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QJsonObject page = m_client->get("/api/v1/audit?limit=200").json();
        QStringList actions;
        for (const QJsonValue &item : page.value("items").toArray())
            actions.prepend(item.toObject().value("action").toString());
        // user.created (test setup), login, 3 creates, 1 update, 1 delete; newest first in the API.
        QCOMPARE(actions, (QStringList{"user.created", "auth.login", "project.created", "project.created",
                                       "project.created", "project.updated", "project.deleted"}));
        const QJsonObject updated = page.value("items").toArray().at(1).toObject();
        QCOMPARE(updated.value("before").toObject().value("name").toString(), QStringLiteral("beta"));
        QCOMPARE(updated.value("after").toObject().value("name").toString(), QStringLiteral("Beta 2"));
        QCOMPARE(updated.value("actor").toObject().value("name").toString(), QString::fromLatin1(TestServer::kAdmin));
        QVERIFY(!updated.value("request_id").toString().isEmpty());
        QCOMPARE(updated.value("ip").toString(), QStringLiteral("127.0.0.1"));

        const QJsonObject report = verify();
        QCOMPARE(report.value("intact").toBool(), true);
        QCOMPARE(report.value("checked").toInt(), 7);
        QVERIFY(report.value("findings").toArray().isEmpty());
    }

    void databaseRefusesUpdateAndDelete_data() { addBackendRows(); }
    void databaseRefusesUpdateAndDelete()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QCOMPARE(verify().value("checked").toInt(), 7); // all sealed by now
        QVERIFY_THROWS_EXCEPTION(std::exception,
                                 db().query(QStringLiteral("UPDATE audit_events SET actor_name = 'x'")));
        QVERIFY_THROWS_EXCEPTION(std::exception, db().query(QStringLiteral("DELETE FROM audit_events")));
        // A sealed event is never sealed again, nor copied: the entry MAC is unique.
        QVERIFY_THROWS_EXCEPTION(std::exception,
                                 db().query(QStringLiteral("UPDATE audit_events SET seq = 99 WHERE seq = 7")));
        QVERIFY_THROWS_EXCEPTION(
            std::exception,
            db().query(QStringLiteral("INSERT INTO audit_events (occurred_at, actor_name, action, target_type, "
                                      "target_id, request_id, entry_mac) SELECT occurred_at, actor_name, action, "
                                      "target_type, target_id, 'copy', entry_mac FROM audit_events WHERE seq = 7")));
        if (backend == u"postgres")
            QVERIFY_THROWS_EXCEPTION(std::exception, db().query(QStringLiteral("TRUNCATE audit_events")));
        QCOMPARE(verify().value("intact").toBool(), true);
    }

    void retentionArchivesAndTheChainVerifiesFromTheAnchor_data() { addBackendRows(); }
    void retentionArchivesAndTheChainVerifiesFromTheAnchor()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QCOMPARE(verify().value("checked").toInt(), 7);
        const QByteArray key = exportKey();
        const QDateTime cut = QDateTime::currentDateTimeUtc().addMSecs(1);
        QTest::qWait(5);
        QCOMPARE(m_client->post("/api/v1/projects", {{"name", "late"}, {"slug", "late"}}).status, 201);
        const auto system = adp::server::MutationContext::system(QStringLiteral("retention"), QStringLiteral("test"));

        // The seven events before the cut go to a signed file, then out of the database.
        const auto archived = m_server->app().auditArchiver().archiveBefore(system, cut);
        QCOMPARE(archived.firstSeq, 1);
        QCOMPARE(archived.lastSeq, 7);
        QCOMPARE(archived.events, 7);
        QFile file(archived.file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(int(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)), 0);
        const auto check = checkExport(file.readAll(), key);
        QVERIFY2(check.intact(), qPrintable(findingsOf(check)));
        QCOMPARE(check.events, 7);
        QCOMPARE(check.proof.value("last").toObject().value("seq").toInt(), 7);
        QCOMPARE(db().query(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE seq <= 7")).value(0, 0).toInt(), 0);

        // What is left verifies from the anchor; the archiving is itself in the trail; exports start after it.
        QJsonObject report = verify();
        QVERIFY2(report.value("intact").toBool(), QJsonDocument(report).toJson().constData());
        QCOMPARE(report.value("archived_through").toInt(), 7);
        const QJsonObject made =
            m_client->get("/api/v1/audit?action=audit.archived").json().value("items").toArray().first().toObject();
        QCOMPARE(made.value("after").toObject().value("events").toInt(), 7);
        QCOMPARE(made.value("after").toObject().value("file").toString(), QFileInfo(archived.file).fileName());
        const auto exported = checkExport(m_client->get("/api/v1/audit/export?format=jsonl").body, key);
        QVERIFY(exported.intact());
        QCOMPARE(exported.proof.value("first").toObject().value("seq").toInt(), 8);
        // Nothing more to archive before the same cut; the guard still refuses what the anchor does not cover.
        QCOMPARE(m_server->app().auditArchiver().archiveBefore(system, cut).events, 0);
        QVERIFY_THROWS_EXCEPTION(std::exception, db().query(QStringLiteral("DELETE FROM audit_events WHERE seq = 8")));

        // An anchor moved by hand (to hide more removals) no longer matches its MAC.
        dropGuard();
        db().query(QStringLiteral("DELETE FROM audit_events WHERE seq = 8"));
        db().query(QStringLiteral("UPDATE audit_anchor SET seq = 8"));
        report = verify();
        QCOMPARE(report.value("intact").toBool(), false);
        QCOMPARE(firstFinding(), QStringLiteral("edited@8"));
        // Put back, the removal of event 8 is named.
        db().query(QStringLiteral("UPDATE audit_anchor SET seq = 7"));
        QCOMPARE(firstFinding(), QStringLiteral("removed@8"));
    }

    // Retention as configured: the chore archives what is older than the policy's days.
    void retentionPolicyRunsAsAChore_data() { addBackendRows(); }
    void retentionPolicyRunsAsAChore()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QCOMPARE(verify().value("checked").toInt(), 7);
        // By hand: a time that is none is refused; before every event, there is nothing to do.
        const QStringList storage{"--data-dir",  m_server->app().config().dataDir,
                                  "--database",  m_server->app().config().databaseUrl,
                                  "--log-level", "warn"};
        QCOMPARE(
            runCommand(QStringLiteral("adp-server"), QStringList{"audit", "archive", "--before", "yesterday"} + storage)
                .code,
            2);
        const CommandResult nothing =
            runCommand(QStringLiteral("adp-server"),
                       QStringList{"audit", "archive", "--before", "2000-01-01T00:00:00Z"} + storage);
        QCOMPARE(nothing.code, 0);
        QVERIFY2(nothing.out.contains(QStringLiteral("nothing to archive")), qPrintable(nothing.out + nothing.err));

        adp::server::ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        adp::server::audit::AuditRetention retention(m_server->app().auditArchiver(), clock, 30);
        retention.tidy(); // nothing is 30 days old
        QCOMPARE(verify().value("archived_through").toInt(), 0);
        clock.advanceMs(31LL * 24 * 3600 * 1000);
        retention.tidy();
        QCOMPARE(verify().value("archived_through").toInt(), 7);
        QVERIFY(verify().value("intact").toBool());
        const QDir archives(m_server->dataDir() + QStringLiteral("/audit-archives"));
        QCOMPARE(archives.entryList({QStringLiteral("*.jsonl")}), QStringList{"adp-audit-archive-1-7.jsonl"});
    }

    void tamperingIsLocated_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<QString>("finding");
        for (const QString &backend : TestBackends::names()) {
            const auto row = [&](const char *name) -> QTestData & {
                return QTest::newRow(qPrintable(backend + u' ' + QString::fromLatin1(name))) << backend;
            };
            row("edited actor") << "UPDATE audit_events SET actor_name = 'mallory' WHERE seq = 4"
                                << "edited@4";
            row("edited after") << "UPDATE audit_events SET after_json = '{}' WHERE seq = 6"
                                << "edited@6";
            row("removed middle") << "DELETE FROM audit_events WHERE seq = 3"
                                  << "removed@3";
            row("removed newest") << "DELETE FROM audit_events WHERE seq = 7"
                                  << "truncated@7";
            row("inserted")
                << "INSERT INTO audit_events (seq, occurred_at, actor_name, action, target_type, target_id, "
                   "request_id, prev_hash, hash) SELECT 8, 1, 'mallory', 'project.deleted', 'project', '1', "
                   "'forged', hash, 'feedface' FROM audit_events WHERE seq = 7"
                << "inserted@8";
            row("replaced") << "UPDATE audit_events SET prev_hash = 'x', hash = 'y' WHERE seq = 5"
                            << "inserted@5";
        }
    }

    void tamperingIsLocated()
    {
        QFETCH(QString, backend);
        QFETCH(QString, tamper);
        QFETCH(QString, finding);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QCOMPARE(verify().value("intact").toBool(), true);
        dropGuard();
        db().query(tamper);
        const QJsonObject report = verify();
        QCOMPARE(report.value("intact").toBool(), false);
        QCOMPARE(firstFinding(), finding);
        QVERIFY(!report.value("findings").toArray().first().toObject().value("message").toString().isEmpty());

        // The command-line verifier, on the same database, agrees and exits 1.
        QStringList arguments{"audit",       "verify",
                              "--data-dir",  m_server->app().config().dataDir,
                              "--database",  m_server->app().config().databaseUrl,
                              "--log-level", "warn"};
        const CommandResult cli = runCommand(QStringLiteral("adp-server"), arguments);
        QCOMPARE(cli.code, 1);
        QVERIFY2(cli.out.contains(QStringLiteral("BROKEN")), qPrintable(cli.out + cli.err));
    }

    // Events go in unsealed and the sealer chains them after they commit. An unsealed
    // event that does not carry a genuine entry MAC (written by hand, or edited before
    // it was sealed) never enters the chain, and verification names it.
    void unsealedForgeriesStayOutOfTheChain_data() { addBackendRows(); }
    void unsealedForgeriesStayOutOfTheChain()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QCOMPARE(verify().value("checked").toInt(), 7);
        dropGuard();
        // A genuine event from another process holding the key, edited in its own
        // transaction so that no sealer ever saw it as written.
        const auto chain =
            adp::server::audit::AuditChain::fromKeyFile(m_server->app().config().effectiveAuditKeyFile());
        adp::server::SystemClock clock;
        const adp::server::audit::AuditRecorder recorder(clock, chain);
        {
            adp::server::storage::Transaction tx(db());
            recorder.record(
                tx, adp::server::MutationContext::system(QStringLiteral("test"), QStringLiteral("test")),
                {QStringLiteral("project.deleted"), QStringLiteral("project"), QStringLiteral("1"), {}, {}});
            tx.exec(QStringLiteral("UPDATE audit_events SET actor_name = 'mallory' WHERE seq IS NULL"));
            tx.commit();
        }
        // One written by hand, with a made-up entry MAC.
        db().query(QStringLiteral("INSERT INTO audit_events (occurred_at, actor_name, action, target_type, target_id, "
                                  "request_id, entry_mac) VALUES (1, 'mallory', 'project.deleted', 'project', '2', "
                                  "'forged', '00.00')"));

        QJsonObject report = verify();
        QCOMPARE(report.value("intact").toBool(), false);
        QCOMPARE(report.value("checked").toInt(), 7);
        QCOMPARE(report.value("unsealed").toInt(), 0);
        QStringList kinds;
        for (const QJsonValue &finding : report.value("findings").toArray())
            kinds.append(finding.toObject().value("kind").toString());
        QCOMPARE(kinds, (QStringList{"forged", "forged"}));
        QVERIFY(m_client->get("/api/v1/audit?actor=mallory").json().value("items").toArray().isEmpty());

        // The chain goes on past them: a later change is sealed as event 8.
        QCOMPARE(m_client->post("/api/v1/projects", {{"name", "delta"}, {"slug", "delta"}}).status, 201);
        const QJsonObject newest =
            m_client->get("/api/v1/audit?limit=1").json().value("items").toArray().first().toObject();
        QCOMPARE(newest.value("action").toString(), QStringLiteral("project.created"));
        QCOMPARE(newest.value("seq").toInteger(), 8);
        report = verify();
        QCOMPARE(report.value("checked").toInt(), 8);
        QCOMPARE(report.value("findings").toArray().size(), 2);
    }

    // Many writers at once: each commits its event without waiting for the others,
    // and the sealer gives every one its own place in one unbroken chain.
    void concurrentChangesAreChainedOnce_data() { addBackendRows(); }
    void concurrentChangesAreChainedOnce()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        constexpr int kWriters = 8;
        constexpr int kEach = 40;
        const auto chain =
            adp::server::audit::AuditChain::fromKeyFile(m_server->app().config().effectiveAuditKeyFile());
        adp::server::SystemClock clock;
        adp::server::audit::AuditSealer sealer(db(), chain);
        const adp::server::audit::AuditRecorder recorder(clock, chain, &sealer);
        sealer.start(); // a second sealer beside the server's, as another replica would run
        std::vector<std::thread> writers;
        for (int w = 0; w < kWriters; ++w) {
            writers.emplace_back([&, w]() {
                for (int i = 0; i < kEach; ++i) {
                    adp::server::storage::Transaction tx(db());
                    recorder.record(tx,
                                    adp::server::MutationContext::system(QStringLiteral("writer"), QStringLiteral("t")),
                                    {QStringLiteral("test.written"),
                                     QStringLiteral("test"),
                                     QStringLiteral("%1-%2").arg(w).arg(i),
                                     {},
                                     {}});
                    tx.commit();
                }
            });
        }
        for (std::thread &writer : writers)
            writer.join();
        sealer.stop();
        const QJsonObject report = verify();
        QCOMPARE(report.value("intact").toBool(), true);
        QCOMPARE(report.value("checked").toInt(), 7 + kWriters * kEach);
        QCOMPARE(report.value("unsealed").toInt(), 0);
        const auto seqs = db().query(QStringLiteral("SELECT COUNT(DISTINCT seq), MIN(seq), MAX(seq) FROM audit_events "
                                                    "WHERE action = 'test.written'"));
        QCOMPARE(seqs.value(0, 0).toLongLong(), qint64(kWriters * kEach));
        QCOMPARE(seqs.value(0, 1).toLongLong(), 8);
        QCOMPARE(seqs.value(0, 2).toLongLong(), qint64(7 + kWriters * kEach));
    }

    void filtersAndPages_data() { addBackendRows(); }
    void filtersAndPages()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const auto actions = [&](const QString &query) {
            QStringList found;
            for (const QJsonValue &item : m_client->get("/api/v1/audit?" + query).json().value("items").toArray())
                found.append(item.toObject().value("action").toString());
            return found;
        };
        QCOMPARE(actions("action=project.&limit=200").size(), 5);
        QCOMPARE(actions("action=project.deleted"), QStringList{"project.deleted"});
        QCOMPARE(actions("actor=alice&action=auth.login"), QStringList{"auth.login"});
        QCOMPARE(actions("actor=nobody").size(), 0);
        const QString betaId = QString::number(m_client->get("/api/v1/projects/beta").json().value("id").toInteger());
        QCOMPARE(actions("target_type=project&target_id=" + betaId),
                 (QStringList{"project.updated", "project.created"}));
        QCOMPARE(actions("since=2999-01-01T00:00:00Z").size(), 0);
        QCOMPARE(actions("until=2000-01-01T00:00:00Z").size(), 0);

        // Cursor pages, newest first, no event twice.
        QStringList seqs;
        QString cursor;
        do {
            const QJsonObject page =
                m_client->get("/api/v1/audit?limit=3" + (cursor.isEmpty() ? QString() : "&cursor=" + cursor)).json();
            for (const QJsonValue &item : page.value("items").toArray())
                seqs.append(QString::number(item.toObject().value("seq").toInteger()));
            cursor = page.value("next_cursor").toString();
        } while (!cursor.isEmpty());
        QCOMPARE(seqs, (QStringList{"7", "6", "5", "4", "3", "2", "1"}));

        QCOMPARE(m_client->get("/api/v1/audit?since=yesterday").status, 400);
        QCOMPARE(m_client->get("/api/v1/audit?limit=0").status, 400);
        QCOMPARE(m_client->get("/api/v1/audit?cursor=abc").status, 422);
    }

    void onlyAdministratorsAndAuditorsReadIt_data() { addBackendRows(); }
    void onlyAdministratorsAndAuditorsReadIt()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QVERIFY(m_server->addUser(QStringLiteral("dev"), QStringLiteral("dev-password")));
        HttpTestClient developer(m_server->url());
        QVERIFY(!developer.login(QStringLiteral("dev"), QStringLiteral("dev-password")).isEmpty());
        const HttpResult denied = developer.get("/api/v1/audit");
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.errorCode(), QStringLiteral("forbidden"));
        QCOMPARE(developer.get("/api/v1/audit/verify").status, 403);
        // The refusal is a security event itself, and the chain stays intact.
        const QJsonArray refused =
            m_client->get("/api/v1/audit?action=permission.denied").json().value("items").toArray();
        QCOMPARE(refused.size(), 2);
        QCOMPARE(refused.first().toObject().value("actor").toObject().value("name").toString(), QStringLiteral("dev"));
        QCOMPARE(verify().value("intact").toBool(), true);

        // Nor may they follow it live: the topic is left out of the subscription.
        QUrl wsUrl = m_server->url();
        wsUrl.setScheme(QStringLiteral("ws"));
        wsUrl.setPath(QStringLiteral("/api/v1/events"));
        const auto subscribedTopics = [&](const QString &token) {
            QWebSocket socket;
            QSignalSpy connected(&socket, &QWebSocket::connected);
            QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
            QNetworkRequest request(wsUrl);
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            socket.open(request);
            if (!connected.wait(5000))
                return QStringList{QStringLiteral("not connected")};
            socket.sendTextMessage(QStringLiteral(R"({"type":"subscribe","topics":["projects","audit"]})"));
            if (!messages.wait(5000))
                return QStringList{QStringLiteral("no answer")};
            QStringList topics;
            for (const QJsonValue &topic : QJsonDocument::fromJson(messages.first().first().toString().toUtf8())
                                               .object()
                                               .value("topics")
                                               .toArray())
                topics.append(topic.toString());
            topics.sort();
            return topics;
        };
        QCOMPARE(subscribedTopics(developer.login(QStringLiteral("dev"), QStringLiteral("dev-password"))),
                 QStringList{"projects"});
        QCOMPARE(subscribedTopics(m_client->login(TestServer::kAdmin, TestServer::kPassword)),
                 (QStringList{"audit", "projects"}));

        // An auditor reads, verifies and follows it without being an administrator. Becoming one
        // ends the sessions held so far: privileges are fixed when a session starts.
        const auto system = adp::server::MutationContext::system(QStringLiteral("test"), QStringLiteral("test"));
        QCOMPARE(m_server->app().auth().setAuditor(system, QStringLiteral("dev"), true).value(), 2);
        QCOMPARE(developer.get("/api/v1/audit").status, 401);
        const QString auditorSession = developer.login(QStringLiteral("dev"), QStringLiteral("dev-password"));
        QCOMPARE(developer.get("/api/v1/auth/me").json().value("is_auditor").toBool(), true);
        QCOMPARE(developer.get("/api/v1/audit?action=user.role_changed").json().value("items").toArray().size(), 1);
        QCOMPARE(developer.get("/api/v1/audit/verify").json().value("intact").toBool(), true);
        QCOMPARE(developer.post("/api/v1/auth/providers", {{"name", "x"}}).status, 403); // still no administrator
        QCOMPARE(subscribedTopics(auditorSession), (QStringList{"audit", "projects"}));
        // A read-only personal token works; a project token never reads the audit trail.
        const QString readToken =
            developer.post("/api/v1/tokens", {{"name", "audit export"}, {"scopes", QJsonArray{"read_api"}}})
                .json()
                .value("token")
                .toString();
        HttpTestClient exporter(m_server->url());
        exporter.setToken(readToken);
        QCOMPARE(exporter.get("/api/v1/audit").status, 200);
        QCOMPARE(developer.post("/api/v1/projects", {{"name", "Ledger"}, {"slug", "ledger"}}).status, 201);
        const QString projectToken =
            developer.post("/api/v1/projects/ledger/tokens", {{"name", "ci"}, {"role", "maintainer"}})
                .json()
                .value("token")
                .toString();
        HttpTestClient bot(m_server->url());
        bot.setToken(projectToken);
        QCOMPARE(bot.get("/api/v1/audit").status, 403);
        QCOMPARE(m_server->app().auth().setAuditor(system, QStringLiteral("dev"), false).value(), 1);
        QCOMPARE(developer.login(QStringLiteral("dev"), QStringLiteral("dev-password")).isEmpty(), false);
        QCOMPARE(developer.get("/api/v1/audit").status, 403);
        QCOMPARE(exporter.get("/api/v1/audit").status, 403); // tokens follow the account at once
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
