#include "AdminSession.h"
#include "CommandRun.h"
#include "FakeHttpServer.h"
#include "HttpTestClient.h"
#include "TestServer.h"
#include "auth/AuthService.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace adp::test;

// Audit streams: a SIEM's endpoint gets every new sealed event its stream's filters pass, in
// order, in GitLab's streaming shape with the verification token; a receiver that fails, or a
// server that restarts meanwhile, loses nothing; redirects and private targets are refused;
// bad input changes nothing; only administrators and auditors manage streams. Both backends.
class TestAuditStreams : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_keys; // shared by a server and the one started again after it
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;

    std::function<void(adp::server::ServerConfig &)> configure(bool allowLocal)
    {
        const QString keys = m_keys.path();
        return [allowLocal, keys](adp::server::ServerConfig &config) {
            config.allowLocalNotificationTargets = allowLocal;
            config.notificationRetryBaseMs = 20;
            config.secretsKeyFile = keys + QStringLiteral("/secrets.key");
            config.auditKeyFile = keys + QStringLiteral("/audit.key");
        };
    }

    bool start(bool allowLocal = true)
    {
        QFETCH(QString, backend);
        AdminSession session = AdminSession::start(backend, configure(allowLocal));
        if (!session.ok())
            return false;
        m_server = std::move(session.server);
        m_admin = std::move(session.admin);
        return true;
    }

    QJsonObject createStream(const QJsonObject &fields)
    {
        const HttpResult created = m_admin->post("/api/v1/audit/streams", fields);
        if (created.status != 201)
            qWarning() << created.status << created.body;
        return created.json();
    }

    QJsonObject streamOf(qint64 id) { return m_admin->get(QStringLiteral("/api/v1/audit/streams/%1").arg(id)).json(); }

    // Waits until the stream's state passes `done` (or the time is up).
    QJsonObject waitFor(qint64 id, const std::function<bool(const QJsonObject &)> &done, int timeoutMs = 15000)
    {
        QElapsedTimer timer;
        timer.start();
        QJsonObject stream = streamOf(id);
        while (!done(stream) && timer.elapsed() < timeoutMs) {
            QTest::qWait(50);
            stream = streamOf(id);
        }
        return stream;
    }

    qint64 newestSeq()
    {
        return m_admin->get("/api/v1/audit?limit=1")
            .json()
            .value("items")
            .toArray()
            .first()
            .toObject()
            .value("seq")
            .toInteger();
    }

    int streamEventsRecorded()
    {
        int count = 0;
        for (const QJsonValue &event :
             m_admin->get("/api/v1/audit?action=audit.&limit=200").json().value("items").toArray())
            count += event.toObject().value("action").toString().startsWith(u"audit.stream_");
        return count;
    }

    static QJsonObject bodyOf(const FakeHttpServer::Request &request)
    {
        return QJsonDocument::fromJson(request.body).object();
    }

