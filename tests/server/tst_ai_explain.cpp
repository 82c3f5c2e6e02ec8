#include "CommandRun.h"
#include "FakeHttpServer.h"
#include "GitRepository.h"
#include "HttpTestClient.h"
#include "LiveEvents.h"
#include "PipelineCalls.h"
#include "TestServer.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace adp::test;

// "Explain this failure" with a model, on both backends, through a real pipeline whose job fails
// to compile, against a local OpenAI-compatible server replaying recorded streams: without a
// model the analyzers answer alone and say so; with one the answer streams to whoever asked on
// the events socket and is kept with its tokens and cost; the prompt holds the evidence and
// none of the project's masked values or detected secrets; a slow answer is stopped (by its
// asker; a reporter may not); thumbs are kept per person; a provider that fails, answers garbage
// or refuses the key ends the answer with a clear error (never the key); a server that stops
// fails what it was streaming, and a later one fails what another left past its deadline; a
// model on this machine is refused to a server with several users unless ai_targets says any.
class TestAiExplain : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *kMaskedValue = "canary-Xk93hQ2vLp7wT";
    static constexpr const char *kAwsKey = "AKIAZ7QWERTYUIOPAS4D";
    static constexpr const char *kNewAwsKey = "AKIAQ4RTYP2WXZ8MN3BV";
    GitRepository m_repository;
    GitRepository m_deployRepository; // deploys to production; a risky change on `risky`
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;
    QString m_token;

    static QByteArray transcript(const char *name)
    {
        QFile file(QStringLiteral(ADP_SOURCE_DIR "/tests/data/openai/") + QString::fromLatin1(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static FakeHttpServer::Response stream(const QByteArray &body, int pieceBytes = 0, int delayMs = 0)
    {
        FakeHttpServer::Response response;
        response.contentType = "text/event-stream";
        for (qsizetype at = 0; at<body.size(); at += pieceBytes> 0 ? pieceBytes : body.size())
            response.pieces.append(body.mid(at, pieceBytes > 0 ? pieceBytes : body.size()));
        response.pieceDelayMs = delayMs;
        return response;
    }

    bool start(const QString &aiTargets = QStringLiteral("any"), const Backend *reuse = nullptr)
    {
        QFETCH(QString, backend);
        if (backend == u"postgres" && !reuse)
            TestBackends::flushRedis();
        m_server = std::make_unique<TestServer>(
            reuse ? *reuse : TestBackends::create(backend), nullptr, 3600, 30 * 24 * 3600,
            [aiTargets](adp::server::ServerConfig &config) { config.aiTargets = aiTargets; });
        if (!m_server->ok())
            return false;
        m_admin = std::make_unique<HttpTestClient>(m_server->url());
        m_token = m_admin->login(TestServer::kAdmin, TestServer::kPassword);
        return !m_token.isEmpty();
    }

    bool createProject()
    {
        return m_admin->post("/api/v1/projects",
                             {{"name", "Shop"}, {"slug", "shop"}, {"repository_url", m_repository.path()}})
                       .status == 201 &&
               m_admin->put("/api/v1/projects/shop/variables/DEPLOY_TOKEN", {{"value", kMaskedValue}, {"masked", true}})
                       .status == 200;
    }

    // Runs the pipeline; the failed job's id.
    qint64 failedJob()
    {
        const qint64 id =
            m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", "main"}}).json().value("id").toInteger();
        const QJsonObject pipeline = waitUntilFinished(*m_admin, id);
        return jobNamed(pipeline, QStringLiteral("compile")).value("id").toInteger();
    }

    qint64 addProvider(const FakeHttpServer &provider, const QString &name = QStringLiteral("Local"),
                       const QString &key = QStringLiteral("sk-local-7Hq2mZ9xVb"))
    {
        return m_admin
            ->post("/api/v1/organisations/default/ai-providers",
                   {{"name", name},
                    {"base_url", provider.url().resolved(QUrl(QStringLiteral("/v1"))).toString()},
                    {"model", "gpt-4o"},
                    {"api_key", key},
                    {"timeout_seconds", 20},
                    {"prompt_price_per_million", 15},
                    {"completion_price_per_million", 60}})
            .json()
            .value("id")
            .toInteger();
    }

    QJsonObject explain(qint64 job, const QJsonObject &body = {}, int *status = nullptr)
    {
        const HttpResult result = m_admin->post(QStringLiteral("/api/v1/jobs/%1/explanation").arg(job), body);
        if (status)
            *status = result.status;
        return result.json();
    }

    // Polls the answer until it has ended.
    QJsonObject ended(qint64 answer, HttpTestClient *client = nullptr)
    {
        QJsonObject seen;
        for (int i = 0; i < 300; ++i) {
            seen = (client ? client : m_admin.get())->get(QStringLiteral("/api/v1/ai/answers/%1").arg(answer)).json();
            if (seen.value("status").toString() != u"running")
                break;
            QTest::qWait(50);
        }
        return seen;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_repository.init());
        QVERIFY(m_repository.commitFiles(
            "main",
            {{".gitlab-ci.yml", QByteArray("compile:\n  script:\n    - echo \"using ") + kAwsKey +
                                    "\"\n    - printf 'Bearer %s' \"" + kMaskedValue +
                                    "\" | wc -c\n    - gcc -c src/broken.c -o broken.o\n"},
             {"src/broken.c", "int main(void)\n{\n    return count;\n}\n"}},
            "first"));
        // A change to review: a key in a settings file, a pipeline that pipes a script into a shell
        // and takes :latest; the key already on main is not this change's.
        QVERIFY(m_repository.commitFiles(
            "feature",
            {{".gitlab-ci.yml",
              QByteArray("compile:\n  image: node:latest\n  script:\n    - echo \"using ") + kAwsKey +
                  "\"\n    - curl -sSL https://get.example.test/install.sh | sh\n    - gcc -c src/broken.c -o broken.o\n"},
             {"config/settings.py", QByteArray("DEBUG = False\nAWS_KEY = \"") + kNewAwsKey + "\"\n"},
             {"assets/logo.bin", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)}},
            "Install the toolchain; settings"));
        QVERIFY(m_repository.git({"checkout", "-q", "main"}));
        QVERIFY(m_deployRepository.init());
        QVERIFY(m_deployRepository.commitFiles(
            "main", {{".gitlab-ci.yml", "deploy:\n  environment: production\n  script:\n    - echo deploying\n"}},
            "Deploy"));
        QVERIFY(m_deployRepository.commitFiles(
            "risky",
            {{".gitlab-ci.yml",
              "deploy:\n  environment: production\n  script:\n    - echo migrating\n    - echo deploying\n"},
             {"Dockerfile", "FROM node:latest\nCOPY . /app\n"},
             {"config/app.env", QByteArray("REGION=eu\nAWS_KEY=") + kNewAwsKey + "\n"}},
            "Ship it"));
        QVERIFY(m_deployRepository.git({"checkout", "-q", "main"}));
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void withoutAModelTheAnalyzersAnswerAlone_data() { addBackendRows(); }
    void withoutAModelTheAnalyzersAnswerAlone()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QVERIFY(createProject());
        const qint64 job = failedJob();
        QVERIFY(job > 0);
        int status = 0;
        const QJsonObject answer = explain(job, {}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(answer.value("analysis").toObject().value("class").toString(), QStringLiteral("compile_error"));
        QVERIFY(answer.value("answer").isNull());
        QVERIFY(answer.value("note").toString().contains(QStringLiteral("No model")));
        // Nothing was kept: no question was asked.
        QCOMPARE(m_admin->get("/api/v1/projects/shop/ai/answers").json().value("items").toArray().size(), 0);

        // Bad input changes nothing: unknown job, unknown provider, wrong body.
        explain(999999, {}, &status);
        QCOMPARE(status, 404);
        const HttpResult unknownProvider =
            m_admin->post(QStringLiteral("/api/v1/jobs/%1/explanation").arg(job), {{"provider_id", 4242}});
        QCOMPARE(unknownProvider.status, 422);
        QCOMPARE(unknownProvider.errorFields(), QStringList{"provider_id"});
        const HttpResult wrongType =
            m_admin->post(QStringLiteral("/api/v1/jobs/%1/explanation").arg(job), {{"provider_id", "first"}});
        QCOMPARE(wrongType.status, 422);
        const HttpResult unknownField =
            m_admin->post(QStringLiteral("/api/v1/jobs/%1/explanation").arg(job), {{"model", "gpt-5"}});
        QCOMPARE(unknownField.status, 422);
        QCOMPARE(m_admin
                     ->request("POST", QStringLiteral("/api/v1/jobs/%1/explanation").arg(job), "{oops",
                               {{"Content-Type", "application/json"}})
                     .status,
                 400);
        QCOMPARE(m_admin->get("/api/v1/ai/answers/424242").status, 404);
    }

    void theAnswerStreamsToWhoeverAskedAndIsKept_data() { addBackendRows(); }
    void theAnswerStreamsToWhoeverAskedAndIsKept()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start(QStringLiteral("auto"))); // one user: a model on this machine may be asked
        QVERIFY(createProject());
        const qint64 job = failedJob();
        const QByteArray body = transcript("chat-completion-stream.sse");
        QVERIFY(!body.isEmpty());
        FakeHttpServer provider([&](const FakeHttpServer::Request &) { return stream(body, 97, 5); });
        QVERIFY(addProvider(provider) > 0);

        adp::shared::ApiClient api;
        api.setBaseUrl(m_server->url());
        api.setToken(m_token);
        adp::shared::EventsClient events(api);
        QSignalSpy received(&events, &adp::shared::EventsClient::eventReceived);
        QVERIFY(startSubscribed(events, {QStringLiteral("ai")}));

        int status = 0;
        const QJsonObject explanation = explain(job, {}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(explanation.value("analysis").toObject().value("class").toString(), QStringLiteral("compile_error"));
        const QJsonObject asked = explanation.value("answer").toObject();
        QCOMPARE(asked.value("status").toString(), QStringLiteral("running"));
        QCOMPARE(asked.value("provider").toString(), QStringLiteral("Local"));
        QCOMPARE(asked.value("model").toString(), QStringLiteral("gpt-4o"));
        QCOMPARE(asked.value("job_id").toInteger(), job);
        const qint64 id = asked.value("id").toInteger();

        // Piece by piece on the socket, in order, then the end.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(received.cbegin(), received.cend(),
                        [](const QList<QVariant> &event) { return event.at(1).toString() == u"ai.finished"; }),
            15000);
        QString streamed;
        int pieces = 0;
        QJsonObject finished;
        for (const QList<QVariant> &event : received) {
            QCOMPARE(event.at(0).toString(), QStringLiteral("ai"));
            const QJsonObject data = event.at(2).toJsonObject();
            QCOMPARE(data.value("request_id").toInteger(), id);
            if (event.at(1).toString() == u"ai.delta") {
                QCOMPARE(data.value("offset").toInteger(), streamed.size());
                QCOMPARE(data.value("piece").toInt(), ++pieces);
                streamed += data.value("content").toString();
            } else {
                finished = data;
            }
        }
        QCOMPARE(streamed, QStringLiteral("{\"city\":\"San Francisco\",\"units\":\"c\"}"));
        QVERIFY(pieces > 1);
        QCOMPARE(finished.value("status").toString(), QStringLiteral("done"));
        QCOMPARE(finished.value("completion_tokens").toInt(), 10);

        // Kept: the answer, tokens, cost (17 x 15 + 10 x 60 hundredths per million tokens).
        const QJsonObject kept = ended(id);
        QCOMPARE(kept.value("status").toString(), QStringLiteral("done"));
        QCOMPARE(kept.value("answer").toString(), streamed);
        QCOMPARE(kept.value("finish_reason").toString(), QStringLiteral("stop"));
        QCOMPARE(kept.value("prompt_tokens").toInt(), 17);
        QCOMPARE(kept.value("completion_tokens").toInt(), 10);
        QCOMPARE(kept.value("cost").toString(), QStringLiteral("0.00000855"));
        QCOMPARE(kept.value("currency").toString(), QStringLiteral("USD"));
        QCOMPARE(kept.value("asked_by").toString(), QString::fromLatin1(TestServer::kAdmin));
        QVERIFY(kept.value("first_token_ms").toInteger() >= 0);
        QVERIFY(!kept.value("finished_at").isNull());
        const QJsonArray listed = m_admin->get("/api/v1/projects/shop/ai/answers").json().value("items").toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value("cost").toString(), QStringLiteral("0.00000855"));
        // What the model cost is the organisation's cost too: the service "AI assistants", in the
        // project that asked, with no price list needed (recorded as charged).
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        const QString tomorrow = QDateTime::currentDateTimeUtc().date().addDays(1).toString(Qt::ISODate);
        const QJsonObject byService =
            m_admin
                ->get(QStringLiteral("/api/v1/organisations/default/costs/breakdown?from=%1&to=%2&by=service&"
                                     "interval=none")
                          .arg(today, tomorrow))
                .json();
        QCOMPARE(byService.value("currency").toString(), QStringLiteral("USD"));
        QCOMPARE(byService.value("groups").toArray().size(), 1);
        QCOMPARE(byService.value("groups").toArray().first().toObject().value("key").toString(),
                 QStringLiteral("AI assistants"));
        QCOMPARE(byService.value("total").toString(), QStringLiteral("0.00000855"));
        const QJsonObject byProject =
            m_admin
                ->get(QStringLiteral("/api/v1/organisations/default/costs/breakdown?from=%1&to=%2&by=project&"
                                     "interval=none")
                          .arg(today, tomorrow))
                .json();
        QCOMPARE(byProject.value("groups").toArray().first().toObject().value("key").toString(),
                 QStringLiteral("shop"));

        // What the model was sent: the verdict, numbered log lines, the commands; never the
        // masked value nor the detected key, and the key as a bearer token.
        QCOMPARE(provider.requests().size(), 1);
        const auto request = provider.requests().first();
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer sk-local-7Hq2mZ9xVb"));
        const QJsonObject sent = QJsonDocument::fromJson(request.body).object();
        const QString prompt =
            QString::fromUtf8(QJsonDocument(sent.value("messages").toArray()).toJson(QJsonDocument::Compact));
        QVERIFY(prompt.contains(QStringLiteral("compile_error")));
        QVERIFY(prompt.contains(QStringLiteral("count")));
        QVERIFY(prompt.contains(QStringLiteral("gcc -c src/broken.c")));
        QVERIFY(prompt.contains(QRegularExpression(QStringLiteral("L\\d+: "))));
        QVERIFY2(!request.body.contains(kMaskedValue), "a masked value reached the model");
        QVERIFY2(!request.body.contains(kAwsKey), "a detected secret reached the model");

        // Audited, without the key.
        const HttpResult trail = m_admin->get("/api/v1/audit?action=ai_request.&limit=50");
        QCOMPARE(trail.json().value("items").toArray().size(), 1);
        QVERIFY(!trail.body.contains("sk-local-7Hq2mZ9xVb"));

        // A second person on the server: auto no longer reaches this machine, and says why.
        QVERIFY(m_server->addUser(QStringLiteral("bob"), QStringLiteral("bob-password-1")));
        const HttpResult refused = m_admin->post(QStringLiteral("/api/v1/jobs/%1/explanation").arg(job), {});
        QCOMPARE(refused.status, 409);
        QVERIFY(refused.body.contains("ai_targets"));
        QCOMPARE(provider.requests().size(), 1);
    }

    void stoppingRatingAndWhoMay_data() { addBackendRows(); }
    void stoppingRatingAndWhoMay()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QVERIFY(createProject());
        const qint64 job = failedJob();
        // An answer that takes its time: 40 bytes every 100 ms.
        FakeHttpServer slow(
            [&](const FakeHttpServer::Request &) { return stream(transcript("chat-completion-stream.sse"), 40, 100); });
        QVERIFY(addProvider(slow) > 0);
        QVERIFY(m_server->addUser(QStringLiteral("rita"), QStringLiteral("rita-password-1")));
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/rita", {{"role", "reporter"}}).status, 200);
        HttpTestClient reporter(m_server->url());
        QVERIFY(!reporter.login(QStringLiteral("rita"), QStringLiteral("rita-password-1")).isEmpty());

        // A reporter reads answers but may not spend the organisation's tokens.
        QCOMPARE(reporter.post(QStringLiteral("/api/v1/jobs/%1/explanation").arg(job), {}).status, 403);

        const qint64 id = explain(job).value("answer").toObject().value("id").toInteger();
        QVERIFY(id > 0);
        QCOMPARE(reporter.post(QStringLiteral("/api/v1/ai/answers/%1/cancel").arg(id), {}).status, 403);
        const HttpResult stopped = m_admin->post(QStringLiteral("/api/v1/ai/answers/%1/cancel").arg(id), {});
        QCOMPARE(stopped.status, 200);
        const QJsonObject kept = ended(id, &reporter);
        QCOMPARE(kept.value("status").toString(), QStringLiteral("canceled"));
        QVERIFY(kept.value("answer").toString().size() < 36); // stopped before the end
        QCOMPARE(m_admin->post(QStringLiteral("/api/v1/ai/answers/%1/cancel").arg(id), {}).status, 409);

        // Thumbs, one per person; changed and taken back; the team sees the tally.
        const QString feedback = QStringLiteral("/api/v1/ai/answers/%1/feedback").arg(id);
        QCOMPARE(m_admin->put(feedback, {{"rating", "up"}}).status, 200);
        HttpResult rated = reporter.put(feedback, {{"rating", "down"}, {"comment", "It stopped halfway."}});
        QCOMPARE(rated.status, 200);
        QJsonObject tally = rated.json().value("feedback").toObject();
        QCOMPARE(tally.value("up").toInt(), 1);
        QCOMPARE(tally.value("down").toInt(), 1);
        QCOMPARE(tally.value("mine").toString(), QStringLiteral("down"));
        QCOMPARE(reporter.put(feedback, {{"rating", "up"}}).json().value("feedback").toObject().value("up").toInt(), 2);
        tally = m_admin->put(feedback, {{"rating", "none"}}).json().value("feedback").toObject();
        QCOMPARE(tally.value("up").toInt(), 1);
        QCOMPARE(tally.value("mine").toString(), QStringLiteral("none"));
        for (const QJsonObject &bad : {QJsonObject{{"rating", "meh"}}, QJsonObject{},
                                       QJsonObject{{"rating", "up"}, {"comment", QString(3000, u'x')}},
                                       QJsonObject{{"rating", 1}}, QJsonObject{{"rating", "up"}, {"stars", 5}}}) {
            const HttpResult refused = reporter.put(feedback, bad);
            QCOMPARE(refused.status, 422);
            QVERIFY(!refused.errorFields().isEmpty());
        }
        QCOMPARE(reporter.get(QStringLiteral("/api/v1/ai/answers/%1").arg(id))
                     .json()
                     .value("feedback")
                     .toObject()
                     .value("up")
                     .toInt(),
                 1);
        const HttpResult trail = m_admin->get("/api/v1/audit?action=ai_request.&limit=50");
        QCOMPARE(trail.json().value("items").toArray().size(), 1 + 1 + 4); // asked, stopped, four ratings
    }

    void providerFailuresEndTheAnswerClearly_data() { addBackendRows(); }
    void providerFailuresEndTheAnswerClearly()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QVERIFY(createProject());
        const qint64 job = failedJob();
        const QString key = QStringLiteral("sk-wrong-9Fh3Lq8Zr2");
        FakeHttpServer provider;
        const qint64 providerId = addProvider(provider, QStringLiteral("Flaky"), key);
        const auto ask = [&](const FakeHttpServer::Responder &respond) {
            provider.setResponder(respond);
            const qint64 id =
                explain(job, {{"provider_id", providerId}}).value("answer").toObject().value("id").toInteger();
            return ended(id);
        };

        // A provider that keeps failing: retried, then failed with its status.
        QJsonObject answer = ask([](const FakeHttpServer::Request &) {
            FakeHttpServer::Response response;
            response.status = 503;
            response.body = R"({"error":{"message":"overloaded"}})";
            return response;
        });
        QCOMPARE(answer.value("status").toString(), QStringLiteral("failed"));
        QVERIFY(answer.value("error").toString().contains(QStringLiteral("503")));
        QCOMPARE(answer.value("attempts").toInt(), 3);

        // A key refused, the provider quoting it back: never shown.
        answer = ask([key](const FakeHttpServer::Request &) {
            FakeHttpServer::Response response;
            response.status = 401;
            response.body =
                QStringLiteral(R"({"error":{"message":"Incorrect API key provided: %1"}})").arg(key).toUtf8();
            return response;
        });
        QCOMPARE(answer.value("status").toString(), QStringLiteral("failed"));
        QVERIFY(answer.value("error").toString().contains(QStringLiteral("401")));
        QVERIFY(!answer.value("error").toString().contains(key));
        QVERIFY(answer.value("error").toString().contains(QStringLiteral("[REDACTED]")));

        // Garbage where a stream was promised.
        answer = ask([](const FakeHttpServer::Request &) {
            return stream("data: this is not json\n\ndata: {\"also\": \"not a chunk\"\n\n");
        });
        QCOMPARE(answer.value("status").toString(), QStringLiteral("failed"));
        QVERIFY(!answer.value("error").toString().isEmpty());

        // A stream cut short.
        answer = ask(
            [](const FakeHttpServer::Request &) { return stream(transcript("chat-completion-stream.sse").left(900)); });
        QCOMPARE(answer.value("status").toString(), QStringLiteral("failed"));
        QVERIFY(answer.value("error").toString().contains(QStringLiteral("before it was complete")));
        // A key that no longer opens with the server's secrets key: said, and nothing asked.
        const int asked = int(provider.requests().size());
        m_server->app().database().query(
            QStringLiteral("UPDATE ai_providers SET key_sealed = 'not-sealed' WHERE id = ?"), {providerId});
        const HttpResult unopened =
            m_admin->post(QStringLiteral("/api/v1/jobs/%1/explanation").arg(job), {{"provider_id", providerId}});
        QCOMPARE(unopened.status, 409);
        QVERIFY2(unopened.body.contains("sets it again"), unopened.body.constData());
        QCOMPARE(int(provider.requests().size()), asked);
        QCOMPARE(m_admin->get("/api/v1/projects/shop/ai/answers?limit=2").json().value("items").toArray().size(), 2);
        QVERIFY(!m_admin->get("/api/v1/projects/shop/ai/answers?limit=2").json().value("next_cursor").isNull());
    }

    // adp ai ask / answers / rate / stop, as a person types them.
    void theCommandLine_data() { addBackendRows(); }
    void theCommandLine()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QVERIFY(createProject());
        const qint64 job = failedJob();
        CliSession adp;
        QVERIFY(adp.login(m_server->url(), TestServer::kAdmin, TestServer::kPassword));
        // No model yet: the verdict, and why there is no more.
        CommandResult asked = adp({"ai", "ask", QString::number(job)});
        QVERIFY2(asked.code == 0, qPrintable(asked.err));
        QVERIFY2(asked.out.contains(QStringLiteral("compile_error")) && asked.out.contains(QStringLiteral("No model")),
                 qPrintable(asked.out));

        FakeHttpServer provider(
            [&](const FakeHttpServer::Request &) { return stream(transcript("chat-completion-stream.sse"), 200, 20); });
        QVERIFY(addProvider(provider) > 0);
        asked = adp({"ai", "ask", QString::number(job)});
        QVERIFY2(asked.code == 0, qPrintable(asked.err + asked.out));
        QVERIFY2(
            asked.out.contains(QStringLiteral("Local (gpt-4o) says:\n{\"city\":\"San Francisco\",\"units\":\"c\"}")),
            qPrintable(asked.out));
        QVERIFY2(asked.out.contains(QStringLiteral("17 + 10 tokens, 0.00000855 USD")), qPrintable(asked.out));
        const CommandResult json = adp({"ai", "ask", QString::number(job), "--output", "json"});
        QCOMPARE(json.code, 0);
        const QJsonObject answer = json.json().value("answer").toObject();
        QCOMPARE(answer.value("status").toString(), QStringLiteral("done"));
        QCOMPARE(answer.value("completion_tokens").toInt(), 10);
        const QString id = QString::number(answer.value("id").toInteger());

        const CommandResult listed = adp({"ai", "answers", "--project", "shop"});
        QVERIFY2(listed.code == 0 && listed.out.contains(QStringLiteral("17+10")) &&
                     listed.out.contains(QStringLiteral("0.00000855 USD")),
                 qPrintable(listed.out));
        const CommandResult rated = adp({"ai", "rate", id, "up", "--comment", "Spot on."});
        QVERIFY2(rated.code == 0 && rated.out.contains(QStringLiteral("1 up, 0 down")), qPrintable(rated.out));
        const CommandResult stopped = adp({"ai", "stop", id});
        QCOMPARE(stopped.code, 1);
        QVERIFY2(stopped.err.contains(QStringLiteral("already ended")), qPrintable(stopped.err));
        QCOMPARE(adp({"ai", "rate", id, "sideways"}).code, 2);
        QCOMPARE(adp({"ai", "ask", "first"}).code, 2);
    }

    // A commit range reviewed: the rules over the lines it added, then the model's review.
    void reviewsACommitRange_data() { addBackendRows(); }
    void reviewsACommitRange()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QVERIFY(createProject());
        const QString path = QStringLiteral("/api/v1/projects/shop/ai/reviews");
        // No model: the rules' review alone.
        HttpResult reviewed = m_admin->post(path, {{"from", "main"}, {"to", "feature"}});
        QVERIFY2(reviewed.status == 200, reviewed.body.constData());
        QJsonObject review = reviewed.json();
        QCOMPARE(review.value("commits").toArray().size(), 1);
        QCOMPARE(review.value("commits").toArray().first().toObject().value("title").toString(),
                 QStringLiteral("Install the toolchain; settings"));
        QCOMPARE(review.value("files").toArray().size(), 3); // the pipeline, the settings, a binary file
        QVERIFY(review.value("answer").isNull());
        QVERIFY(review.value("note").toString().contains(QStringLiteral("No model")));
        QSet<QString> found;
        for (const QJsonValue &value : review.value("findings").toArray()) {
            const QJsonObject finding = value.toObject();
            found.insert(QStringLiteral("%1 %2:%3")
                             .arg(finding.value("rule").toString(), finding.value("file").toString())
                             .arg(finding.value("line").toInt()));
            QVERIFY(!finding.value("excerpt").toString().contains(QString::fromLatin1(kNewAwsKey)));
        }
        QVERIFY2(found.contains(QStringLiteral("aws_access_key_id config/settings.py:2")),
                 qPrintable(found.values().join(u',')));
        QVERIFY2(found.contains(QStringLiteral("curl_pipe_shell .gitlab-ci.yml:5")),
                 qPrintable(found.values().join(u',')));
        QVERIFY2(found.contains(QStringLiteral("image_latest .gitlab-ci.yml:2")),
                 qPrintable(found.values().join(u',')));
        // The key on main, on a line this change kept, is not this change's finding.
        QVERIFY2(!found.contains(QStringLiteral("aws_access_key_id .gitlab-ci.yml:4")),
                 qPrintable(found.values().join(u',')));

        // With a model: the diff goes through the Redactor, the answer streams and is kept.
        FakeHttpServer provider(
            [&](const FakeHttpServer::Request &) { return stream(transcript("chat-completion-stream.sse"), 300, 5); });
        QVERIFY(addProvider(provider) > 0);
        reviewed = m_admin->post(path, {{"from", "main"}, {"to", "feature"}});
        QCOMPARE(reviewed.status, 200);
        const QJsonObject answer = reviewed.json().value("answer").toObject();
        QCOMPARE(answer.value("kind").toString(), QStringLiteral("review"));
        QCOMPARE(answer.value("subject").toString(), reviewed.json().value("from_sha").toString() +
                                                         QStringLiteral("..") +
                                                         reviewed.json().value("to_sha").toString());
        QCOMPARE(ended(answer.value("id").toInteger()).value("status").toString(), QStringLiteral("done"));
        QCOMPARE(provider.requests().size(), 1);
        const QByteArray sent = provider.requests().first().body;
        QVERIFY(sent.contains("curl -sSL https://get.example.test/install.sh | sh"));
        QVERIFY(sent.contains("config/settings.py"));
        QVERIFY2(!sent.contains(kNewAwsKey) && !sent.contains(kAwsKey), "a detected secret reached the model");

        // Bad input: 422 naming the field, nothing asked.
        const QList<QPair<QJsonObject, QString>> cases{{{{"to", "feature"}}, "from"},
                                                       {{{"from", "main"}, {"to", "no-such-branch"}}, "to"},
                                                       {{{"from", "--upload-pack=evil"}, {"to", "feature"}}, "from"},
                                                       {{{"from", "main"}, {"to", 7}}, "to"},
                                                       {{{"from", "main"}, {"to", "feature"}, {"depth", 3}}, "depth"}};
        for (const auto &[body, field] : cases) {
            const HttpResult refused = m_admin->post(path, body);
            QCOMPARE(refused.status, 422);
            QVERIFY2(refused.errorFields().contains(field), refused.body.constData());
        }
        QCOMPARE(provider.requests().size(), 1);
        // A reporter may read answers but not ask for a review; another project's is hidden.
        QVERIFY(m_server->addUser(QStringLiteral("rita"), QStringLiteral("rita-password-1")));
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/rita", {{"role", "reporter"}}).status, 200);
        HttpTestClient reporter(m_server->url());
        QVERIFY(!reporter.login(QStringLiteral("rita"), QStringLiteral("rita-password-1")).isEmpty());
        QCOMPARE(reporter.post(path, {{"from", "main"}, {"to", "feature"}}).status, 403);
        QCOMPARE(reporter.post("/api/v1/projects/nope/ai/reviews", {{"from", "main"}, {"to", "feature"}}).status, 404);

        CliSession adp;
        QVERIFY(adp.login(m_server->url(), TestServer::kAdmin, TestServer::kPassword));
        const CommandResult cli = adp({"ai", "review", "--project", "shop", "--from", "main", "--to", "feature"});
        QVERIFY2(cli.code == 0, qPrintable(cli.err + cli.out));
        QVERIFY2(cli.out.contains(QStringLiteral("config/settings.py:2")) &&
                     cli.out.contains(QStringLiteral("curl_pipe_shell")) &&
                     cli.out.contains(QStringLiteral("Local (gpt-4o) says:\n{\"city\"")),
                 qPrintable(cli.out));
        QCOMPARE(adp({"ai", "review", "--project", "shop", "--from", "main"}).code, 2);
    }

    // Is this deployment risky? The rules weigh the change since the last successful deployment and
    // the environment's history; the model's opinion follows on the same evidence.
    void weighsADeploymentsRisk_data() { addBackendRows(); }
    void weighsADeploymentsRisk()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QCOMPARE(m_admin
                     ->post("/api/v1/projects",
                            {{"name", "Ops"}, {"slug", "ops"}, {"repository_url", m_deployRepository.path()}})
                     .status,
                 201);
        for (const char *ref : {"main", "risky"}) {
            const qint64 pipeline =
                m_admin->post("/api/v1/projects/ops/pipelines", {{"ref", ref}}).json().value("id").toInteger();
            QCOMPARE(waitUntilFinished(*m_admin, pipeline).value("status").toString(), QStringLiteral("success"));
        }
        const QString path = QStringLiteral("/api/v1/projects/ops/deployments/%1/risk");
        // The first deployment: nothing to compare with, nothing to roll back to.
        HttpResult weighed = m_admin->post(path.arg(1), {});
        QVERIFY2(weighed.status == 200, weighed.body.constData());
        QCOMPARE(weighed.json().value("level").toString(), QStringLiteral("medium"));
        QCOMPARE(weighed.json().value("reasons").toArray().first().toObject().value("code").toString(),
                 QStringLiteral("first_deployment"));
        QVERIFY(weighed.json().value("change").isNull());
        QVERIFY(weighed.json().value("note").toString().contains(QStringLiteral("No model")));

        // The second brings a key, a new image on :latest and a pipeline change.
        weighed = m_admin->post(path.arg(2), {});
        QCOMPARE(weighed.status, 200);
        QJsonObject risk = weighed.json();
        QCOMPARE(risk.value("level").toString(), QStringLiteral("high"));
        QCOMPARE(risk.value("environment").toString(), QStringLiteral("production"));
        QStringList codes;
        for (const QJsonValue &reason : risk.value("reasons").toArray())
            codes.append(reason.toObject().value("code").toString());
        QVERIFY2(codes.contains(QStringLiteral("security_finding")) &&
                     codes.contains(QStringLiteral("pipeline_changed")) &&
                     codes.contains(QStringLiteral("infrastructure_changed")) &&
                     !codes.contains(QStringLiteral("first_deployment")),
                 qPrintable(codes.join(u',')));
        const QJsonObject change = risk.value("change").toObject();
        QCOMPARE(change.value("from").toString(), QStringLiteral("#1"));
        QCOMPARE(change.value("commits").toArray().size(), 1);
        QSet<QString> rules;
        for (const QJsonValue &finding : change.value("findings").toArray())
            rules.insert(finding.toObject().value("rule").toString());
        QVERIFY(rules.contains(QStringLiteral("aws_access_key_id")));

        // With a model: its opinion on the same evidence, never the key.
        FakeHttpServer provider(
            [&](const FakeHttpServer::Request &) { return stream(transcript("chat-completion-stream.sse"), 300, 5); });
        QVERIFY(addProvider(provider) > 0);
        weighed = m_admin->post(path.arg(2), {});
        QCOMPARE(weighed.status, 200);
        const QJsonObject answer = weighed.json().value("answer").toObject();
        QCOMPARE(answer.value("kind").toString(), QStringLiteral("risk"));
        QCOMPARE(answer.value("subject").toString(), QStringLiteral("deployment #2"));
        QCOMPARE(ended(answer.value("id").toInteger()).value("status").toString(), QStringLiteral("done"));
        const QByteArray sent = provider.requests().first().body;
        QVERIFY(sent.contains("Deployment #2"));
        QVERIFY(sent.contains("security finding"));
        QVERIFY2(!sent.contains(kNewAwsKey), "a detected secret reached the model");

        // Unknown deployment, wrong body, a reporter.
        QCOMPARE(m_admin->post(path.arg(99), {}).status, 404);
        QCOMPARE(m_admin->post(path.arg(2), {{"provider_id", "x"}}).status, 422);
        QVERIFY(m_server->addUser(QStringLiteral("rita"), QStringLiteral("rita-password-1")));
        QCOMPARE(m_admin->put("/api/v1/projects/ops/members/users/rita", {{"role", "reporter"}}).status, 200);
        HttpTestClient reporter(m_server->url());
        QVERIFY(!reporter.login(QStringLiteral("rita"), QStringLiteral("rita-password-1")).isEmpty());
        QCOMPARE(reporter.post(path.arg(2), {}).status, 403);

        CliSession adp;
        QVERIFY(adp.login(m_server->url(), TestServer::kAdmin, TestServer::kPassword));
        const CommandResult cli = adp({"ai", "risk", "--project", "ops", "2"});
        QVERIFY2(cli.code == 0, qPrintable(cli.err + cli.out));
        QVERIFY2(cli.out.contains(QStringLiteral("Deployment #2 to production: HIGH risk")) &&
                     cli.out.contains(QStringLiteral("config/app.env:2")) &&
                     cli.out.contains(QStringLiteral("Local (gpt-4o) says:")),
                 qPrintable(cli.out));
        QCOMPARE(adp({"ai", "risk", "--project", "ops"}).code, 2);
    }

    void asksHowAProjectCanSpendLess_data() { addBackendRows(); }
    void asksHowAProjectCanSpendLess()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QVERIFY(createProject());
        for (const char *meter : {"runner.shell", "runner.bubblewrap"})
            QCOMPARE(m_admin
                         ->post("/api/v1/organisations/default/costs/prices",
                                {{"meter", meter}, {"price", "3.6"}, {"currency", "USD"}, {"valid_from", "2026-01-01"}})
                         .status,
                     201);
        const qint64 job = failedJob();
        QVERIFY(job > 0);
        QVERIFY(m_admin->post(QStringLiteral("/api/v1/jobs/%1/retry").arg(job), QJsonObject{}).status < 300);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->app()
                                         .database()
                                         .query(QStringLiteral("SELECT COUNT(*) FROM job_usage WHERE attempt = 2"))
                                         .value(0, 0)
                                         .toInt() == 1,
                                 30000);
        const QString path = QStringLiteral("/api/v1/projects/shop/ai/savings");

        // Without a model: the rules' savings and the pipelines' advice, and a note that says so.
        HttpResult asked = m_admin->post(path, {});
        QVERIFY2(asked.status == 200, asked.body.constData());
        QJsonObject advice = asked.json();
        QCOMPARE(advice.value("source").toString(), QStringLiteral("rules"));
        const QJsonArray items = advice.value("savings").toObject().value("items").toArray();
        QVERIFY(!items.isEmpty());
        QCOMPARE(items.first().toObject().value("kind").toString(), QStringLiteral("retried_job"));
        QCOMPARE(items.first().toObject().value("subject").toString(), QStringLiteral("compile"));
        QVERIFY(advice.value("answer").isNull());
        QVERIFY(advice.value("note").toString().contains(QStringLiteral("No model")));

        // With one: its plan on the same figures, streamed and kept, the masked value never sent.
        FakeHttpServer provider(
            [&](const FakeHttpServer::Request &) { return stream(transcript("chat-completion-stream.sse"), 300, 5); });
        QVERIFY(addProvider(provider) > 0);
        asked = m_admin->post(path, {});
        QCOMPARE(asked.status, 200);
        const QJsonObject answer = asked.json().value("answer").toObject();
        QCOMPARE(answer.value("kind").toString(), QStringLiteral("savings"));
        QCOMPARE(ended(answer.value("id").toInteger()).value("status").toString(), QStringLiteral("done"));
        const QByteArray sent = provider.requests().first().body;
        QVERIFY(sent.contains("How can this project spend less?"));
        QVERIFY(sent.contains("retried_job [compile, measured]"));
        QVERIFY2(!sent.contains(kMaskedValue), "a masked value reached the model");

        // Bad body, unknown project, a reporter (who may not spend the organisation's tokens).
        QCOMPARE(m_admin->post(path, {{"provider_id", "x"}}).status, 422);
        QCOMPARE(m_admin->post("/api/v1/projects/nowhere/ai/savings", {}).status, 404);
        QVERIFY(m_server->addUser(QStringLiteral("rita"), QStringLiteral("rita-password-1")));
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/rita", {{"role", "reporter"}}).status, 200);
        HttpTestClient reporter(m_server->url());
        QVERIFY(!reporter.login(QStringLiteral("rita"), QStringLiteral("rita-password-1")).isEmpty());
        QCOMPARE(reporter.post(path, {}).status, 403);

        CliSession adp;
        QVERIFY(adp.login(m_server->url(), TestServer::kAdmin, TestServer::kPassword));
        const CommandResult cli = adp({"ai", "savings", "--project", "shop"});
        QVERIFY2(cli.code == 0, qPrintable(cli.err + cli.out));
        QVERIFY2(cli.out.contains(QStringLiteral("way(s) to spend less")) &&
                     cli.out.contains(QStringLiteral("compile in Shop was retried 1 time(s)")) &&
                     cli.out.contains(QStringLiteral("Local (gpt-4o) says:")),
                 qPrintable(cli.out));
        QCOMPARE(adp({"ai", "savings"}).code, 2);
    }

    // What a review's or a model's path:line points at: a text file of the repository at a ref.
    void citedFilesAreRead_data() { addBackendRows(); }
    void citedFilesAreRead()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QVERIFY(createProject());
        const QString files = QStringLiteral("/api/v1/projects/shop/repository/files?ref=%1&path=%2");
        HttpResult read = m_admin->get(files.arg(QStringLiteral("feature"), QStringLiteral("config/settings.py")));
        QVERIFY2(read.status == 200, read.body.constData());
        QCOMPARE(read.json().value("path").toString(), QStringLiteral("config/settings.py"));
        QCOMPARE(read.json().value("ref").toString(), QStringLiteral("feature"));
        QCOMPARE(read.json().value("sha").toString().size(), 40);
        QVERIFY(read.json().value("content").toString().startsWith(QStringLiteral("DEBUG = False\n")));
        QCOMPARE(read.json().value("size").toInteger(), read.json().value("content").toString().toUtf8().size());
        // Not on main; outside the repository; binary; no such ref; bad parameters.
        QCOMPARE(m_admin->get(files.arg(QStringLiteral("main"), QStringLiteral("config/settings.py"))).status, 404);
        for (const char *path : {"../../etc/passwd", "/etc/passwd", "src/./broken.c", ""})
            QVERIFY2(m_admin->get(files.arg(QStringLiteral("main"),
                                            QString::fromUtf8(QUrl::toPercentEncoding(QString::fromLatin1(path)))))
                             .status == 422,
                     path);
        read = m_admin->get(files.arg(QStringLiteral("feature"), QStringLiteral("assets/logo.bin")));
        QCOMPARE(read.status, 422);
        QVERIFY(read.body.contains("binary"));
        QVERIFY(m_admin->get(files.arg(QStringLiteral("no-such-branch"), QStringLiteral("a.c"))).status >= 400);
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/projects/shop/repository/files?path=a.c")).status, 422);
        // Reporters read the code; a stranger learns nothing.
        QVERIFY(m_server->addUser(QStringLiteral("rita"), QStringLiteral("rita-password-1")));
        HttpTestClient stranger(m_server->url());
        QVERIFY(!stranger.login(QStringLiteral("rita"), QStringLiteral("rita-password-1")).isEmpty());
        QCOMPARE(stranger.get(files.arg(QStringLiteral("feature"), QStringLiteral("config/settings.py"))).status, 404);
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/rita", {{"role", "reporter"}}).status, 200);
        QCOMPARE(stranger.get(files.arg(QStringLiteral("feature"), QStringLiteral("config/settings.py"))).status, 200);
    }

    void aStoppedServerLeavesNothingRunning_data() { addBackendRows(); }
    void aStoppedServerLeavesNothingRunning()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        const Backend reused = TestBackends::create(backend);
        QVERIFY(start(QStringLiteral("any"), &reused));
        QVERIFY(createProject());
        const qint64 job = failedJob();
        FakeHttpServer slow(
            [&](const FakeHttpServer::Request &) { return stream(transcript("chat-completion-stream.sse"), 40, 300); });
        QVERIFY(addProvider(slow) > 0);
        const qint64 id = explain(job).value("answer").toObject().value("id").toInteger();
        QVERIFY(slow.waitForRequests(1));
        QTest::qWait(400);
        m_admin.reset();
        m_server.reset(); // stops while the answer streams

        QVERIFY(start(QStringLiteral("any"), &reused));
        QJsonObject answer = m_admin->get(QStringLiteral("/api/v1/ai/answers/%1").arg(id)).json();
        QCOMPARE(answer.value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(answer.value("error").toString(), QStringLiteral("the server stopped while answering"));

        // A row another server left running past its deadline is failed when a server starts.
        m_server->app().database().query(
            QStringLiteral("UPDATE ai_requests SET status = 'running', error = '', deadline_at = 1 WHERE id = ?"),
            {id});
        m_admin.reset();
        m_server.reset();
        QVERIFY(start(QStringLiteral("any"), &reused));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_admin->get(QStringLiteral("/api/v1/ai/answers/%1").arg(id)).json().value("error").toString(),
            QStringLiteral("the server answering it stopped"), 10000);
    }
};

QTEST_GUILESS_MAIN(TestAiExplain)
#include "tst_ai_explain.moc"
