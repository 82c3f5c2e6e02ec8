#include "AdminSession.h"
#include "FakeHttpServer.h"
#include "GitRepository.h"
#include "PipelineCalls.h"
#include "SmtpTestServer.h"
#include "StoredText.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>
#include <QtTest>

using namespace adp::test;

// Notification rules and commit statuses, on both backends: rules are checked when saved (naming
// the field) and never show their secrets back; a pipeline that ends posts to each chat service in
// its documented format with its signing, checked by a local receiver; a target that is down or
// slow never holds up a pipeline and is retried with backoff, each attempt in the rule's delivery
// log; email goes through a real SMTP server with STARTTLS and AUTH; commit statuses reach fakes of
// GitHub's and GitLab's APIs with their real paths, headers and bodies.
class TestNotifications : public QObject
{
    Q_OBJECT

private:
    static constexpr auto kPassword = "correct horse battery";
    static constexpr auto kHookToken = "T000-B000-hooktoken";
    static constexpr auto kSigning = "SEC-signing-secret";
    GitRepository m_repository;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;

    bool start(bool allowLocal = true, const QString &extraCa = {})
    {
        QFETCH(QString, backend);
        AdminSession session = AdminSession::start(backend, [allowLocal, extraCa](adp::server::ServerConfig &config) {
            config.allowLocalNotificationTargets = allowLocal;
            config.notificationRetryBaseMs = 20;
            config.extraCaFile = extraCa;
        });
        if (!session.ok())
            return false;
        m_server = std::move(session.server);
        m_admin = std::move(session.admin);
        return m_admin
                   ->post("/api/v1/projects",
                          {{"name", "Shop"}, {"slug", "shop"}, {"repository_url", m_repository.path()}})
                   .status == 201;
    }

    QJsonObject run(const QString &ref)
    {
        const QJsonObject created = m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", ref}}).json();
        return waitUntilFinished(*m_admin, created.value("id").toInteger());
    }

    qint64 createRule(const QJsonObject &rule)
    {
        const HttpResult created = m_admin->post("/api/v1/projects/shop/notification-rules", rule);
        if (created.status != 201)
            qWarning() << created.status << created.body;
        return created.json().value("id").toInteger();
    }

    // The rule's deliveries once none is pending any more (or the time is up).
    QJsonArray settledDeliveries(qint64 rule, int count, int timeoutMs = 20000)
    {
        QElapsedTimer timer;
        timer.start();
        QJsonArray items;
        while (timer.elapsed() < timeoutMs) {
            items = m_admin->get(QStringLiteral("/api/v1/notification-rules/%1/deliveries").arg(rule))
                        .json()
                        .value("items")
                        .toArray();
            const bool settled = std::none_of(items.begin(), items.end(), [](const QJsonValue &item) {
                return item.toObject().value("state").toString() == u"pending";
            });
            if (items.size() >= count && settled)
                return items;
            QThread::msleep(100);
        }
        return items;
    }

    QByteArray everythingStored()
    {
        return storedText(m_server->app().database(),
                          {QStringLiteral("notification_rules"), QStringLiteral("outbound_deliveries"),
                           QStringLiteral("audit_events")});
    }

    static FakeHttpServer::Request requestTo(const FakeHttpServer &receiver, const QByteArray &pathPrefix)
    {
        for (const auto &request : receiver.requests())
            if (request.target.startsWith(pathPrefix))
                return request;
        return {};
    }