private Q_SLOTS:
    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void aStreamGetsEveryNewEventInOrder_data() { addBackendRows(); }
    void aStreamGetsEveryNewEventInOrder()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        FakeHttpServer receiver;
        QVERIFY(receiver.ok());
        const qint64 before = newestSeq();
        const QJsonObject created = createStream({{"name", "siem"}, {"url", receiver.url().toString() + "/audit"}});
        const QString token = created.value("verification_token").toString();
        QVERIFY(token.size() >= 32);
        QCOMPARE(created.value("url_hint").toString(),
                 QStringLiteral("http://127.0.0.1:%1").arg(receiver.url().port()));
        QCOMPARE(created.value("after_seq").toInteger(), before); // the past is an export's business
        const qint64 id = created.value("id").toInteger();
        // The token is shown once; the URL never.
        const QJsonObject shown = streamOf(id);
        QVERIFY(!shown.contains("verification_token"));
        QVERIFY(!m_admin->get("/api/v1/audit/streams").body.contains(receiver.url().toString().toUtf8() + "/audit"));

        for (const char *slug : {"alpha", "beta", "gamma"})
            QCOMPARE(m_admin
                         ->post("/api/v1/projects",
                                {{"name", QString::fromLatin1(slug)}, {"slug", QString::fromLatin1(slug)}})
                         .status,
                     201);
        QVERIFY(receiver.waitForRequests(4)); // the stream's own creation, then the three projects
        const QJsonObject caughtUp =
            waitFor(id, [](const QJsonObject &s) { return s.value("behind").toInteger() == 0; });
        QCOMPARE(caughtUp.value("behind").toInteger(), 0);
        const QList<FakeHttpServer::Request> requests = receiver.requests();
        QCOMPARE(requests.size(), 4);
        QStringList actions;
        qint64 seq = before;
        for (const auto &request : requests) {
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.target, QByteArray("/audit"));
            QCOMPARE(request.headers.value("x-gitlab-event-streaming-token"), token.toUtf8());
            const QJsonObject event = bodyOf(request);
            QCOMPARE(request.headers.value("x-gitlab-audit-event-type"), event.value("event_type").toString().toUtf8());
            QCOMPARE(event.value("id").toString().toLongLong(), ++seq); // each once, in order, none skipped
            QCOMPARE(event.value("author_name").toString(), QString::fromLatin1(TestServer::kAdmin));
            QVERIFY(event.value("created_at").toString().endsWith(u'Z'));
            QCOMPARE(event.value("details").toObject().value("outcome").toString(), QStringLiteral("success"));
            actions.append(event.value("event_type").toString());
        }
        QCOMPARE(actions,
                 (QStringList{"audit.stream_created", "project.created", "project.created", "project.created"}));
        const QJsonObject project = bodyOf(requests.at(1));
        QCOMPARE(project.value("entity_type").toString(), QStringLiteral("project"));
        QCOMPARE(project.value("details").toObject().value("after").toObject().value("slug").toString(),
                 QStringLiteral("alpha"));
        const QJsonObject scope = project.value("details").toObject().value("scope").toObject();
        QCOMPARE(scope.value("project_id").toInteger(), project.value("entity_id").toInteger());
        QCOMPARE(scope.value("organisation_id").toInteger(), 1);
        QVERIFY(scope.value("environment_id").isNull());
        QCOMPARE(caughtUp.value("after_seq").toInteger(), seq);
        QVERIFY(!caughtUp.value("last_sent_at").toString().isEmpty());
        QCOMPARE(caughtUp.value("attempts").toInt(), 0);
    }

    void aFailingReceiverLosesNothingAcrossARestart_data() { addBackendRows(); }
    void aFailingReceiverLosesNothingAcrossARestart()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        if (backend == u"postgres")
            TestBackends::flushRedis();
        const Backend database = TestBackends::create(backend);
        m_server = std::make_unique<TestServer>(database, nullptr, 3600, 30 * 24 * 3600, configure(true));
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_admin = std::make_unique<HttpTestClient>(m_server->url());
        QVERIFY(!m_admin->login(TestServer::kAdmin, TestServer::kPassword).isEmpty());

        FakeHttpServer receiver([](const FakeHttpServer::Request &) { return FakeHttpServer::Response{503, "down"}; });
        const qint64 id = createStream({{"name", "siem"}, {"url", receiver.url().toString()}, {"action", "project."}})
                              .value("id")
                              .toInteger();
        for (const char *slug : {"alpha", "beta"})
            m_admin->post("/api/v1/projects",
                          {{"name", QString::fromLatin1(slug)}, {"slug", QString::fromLatin1(slug)}});
        const QJsonObject failing = waitFor(id, [](const QJsonObject &s) { return s.value("attempts").toInt() >= 2; });
        QVERIFY2(failing.value("attempts").toInt() >= 2, QJsonDocument(failing).toJson().constData());
        QVERIFY(failing.value("last_error").toString().contains(u"answered 503"));
        QVERIFY(!failing.value("last_error").toString().contains(u"127.0.0.1")); // never the URL
        QVERIFY(failing.value("behind").toInteger() > 0);
        const qint64 stuckAt = failing.value("after_seq").toInteger();

        // The server stops and starts again; meanwhile the receiver comes back.
        m_admin.reset();
        m_server.reset();
        receiver.setResponder([](const FakeHttpServer::Request &) { return FakeHttpServer::Response{200, "{}"}; });
        const int failedAttempts = int(receiver.requests().size());
        m_server = std::make_unique<TestServer>(database, nullptr, 3600, 30 * 24 * 3600, configure(true));
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_admin = std::make_unique<HttpTestClient>(m_server->url());
        QVERIFY(!m_admin->login(TestServer::kAdmin, TestServer::kPassword).isEmpty());
        m_admin->post("/api/v1/projects", {{"name", "gamma"}, {"slug", "gamma"}});
        const qint64 gammaSeq = m_admin->get("/api/v1/audit?action=project.created&limit=1")
                                    .json()
                                    .value("items")
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value("seq")
                                    .toInteger();

        const QJsonObject recovered = waitFor(id, [gammaSeq](const QJsonObject &s) {
            return s.value("after_seq").toInteger() >= gammaSeq && s.value("attempts").toInt() == 0;
        });
        QCOMPARE(recovered.value("attempts").toInt(), 0);
        QCOMPARE(recovered.value("last_error").toString(), QString());
        QVERIFY(recovered.value("after_seq").toInteger() > stuckAt);
        // Every project event, in order, each at least once; nothing the filter leaves out.
        QStringList delivered;
        for (const auto &request : receiver.requests().mid(failedAttempts)) {
            const QJsonObject event = bodyOf(request);
            QVERIFY(event.value("event_type").toString().startsWith(u"project."));
            const QString slug = event.value("details").toObject().value("after").toObject().value("slug").toString();
            if (delivered.isEmpty() || delivered.last() != slug)
                delivered.append(slug);
        }
        QCOMPARE(delivered, (QStringList{"alpha", "beta", "gamma"}));
    }

    void redirectsAndPrivateTargetsAreRefused_data() { addBackendRows(); }
    void redirectsAndPrivateTargetsAreRefused()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start(false)); // a server that sends only to public addresses
        for (const char *url : {"http://127.0.0.1:9/audit", "http://10.1.2.3/", "http://[::1]/", "http://localhost/x",
                                "ftp://siem.example.com/", "https://user:secret@siem.example.com/"}) {
            const HttpResult refused = m_admin->post("/api/v1/audit/streams", {{"name", "x"}, {"url", url}});
            QCOMPARE(refused.status, 422);
            QCOMPARE(refused.errorFields(), QStringList{"url"});
        }
        QCOMPARE(m_admin->get("/api/v1/audit/streams").json().value("items").toArray().size(), 0);
        cleanup();

        QVERIFY(start(true));
        FakeHttpServer receiver([](const FakeHttpServer::Request &) {
            FakeHttpServer::Response moved{302, {}};
            moved.location = "http://169.254.169.254/latest/meta-data/";
            return moved;
        });
        const qint64 id = createStream({{"name", "moved"}, {"url", receiver.url().toString()}}).value("id").toInteger();
        const QJsonObject failing = waitFor(id, [](const QJsonObject &s) { return s.value("attempts").toInt() >= 1; });
        QVERIFY(failing.value("last_error").toString().contains(u"redirect (never followed)"));
        // Stopped there: every try was the same first event, none after it was sent.
        QSet<QString> tried;
        for (const auto &request : receiver.requests())
            tried.insert(bodyOf(request).value("id").toString());
        QCOMPARE(tried.size(), 1);
    }

    // A receiver that is down, or answers too slowly, holds its stream at the event without losing it.
    void downAndSlowReceiversHoldTheirStream_data() { addBackendRows(); }
    void downAndSlowReceiversHoldTheirStream()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        quint16 closedPort = 0;
        {
            FakeHttpServer gone; // a port that was just listening and is closed now
            closedPort = quint16(gone.url().port());
        }
        const qint64 down =
            createStream({{"name", "down"}, {"url", QStringLiteral("http://127.0.0.1:%1/").arg(closedPort)}})
                .value("id")
                .toInteger();
        FakeHttpServer slow([](const FakeHttpServer::Request &) {
            FakeHttpServer::Response late{200, "{}"};
            late.delayMs = 12000; // beyond the sender's 10 s
            return late;
        });
        const qint64 slowId = createStream({{"name", "slow"}, {"url", slow.url().toString()}}).value("id").toInteger();
        const QJsonObject refused =
            waitFor(down, [](const QJsonObject &s) { return s.value("attempts").toInt() >= 1; });
        QVERIFY2(refused.value("last_error").toString().contains(u"no answer"),
                 QJsonDocument(refused).toJson().constData());
        QVERIFY(refused.value("behind").toInteger() > 0);
        const QJsonObject late = waitFor(
            slowId, [](const QJsonObject &s) { return s.value("attempts").toInt() >= 1; }, 30000);
        QVERIFY2(late.value("last_error").toString().contains(u"no answer"), QJsonDocument(late).toJson().constData());
        QVERIFY(late.value("behind").toInteger() > 0);
        // Once the receiver answers in time, the stream catches up.
        slow.setResponder([](const FakeHttpServer::Request &) { return FakeHttpServer::Response{200, "{}"}; });
        const QJsonObject caughtUp = waitFor(
            slowId,
            [](const QJsonObject &s) { return s.value("behind").toInteger() == 0 && s.value("attempts").toInt() == 0; },
            30000);
        QCOMPARE(caughtUp.value("attempts").toInt(), 0);
        QCOMPARE(caughtUp.value("behind").toInteger(), 0);
    }

    void badInputChangesNothing_data() { addBackendRows(); }
    void badInputChangesNothing()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        FakeHttpServer receiver;
        QVERIFY(createStream({{"name", "siem"}, {"url", receiver.url().toString()}}).contains("id"));
        const int recorded = streamEventsRecorded();
        const QList<std::pair<QJsonObject, QStringList>> refusals{
            {{}, {"name", "url"}},
            {{{"name", "x"}}, {"url"}},
            {{{"name", "siem"}, {"url", receiver.url().toString()}}, {"name"}}, // taken
            {{{"name", "y"}, {"url", receiver.url().toString()}, {"outcome", "maybe"}}, {"outcome"}},
            {{{"name", "y"}, {"url", receiver.url().toString()}, {"action", "project. created"}}, {"action"}},
            {{{"name", 7}, {"url", receiver.url().toString()}}, {"name"}},
            {{{"name", "y"}, {"url", receiver.url().toString()}, {"headers", "x"}}, {"headers"}},
        };
        for (const auto &[body, fields] : refusals) {
            const HttpResult refused = m_admin->post("/api/v1/audit/streams", body);
            QVERIFY2(refused.status == 422 || refused.status == 400, refused.body.constData());
            for (const QString &field : fields)
                QVERIFY2(refused.errorFields().contains(field),
                         qPrintable(field + u' ' + QString::fromUtf8(refused.body)));
        }
        QCOMPARE(m_admin->request("POST", "/api/v1/audit/streams", "{not json").status, 400);
        QCOMPARE(m_admin->get("/api/v1/audit/streams/999").status, 404);
        QCOMPARE(m_admin->patch("/api/v1/audit/streams/999", {{"active", false}}).status, 404);
        QCOMPARE(m_admin->del("/api/v1/audit/streams/999").status, 404);
        QCOMPARE(m_admin->get("/api/v1/audit/streams").json().value("items").toArray().size(), 1);
        QCOMPARE(streamEventsRecorded(), recorded);
    }

    void pausedStreamsCatchUpAndOnlyAuditorsManageThem_data() { addBackendRows(); }
    void pausedStreamsCatchUpAndOnlyAuditorsManageThem()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        FakeHttpServer receiver;
        const qint64 id =
            createStream(
                {{"name", "siem"}, {"url", receiver.url().toString() + "/hook/SECRET-PATH"}, {"outcome", "failure"}})
                .value("id")
                .toInteger();
        const HttpResult paused =
            m_admin->patch(QStringLiteral("/api/v1/audit/streams/%1").arg(id), {{"active", false}});
        QCOMPARE(paused.status, 200);
        QCOMPARE(paused.json().value("active").toBool(), false);
        QVERIFY(HttpTestClient(m_server->url()).login(TestServer::kAdmin, QStringLiteral("wrong")).isEmpty());
        QTest::qWait(1200); // two of the sender's passes
        QCOMPARE(receiver.requests().size(), 0);
        QCOMPARE(m_admin->patch(QStringLiteral("/api/v1/audit/streams/%1").arg(id), {{"active", true}}).status, 200);
        QVERIFY(receiver.waitForRequests(1));
        const QJsonObject failure = bodyOf(receiver.requests().first());
        QCOMPARE(failure.value("event_type").toString(), QStringLiteral("auth.login_failed")); // failures alone

        // A developer may not see or change streams; an auditor may.
        QVERIFY(m_server->addUser(QStringLiteral("dev"), QStringLiteral("dev-password")));
        HttpTestClient developer(m_server->url());
        QVERIFY(!developer.login(QStringLiteral("dev"), QStringLiteral("dev-password")).isEmpty());
        QCOMPARE(developer.get("/api/v1/audit/streams").status, 403);
        QCOMPARE(developer.post("/api/v1/audit/streams", {{"name", "mine"}, {"url", receiver.url().toString()}}).status,
                 403);
        QCOMPARE(developer.del(QStringLiteral("/api/v1/audit/streams/%1").arg(id)).status, 403);
        const auto system = adp::server::MutationContext::system(QStringLiteral("test"), QStringLiteral("test"));
        QVERIFY(m_server->app().auth().setAuditor(system, QStringLiteral("dev"), true).ok());
        QVERIFY(!developer.login(QStringLiteral("dev"), QStringLiteral("dev-password")).isEmpty());
        QCOMPARE(developer.get("/api/v1/audit/streams").json().value("items").toArray().size(), 1);
        QCOMPARE(developer.del(QStringLiteral("/api/v1/audit/streams/%1").arg(id)).status, 204);
        const QJsonObject deleted = m_admin->get("/api/v1/audit?action=audit.stream_deleted")
                                        .json()
                                        .value("items")
                                        .toArray()
                                        .first()
                                        .toObject();
        QCOMPARE(deleted.value("actor").toObject().value("name").toString(), QStringLiteral("dev"));
        QVERIFY(!QJsonDocument(deleted).toJson().contains("SECRET-PATH")); // never the URL
    }

    // The CLI over the same routes (their rules are the server's, tested above on both backends).
    void cliManagesStreams()
    {
        const QString backend = QStringLiteral("sqlite");
        AdminSession session = AdminSession::start(backend, configure(true));
        QVERIFY(session.ok());
        m_server = std::move(session.server);
        m_admin = std::move(session.admin);
        CliSession adp;
        QVERIFY(adp.login(m_server->url(), TestServer::kAdmin, TestServer::kPassword));
        FakeHttpServer receiver;
        const CommandResult created = adp(
            {"audit", "streams", "create", "--name", "siem", "--url-stdin", "--action", "project.", "--output", "json"},
            receiver.url().toString().toUtf8() + "/in\n");
        QVERIFY2(created.code == 0, qPrintable(created.err));
        const QString id = QString::number(created.json().value("id").toInteger());
        QVERIFY(created.json().value("verification_token").toString().size() >= 32);
        const CommandResult listed = adp({"audit", "streams", "list"});
        QCOMPARE(listed.code, 0);
        QVERIFY(listed.out.contains(QStringLiteral("project.")));
        QVERIFY(listed.out.contains(QStringLiteral("http://127.0.0.1:%1").arg(receiver.url().port())));
        const CommandResult paused = adp({"audit", "streams", "update", id, "--inactive"});
        QCOMPARE(paused.code, 0);
        QVERIFY(paused.out.contains(QStringLiteral("paused")));
        QCOMPARE(adp({"audit", "streams", "create", "--url-stdin"}, "http://127.0.0.1:9/\n").code, 1); // no name
        QCOMPARE(adp({"audit", "streams", "update", id, "--active", "--inactive"}).code, 2);
        QCOMPARE(adp({"audit", "streams", "show"}).code, 2);
        QCOMPARE(adp({"audit", "streams", "delete", id}).code, 0);
        QCOMPARE(adp({"audit", "streams", "show", id}).code, 1); // gone
    }
};

QTEST_GUILESS_MAIN(TestAuditStreams)
#include "tst_audit_streams.moc"