    static QByteArray hmac(const QByteArray &key, const QByteArray &message)
    {
        return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_repository.init());
        QVERIFY(m_repository.commitBranch("green", "build:\n  script:\n    - echo fine\n"));
        QVERIFY(m_repository.commitBranch("release/1", "build:\n  script:\n    - exit 1\n"));
        QVERIFY(m_repository.commitFiles(
            "parent",
            {{".gitlab-ci.yml", "down:\n  trigger:\n    include: ci/child.yml\n    strategy: depend\n"},
             {"ci/child.yml", "inner:\n  script:\n    - echo child\n"}},
            "a parent and its child"));
    }

    // Every test starts with main failing (a test may have fixed it).
    void init()
    {
        static int round = 0;
        QVERIFY(m_repository.commitBranch(
            "main", QStringLiteral("# round %1\nbuild:\n  script:\n    - echo building\n    - exit 3\n")
                        .arg(++round)
                        .toUtf8()));
    }

    void rulesAreCheckedAndSecretsNeverShownBack_data() { addBackendRows(); }
    void rulesAreCheckedAndSecretsNeverShownBack()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start(false));
        const QString rules = QStringLiteral("/api/v1/projects/shop/notification-rules");
        const QString url = QStringLiteral("https://hooks.slack.example/services/") + QLatin1String(kHookToken);
        const HttpResult created = m_admin->post(rules, {{"name", "Team chat"},
                                                         {"channel", "slack"},
                                                         {"when", "failure"},
                                                         {"url", url},
                                                         {"branches", QJsonArray{"main", "release/*"}}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value("url_hint").toString(), QStringLiteral("https://hooks.slack.example/…"));
        QVERIFY(!created.body.contains(kHookToken));
        const qint64 id = created.json().value("id").toInteger();
        QVERIFY(!m_admin->get(QStringLiteral("/api/v1/notification-rules/%1").arg(id)).body.contains(kHookToken));
        QVERIFY(!m_admin->get(rules).body.contains(kHookToken));
        QCOMPARE(m_admin->get(rules).json().value("items").toArray().size(), 1);

        // Refused, naming the field, storing nothing.
        const QList<QPair<QJsonObject, QString>> refused = {
            {{{"name", "x"}, {"channel", "pager"}, {"when", "failure"}, {"url", url}}, "channel"},
            {{{"name", "x"}, {"channel", "slack"}, {"when", "sometimes"}, {"url", url}}, "when"},
            {{{"name", "x"}, {"channel", "slack"}, {"when", "always"}}, "url"},
            {{{"name", "x"}, {"channel", "dingtalk"}, {"when", "always"}, {"url", "ftp://robot.example/send"}}, "url"},
            {{{"name", "x"}, {"channel", "wecom"}, {"when", "always"}, {"url", "http://127.0.0.1:9/hook"}}, "url"},
            {{{"name", "x"}, {"channel", "wecom"}, {"when", "always"}, {"url", "http://localhost/hook"}}, "url"},
            {{{"name", "x"}, {"channel", "feishu"}, {"when", "always"}, {"url", "https://10.1.2.3/hook"}}, "url"},
            {{{"name", "x"}, {"channel", "slack"}, {"when", "always"}, {"url", url}, {"secret", "s"}}, "secret"},
            {{{"name", ""}, {"channel", "slack"}, {"when", "always"}, {"url", url}}, "name"},
            {{{"name", "x"}, {"channel", "slack"}, {"when", "always"}, {"url", url}, {"branches", "main"}}, "branches"},
            {{{"name", "x"}, {"channel", "email"}, {"when", "always"}}, "email"},
            {{{"name", "x"},
              {"channel", "email"},
              {"when", "always"},
              {"email", QJsonObject{{"host", "smtp.example.com"},
                                    {"from", "not-an-address"},
                                    {"to", QJsonArray{"a@example.com"}}}}},
             "email.from"},
            {{{"name", "x"},
              {"channel", "email"},
              {"when", "always"},
              {"email",
               QJsonObject{{"host", "smtp.example.com"}, {"from", "ci@example.com"}, {"to", QJsonArray{"b@@x"}}}}},
             "email.to"},
            {{{"name", "x"},
              {"channel", "email"},
              {"when", "always"},
              {"email", QJsonObject{{"host", "smtp.example.com"},
                                    {"from", "ci@example.com"},
                                    {"to", QJsonArray{"a@example.com"}},
                                    {"username", "ci"}}}},
             "password"},
            {{{"name", "x"},
              {"channel", "email"},
              {"when", "always"},
              {"email", QJsonObject{{"host", "smtp.example.com"},
                                    {"port", 70000},
                                    {"from", "ci@example.com"},
                                    {"to", QJsonArray{"a@example.com"}}}}},
             "email.port"},
            {{{"name", "x"}, {"channel", "slack"}, {"when", "always"}, {"url", url}, {"colour", "red"}}, "colour"},
        };
        for (const auto &[body, field] : refused) {
            const HttpResult answer = m_admin->post(rules, body);
            QVERIFY2(
                answer.status == 422 && answer.errorFields().contains(field),
                qPrintable(
                    QStringLiteral("%1: %2 %3").arg(field).arg(answer.status).arg(QString::fromUtf8(answer.body))));
        }
        QCOMPARE(m_admin->request("POST", rules, "{\"name\":").status, 400);
        QCOMPARE(m_admin->post("/api/v1/projects/nothing/notification-rules", {{"name", "x"}}).status, 404);
        QCOMPARE(m_admin->get(rules).json().value("items").toArray().size(), 1);

        // A change keeps what it does not name; a bad change changes nothing.
        const QString one = QStringLiteral("/api/v1/notification-rules/%1").arg(id);
        QCOMPARE(m_admin->patch(one, {{"when", "always"}}).json().value("url_hint").toString(),
                 QStringLiteral("https://hooks.slack.example/…"));
        QCOMPARE(m_admin->patch(one, {{"when", "never"}, {"name", "renamed"}}).status, 422);
        QCOMPARE(m_admin->get(one).json().value("name").toString(), QStringLiteral("Team chat"));
        QCOMPARE(m_admin->get(one).json().value("when").toString(), QStringLiteral("always"));

        // Maintainers only.
        QVERIFY(m_server->addUser(QStringLiteral("dev"), kPassword));
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/dev", {{"role", "developer"}}).status, 200);
        HttpTestClient developer(m_server->url());
        QVERIFY(!developer.login(QStringLiteral("dev"), kPassword).isEmpty());
        QCOMPARE(developer.get(rules).status, 403);
        QCOMPARE(developer.post(rules, {{"name", "x"}, {"channel", "slack"}, {"when", "always"}, {"url", url}}).status,
                 403);
        QCOMPARE(developer.del(one).status, 403);
        QCOMPARE(developer.get(one + QStringLiteral("/deliveries")).status, 403);

        QVERIFY2(!everythingStored().contains(kHookToken), "the URL is stored sealed and never audited");
        QVERIFY(everythingStored().contains("notification.rule_created"));
        QCOMPARE(m_admin->del(one).status, 204);
        QCOMPARE(m_admin->get(one).status, 404);
        QVERIFY(everythingStored().contains("notification.rule_deleted"));
    }

    void eachChatServiceGetsItsFormat_data() { addBackendRows(); }
    void eachChatServiceGetsItsFormat()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        FakeHttpServer receiver([](const FakeHttpServer::Request &request) -> FakeHttpServer::Response {
            if (request.target.startsWith("/slack"))
                return {200, "ok", "text/plain"};
            if (request.target.startsWith("/feishu"))
                return {200, R"({"code":0,"msg":"success","data":{}})"};
            if (request.target.startsWith("/dingtalk") || request.target.startsWith("/wecom"))
                return {200, R"({"errcode":0,"errmsg":"ok"})"};
            return {204, {}};
        });
        QVERIFY(receiver.ok());
        QVERIFY(start());
        const QString base = receiver.url().toString();
        const qint64 slack = createRule({{"name", "Slack"},
                                         {"channel", "slack"},
                                         {"when", "failure"},
                                         {"url", base + "/slack/services/" + kHookToken}});
        const qint64 dingtalk = createRule({{"name", "DingTalk"},
                                            {"channel", "dingtalk"},
                                            {"when", "failure"},
                                            {"url", base + "/dingtalk/robot/send?access_token=" + kHookToken},
                                            {"secret", kSigning}});
        const qint64 feishu = createRule({{"name", "Feishu"},
                                          {"channel", "feishu"},
                                          {"when", "failure"},
                                          {"url", base + "/feishu/open-apis/bot/v2/hook/" + kHookToken},
                                          {"secret", kSigning}});
        const qint64 wecom = createRule({{"name", "WeCom"},
                                         {"channel", "wecom"},
                                         {"when", "always"},
                                         {"url", base + "/wecom/cgi-bin/webhook/send?key=" + kHookToken}});
        const qint64 webhook = createRule({{"name", "Ours"},
                                           {"channel", "webhook"},
                                           {"when", "failure"},
                                           {"url", base + "/hook"},
                                           {"secret", kSigning}});
        const qint64 releases = createRule({{"name", "Releases only"},
                                            {"channel", "webhook"},
                                            {"when", "failure"},
                                            {"url", base + "/releases"},
                                            {"branches", QJsonArray{"release/*"}}});
        const qint64 recovery = createRule(
            {{"name", "Recovered"}, {"channel", "webhook"}, {"when", "recovery"}, {"url", base + "/recovered"}});
        QVERIFY(slack && dingtalk && feishu && wecom && webhook && releases && recovery);

        const QJsonObject failed = run(QStringLiteral("main"));
        QCOMPARE(failed.value("status").toString(), QStringLiteral("failed"));
        const qint64 pipeline = failed.value("id").toInteger();
        QVERIFY(receiver.waitForRequests(5));
        for (const qint64 rule : {slack, dingtalk, feishu, wecom, webhook}) {
            const QJsonArray deliveries = settledDeliveries(rule, 1);
            QCOMPARE(deliveries.size(), 1);
            QCOMPARE(deliveries.first().toObject().value("state").toString(), QStringLiteral("sent"));
            QCOMPARE(deliveries.first().toObject().value("pipeline_id").toInteger(), pipeline);
            QCOMPARE(deliveries.first().toObject().value("attempts").toInt(), 1);
        }

        const auto slackRequest = requestTo(receiver, "/slack/services/");
        const QJsonObject slackBody = QJsonDocument::fromJson(slackRequest.body).object();
        QVERIFY(
            slackBody.value("text").toString().contains(QStringLiteral("pipeline #%1 failed on main").arg(pipeline)));
        QCOMPARE(slackBody.value("blocks").toArray().first().toObject().value("type").toString(),
                 QStringLiteral("section"));
        QCOMPARE(slackRequest.headers.value("content-type"), "application/json");

        // DingTalk: timestamp (ms) and sign = base64(HMAC-SHA256(secret, timestamp + "\n" + secret)) in the query.
        const auto dingRequest = requestTo(receiver, "/dingtalk/robot/send");
        const QUrlQuery dingQuery(QUrl(QString::fromLatin1("http://x" + dingRequest.target)));
        QCOMPARE(dingQuery.queryItemValue("access_token"), QString::fromLatin1(kHookToken));
        const QByteArray timestamp = dingQuery.queryItemValue("timestamp").toLatin1();
        QVERIFY(qAbs(timestamp.toLongLong() - QDateTime::currentMSecsSinceEpoch()) < 120000);
        QCOMPARE(dingQuery.queryItemValue("sign", QUrl::FullyDecoded).toLatin1(),
                 hmac(kSigning, timestamp + '\n' + kSigning).toBase64());
        const QJsonObject dingBody = QJsonDocument::fromJson(dingRequest.body).object();
        QCOMPARE(dingBody.value("msgtype").toString(), QStringLiteral("markdown"));
        QVERIFY(dingBody.value("markdown").toObject().value("text").toString().contains(u"failed on main"));
        QVERIFY(!dingBody.value("markdown").toObject().value("title").toString().isEmpty());

        // Feishu: timestamp (s) and sign = base64(HMAC-SHA256(key = timestamp + "\n" + secret, "")) in the body.
        const QJsonObject feishuBody = QJsonDocument::fromJson(requestTo(receiver, "/feishu/").body).object();
        const QByteArray seconds = feishuBody.value("timestamp").toString().toLatin1();
        QVERIFY(qAbs(seconds.toLongLong() - QDateTime::currentSecsSinceEpoch()) < 120);
        QCOMPARE(feishuBody.value("sign").toString().toLatin1(), hmac(seconds + '\n' + kSigning, {}).toBase64());
        QCOMPARE(feishuBody.value("msg_type").toString(), QStringLiteral("text"));
        QVERIFY(feishuBody.value("content").toObject().value("text").toString().contains(u"failed on main"));

        const QJsonObject wecomBody = QJsonDocument::fromJson(requestTo(receiver, "/wecom/").body).object();
        QCOMPARE(wecomBody.value("msgtype").toString(), QStringLiteral("markdown"));
        QVERIFY(wecomBody.value("markdown").toObject().value("content").toString().contains(u"failed on main"));

        // Ours: the body signed like GitHub's webhooks.
        const auto hook = requestTo(receiver, "/hook");
        QCOMPARE(hook.headers.value("x-adp-event"), "pipeline");
        QCOMPARE(hook.headers.value("x-adp-signature-256"), "sha256=" + hmac(kSigning, hook.body).toHex());
        const QJsonObject hookBody = QJsonDocument::fromJson(hook.body).object();
        QCOMPARE(hookBody.value("object_kind").toString(), QStringLiteral("pipeline"));
        QCOMPARE(hookBody.value("pipeline").toObject().value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(hookBody.value("pipeline").toObject().value("id").toInteger(), pipeline);
        QCOMPARE(hookBody.value("project").toObject().value("slug").toString(), QStringLiteral("shop"));

        // Not on a release branch, not a recovery: nothing for those two.
        QVERIFY(requestTo(receiver, "/releases").target.isEmpty());
        QVERIFY(settledDeliveries(releases, 0, 500).isEmpty());
        QVERIFY(requestTo(receiver, "/recovered").target.isEmpty());

        // A failure on a release branch; then main passes after failing: a recovery (and WeCom's "always").
        QCOMPARE(run(QStringLiteral("release/1")).value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(settledDeliveries(releases, 1).size(), 1);
        QVERIFY(m_repository.commitBranch("main", "build:\n  script:\n    - echo fixed\n"));
        QCOMPARE(run(QStringLiteral("main")).value("status").toString(), QStringLiteral("success"));
        QCOMPARE(settledDeliveries(recovery, 1).size(), 1);
        QCOMPARE(settledDeliveries(wecom, 3).size(), 3);
        QCOMPARE(settledDeliveries(slack, 2, 500).size(), 2); // main's and release/1's failures; a success is none
        QCOMPARE(run(QStringLiteral("main")).value("status").toString(), QStringLiteral("success"));
        QCOMPARE(settledDeliveries(recovery, 1, 1000).size(), 1); // success after success: no recovery
        QVERIFY(!everythingStored().contains(kSigning));
    }

    void aTargetDownOrSlowNeverHoldsUpAPipeline_data() { addBackendRows(); }
    void aTargetDownOrSlowNeverHoldsUpAPipeline()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        std::atomic<int> flakyCalls{0};
        FakeHttpServer receiver([&flakyCalls](const FakeHttpServer::Request &request) -> FakeHttpServer::Response {
            if (request.target.startsWith("/flaky")) // down twice, then up
                return ++flakyCalls <= 2 ? FakeHttpServer::Response{503, "try later"}
                                         : FakeHttpServer::Response{200, "{}"};
            if (request.target.startsWith("/slow"))
                return {200, "{}", "application/json", 4000};
            if (request.target.startsWith("/busy")) // a chat service's error code under a 200
                return {200, R"({"errcode":130101,"errmsg":"send too fast"})"};
            return {400, R"({"message":"bad request"})"};
        });
        QVERIFY(receiver.ok());
        QVERIFY(start());
        const QString base = receiver.url().toString();
        const qint64 flaky =
            createRule({{"name", "Flaky"}, {"channel", "webhook"}, {"when", "always"}, {"url", base + "/flaky"}});
        const qint64 slow =
            createRule({{"name", "Slow"}, {"channel", "webhook"}, {"when", "always"}, {"url", base + "/slow"}});
        const qint64 refusing =
            createRule({{"name", "Refusing"}, {"channel", "webhook"}, {"when", "always"}, {"url", base + "/bad"}});
        const qint64 busy =
            createRule({{"name", "Busy"}, {"channel", "wecom"}, {"when", "always"}, {"url", base + "/busy?key=k"}});
        QVERIFY(flaky && slow && refusing && busy);

        QElapsedTimer timer;
        timer.start();
        const QJsonObject finished = run(QStringLiteral("green"));
        QCOMPARE(finished.value("status").toString(), QStringLiteral("success"));
        QVERIFY2(timer.elapsed() < 4000, "the pipeline ended without waiting for its notifications");

        const QJsonObject flakyDelivery = settledDeliveries(flaky, 1).first().toObject();
        QCOMPARE(flakyDelivery.value("state").toString(), QStringLiteral("sent"));
        QCOMPARE(flakyDelivery.value("attempts").toInt(), 3);
        QCOMPARE(flakyCalls.load(), 3);
        QCOMPARE(settledDeliveries(slow, 1).first().toObject().value("state").toString(), QStringLiteral("sent"));
        const QJsonObject refused = settledDeliveries(refusing, 1).first().toObject();
        QCOMPARE(refused.value("state").toString(), QStringLiteral("failed")); // a 400 is not retried
        QCOMPARE(refused.value("attempts").toInt(), 1);
        QVERIFY(refused.value("last_error").toString().contains(u"HTTP 400"));
        const QJsonObject gaveUp = settledDeliveries(busy, 1, 60000).first().toObject();
        QCOMPARE(gaveUp.value("state").toString(), QStringLiteral("failed"));
        QCOMPARE(gaveUp.value("attempts").toInt(), 6);
        QVERIFY(gaveUp.value("last_error").toString().contains(u"130101"));
        QVERIFY(!gaveUp.value("last_error").toString().contains(u"key=k"));
    }

    void emailGoesThroughSmtpWithStartTls_data() { addBackendRows(); }
    void emailGoesThroughSmtpWithStartTls()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        ADP_REQUIRE_SMTP_SERVER();
        SmtpTestServer smtp;
        QVERIFY2(smtp.start(), qPrintable(smtp.output()));
        QVERIFY(start(true, smtp.certificateFile()));
        const QJsonObject settings{
            {"host", "127.0.0.1"},       {"port", smtp.port()},
            {"security", "starttls"},    {"username", SmtpTestServer::kUser},
            {"from", "ci@shop.example"}, {"to", QJsonArray{"dev@shop.example", "lead@shop.example"}}};
        const qint64 rule = createRule({{"name", "Mail"},
                                        {"channel", "email"},
                                        {"when", "failure"},
                                        {"email", settings},
                                        {"password", SmtpTestServer::kPassword}});
        QVERIFY(rule);
        const HttpResult shown = m_admin->get(QStringLiteral("/api/v1/notification-rules/%1").arg(rule));
        QCOMPARE(shown.json().value("has_password").toBool(), true);
        QVERIFY(!shown.body.contains(SmtpTestServer::kPassword));

        const qint64 pipeline = run(QStringLiteral("main")).value("id").toInteger();
        const QList<QJsonObject> messages = smtp.messages(1);
        QVERIFY2(messages.size() == 1,
                 qPrintable(QString::fromUtf8(QJsonDocument(settledDeliveries(rule, 1)).toJson()) + smtp.output()));
        const QJsonObject message = messages.first();
        QCOMPARE(message.value("from").toString(), QStringLiteral("ci@shop.example"));
        QCOMPARE(message.value("to").toArray(), (QJsonArray{"dev@shop.example", "lead@shop.example"}));
        QCOMPARE(message.value("user").toString(), QString::fromLatin1(SmtpTestServer::kUser));
        QCOMPARE(message.value("secure").toBool(), true);
        const QString data = message.value("data").toString();
        QVERIFY2(data.contains(QStringLiteral("Subject: [Shop] Pipeline #%1 failed on main").arg(pipeline)),
                 qPrintable(data));
        QVERIFY(data.contains(u"To: dev@shop.example, lead@shop.example"));
        QVERIFY(data.contains(u"Content-Type: text/plain; charset=utf-8"));
        QVERIFY(data.contains(QStringLiteral("Pipeline: ")));
        QCOMPARE(settledDeliveries(rule, 1).first().toObject().value("state").toString(), QStringLiteral("sent"));

        // A wrong password: refused by the server, retried, the reason in the log.
        QCOMPARE(
            m_admin->patch(QStringLiteral("/api/v1/notification-rules/%1").arg(rule), {{"password", "wrong"}}).status,
            200);
        run(QStringLiteral("main"));
        QElapsedTimer timer;
        timer.start();
        QString lastError;
        while (timer.elapsed() < 20000 && !lastError.contains(u"AUTH")) {
            const QJsonArray items = m_admin->get(QStringLiteral("/api/v1/notification-rules/%1/deliveries").arg(rule))
                                         .json()
                                         .value("items")
                                         .toArray();
            lastError = items.first().toObject().value("last_error").toString();
            QThread::msleep(100);
        }
        QVERIFY2(lastError.contains(u"AUTH refused"), qPrintable(lastError));
        QVERIFY(!lastError.contains(u"wrong"));
    }

    void commitStatusesReachGitHubAndGitLab_data() { addBackendRows(); }
    void commitStatusesReachGitHubAndGitLab()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        std::atomic<int> calls{0};
        FakeHttpServer api([&calls](const FakeHttpServer::Request &) -> FakeHttpServer::Response {
            if (++calls == 1)
                return {502, "bad gateway"}; // the first is retried
            return {201, R"({"id":1})"};
        });
        QVERIFY(api.ok());
        QVERIFY(start());
        const QString token = QStringLiteral("ghp_statusToken123");
        QCOMPARE(m_admin
                     ->put("/api/v1/projects/shop/repository-token", {{"provider", "github"},
                                                                      {"token", token},
                                                                      {"api_url", api.url().toString()},
                                                                      {"repository", "acme/shop"}})
                     .status,
                 200);
        const QJsonObject finished = run(QStringLiteral("green"));
        QCOMPARE(finished.value("status").toString(), QStringLiteral("success"));
        const QString sha = finished.value("sha").toString();
        // The last status sent says success; each one is GitHub's documented request.
        QElapsedTimer timer;
        timer.start();
        QJsonObject last;
        while (timer.elapsed() < 20000 && last.value("state").toString() != u"success") {
            const auto requests = api.requests();
            if (!requests.isEmpty())
                last = QJsonDocument::fromJson(requests.last().body).object();
            QThread::msleep(100);
        }
        QCOMPARE(last.value("state").toString(), QStringLiteral("success"));
        QCOMPARE(last.value("context").toString(), QStringLiteral("adp/pipeline"));
        QVERIFY(last.value("target_url")
                    .toString()
                    .endsWith(QStringLiteral("/api/v1/pipelines/%1").arg(finished.value("id").toInteger())));
        for (const auto &request : api.requests()) {
            QCOMPARE(request.method, "POST");
            QCOMPARE(request.target, QStringLiteral("/repos/acme/shop/statuses/%1").arg(sha).toLatin1());
            QCOMPARE(request.headers.value("authorization"), "Bearer " + token.toLatin1());
            QCOMPARE(request.headers.value("accept"), "application/vnd.github+json");
            QCOMPARE(request.headers.value("x-github-api-version"), "2022-11-28");
            const QString state = QJsonDocument::fromJson(request.body).object().value("state").toString();
            QVERIFY2(state == u"pending" || state == u"success", qPrintable(state));
        }

        // GitLab: the project's path URL-encoded, PRIVATE-TOKEN, its own state names.
        QCOMPARE(m_admin
                     ->put("/api/v1/projects/shop/repository-token", {{"provider", "gitlab"},
                                                                      {"token", token},
                                                                      {"api_url", api.url().toString() + "/api/v4"},
                                                                      {"repository", "group/sub/shop"}})
                     .status,
                 200);
        const int before = int(api.requests().size());
        const QJsonObject second = run(QStringLiteral("main"));
        QCOMPARE(second.value("status").toString(), QStringLiteral("failed"));
        timer.restart();
        QJsonObject gitlabLast;
        while (timer.elapsed() < 20000 && gitlabLast.value("state").toString() != u"failed") {
            const auto requests = api.requests();
            if (requests.size() > before)
                gitlabLast = QJsonDocument::fromJson(requests.last().body).object();
            QThread::msleep(100);
        }
        QCOMPARE(gitlabLast.value("state").toString(), QStringLiteral("failed"));
        QCOMPARE(gitlabLast.value("ref").toString(), QStringLiteral("main"));
        QCOMPARE(gitlabLast.value("name").toString(), QStringLiteral("adp/pipeline"));
        const auto gitlab = api.requests().last();
        QCOMPARE(gitlab.target, QStringLiteral("/api/v4/projects/group%2Fsub%2Fshop/statuses/%1")
                                    .arg(second.value("sha").toString())
                                    .toLatin1());
        QCOMPARE(gitlab.headers.value("private-token"), token.toLatin1());
        QVERIFY(!gitlab.headers.contains("authorization"));
        QVERIFY(!everythingStored().contains(token.toLatin1()));
    }

    void aChildPipelineReportsNothingOfItsOwn_data() { addBackendRows(); }
    void aChildPipelineReportsNothingOfItsOwn()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        FakeHttpServer api([](const FakeHttpServer::Request &) -> FakeHttpServer::Response { return {201, "{}"}; });
        FakeHttpServer chat;
        QVERIFY(api.ok() && chat.ok());
        QVERIFY(start());
        QCOMPARE(m_admin
                     ->put("/api/v1/projects/shop/repository-token", {{"provider", "github"},
                                                                      {"token", "ghp_childToken"},
                                                                      {"api_url", api.url().toString()},
                                                                      {"repository", "acme/shop"}})
                     .status,
                 200);
        QCOMPARE(m_admin
                     ->post("/api/v1/projects/shop/notification-rules", {{"name", "all"},
                                                                         {"channel", "webhook"},
                                                                         {"when", "always"},
                                                                         {"url", chat.url().toString() + "/hook"}})
                     .status,
                 201);
        const QJsonObject finished = run(QStringLiteral("parent"));
        QCOMPARE(finished.value("status").toString(), QStringLiteral("success"));
        const qint64 parent = finished.value("id").toInteger();
        QVERIFY(chat.waitForRequests(1));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&api]() {
                const auto requests = api.requests();
                return !requests.isEmpty() &&
                       QJsonDocument::fromJson(requests.last().body).object().value("state").toString() == u"success";
            }(),
            20000);
        QTest::qWait(1500); // anything a child would have queued has been sent by now
        // Only the parent's statuses and one message: the child's own running and success say nothing.
        for (const auto &request : api.requests())
            QVERIFY2(QJsonDocument::fromJson(request.body)
                         .object()
                         .value("target_url")
                         .toString()
                         .endsWith(QStringLiteral("/api/v1/pipelines/%1").arg(parent)),
                     request.body.constData());
        QCOMPARE(chat.requests().size(), 1);
        QVERIFY(chat.requests().first().body.contains(QByteArray::number(parent)));
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
