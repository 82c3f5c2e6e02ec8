#include "FakeHttpServer.h"
#include "ai/ChatClient.h"
#include "ai/PromptBuilder.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrl>
#include <QtTest>

using namespace adp::test;
using adp::server::ai::ChatClient;
using adp::server::ai::ChatOutcome;
using adp::server::ai::ChatProvider;

// The OpenAI-compatible chat client against a local server replaying real recorded streams
// (tests/data/openai): whole, split at random byte boundaries, slowly; the refusal and
// leading-newline transcripts; rate limits and server errors retried; a stream cut short, one
// that never ends, an answer that is not a stream, a provider that refuses the key; cancel.
class TestAiChatClient : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static QByteArray transcript(const char *name)
    {
        QFile file(QStringLiteral(ADP_SOURCE_DIR "/tests/data/openai/") + QString::fromLatin1(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static FakeHttpServer::Response stream(const QByteArray &body, int pieceBytes = 0, int delayMs = 0)
    {
        FakeHttpServer::Response response;
        response.contentType = "text/event-stream";
        if (pieceBytes <= 0) {
            response.pieces = {body};
        } else {
            for (qsizetype at = 0; at < body.size(); at += pieceBytes)
                response.pieces.append(body.mid(at, pieceBytes));
        }
        response.pieceDelayMs = delayMs;
        return response;
    }

    ChatProvider provider(const FakeHttpServer &server, int timeoutMs = 10000) const
    {
        return {server.url().resolved(QUrl(QStringLiteral("/v1"))), QStringLiteral("gpt-4o"), QStringLiteral("sk-test"),
                timeoutMs, 256};
    }

    // Runs one request to its end; the deltas in `deltas`.
    ChatOutcome run(const ChatProvider &provider, QStringList *deltas = nullptr, int retryBaseMs = 10)
    {
        ChatClient client(m_network);
        client.setRetryBaseMs(retryBaseMs);
        std::optional<ChatOutcome> outcome;
        connect(&client, &ChatClient::delta, this, [deltas](const QString &content, const QString &refusal) {
            if (deltas)
                deltas->append(content + refusal);
        });
        connect(&client, &ChatClient::finished, this, [&outcome](const ChatOutcome &done) { outcome = done; });
        client.start(provider, {{QStringLiteral("user"), QStringLiteral("Why did job 42 fail?")}});
        QElapsedTimer waited;
        waited.start();
        while (!outcome && waited.elapsed() < 30000)
            QTest::qWait(10);
        if (!outcome)
            return ChatOutcome{{}, {}, {}, {}, {}, 0, QStringLiteral("the test waited in vain"), false};
        return *outcome;
    }

private Q_SLOTS:
    void streamsARecordedAnswerInAnyPieces()
    {
        const QByteArray body = transcript("chat-completion-stream.sse");
        QVERIFY(!body.isEmpty());
        for (const int pieceBytes : {0, 1, 7, 333}) {
            FakeHttpServer server([&](const FakeHttpServer::Request &) { return stream(body, pieceBytes); });
            QStringList deltas;
            const ChatOutcome outcome = run(provider(server), &deltas);
            QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
            QCOMPARE(outcome.answer, QStringLiteral("{\"city\":\"San Francisco\",\"units\":\"c\"}"));
            QCOMPARE(deltas.join(QString()), outcome.answer);
            QCOMPARE(outcome.finishReason, QStringLiteral("stop"));
            QVERIFY(outcome.promptTokens.value_or(0) > 0 && outcome.completionTokens.value_or(0) > 0);
            QCOMPARE(outcome.attempts, 1);
            // What was asked: the model, streaming with usage, the bearer key, the message.
            const auto request = server.requests().first();
            QCOMPARE(request.target, QByteArray("/v1/chat/completions"));
            QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer sk-test"));
            const QJsonObject sent = QJsonDocument::fromJson(request.body).object();
            QCOMPARE(sent.value("model").toString(), QStringLiteral("gpt-4o"));
            QVERIFY(sent.value("stream").toBool());
            QVERIFY(sent.value("stream_options").toObject().value("include_usage").toBool());
            QCOMPARE(sent.value("max_tokens").toInt(), 256);
        }
    }

    void refusalsAndLeadingNewlines()
    {
        FakeHttpServer refusing([](const FakeHttpServer::Request &) {
            return stream(transcript("chat-completion-stream-refusal-logprobs.sse"), 50);
        });
        const ChatOutcome refused = run(provider(refusing));
        QVERIFY2(refused.error.isEmpty(), qPrintable(refused.error));
        QVERIFY(refused.answer.isEmpty());
        QVERIFY(!refused.refusal.isEmpty());
        FakeHttpServer newlines([](const FakeHttpServer::Request &) {
            return stream(transcript("chat-completion-stream-leading-newlines.sse"));
        });
        const ChatOutcome spaced = run(provider(newlines));
        QVERIFY2(spaced.error.isEmpty(), qPrintable(spaced.error));
        QVERIFY(spaced.answer.startsWith(QStringLiteral("\n\n")));
    }

    void rateLimitsAndServerErrorsAreRetried()
    {
        int calls = 0;
        FakeHttpServer flaky([&calls](const FakeHttpServer::Request &) {
            ++calls;
            if (calls == 1) {
                FakeHttpServer::Response limited{429, R"({"error":{"message":"Rate limit reached"}})"};
                limited.headers = "Retry-After: 0\r\n";
                return limited;
            }
            if (calls == 2)
                return FakeHttpServer::Response{503, R"({"error":{"message":"overloaded"}})"};
            return stream(transcript("chat-completion-stream.sse"));
        });
        const ChatOutcome outcome = run(provider(flaky));
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.attempts, 3);

        FakeHttpServer down([](const FakeHttpServer::Request &) {
            return FakeHttpServer::Response{500, R"({"error":{"message":"internal"}})"};
        });
        const ChatOutcome failed = run(provider(down));
        QCOMPARE(failed.attempts, ChatClient::kMaxAttempts);
        QCOMPARE(failed.error, QStringLiteral("the provider answered HTTP 500: internal"));

        FakeHttpServer refusesKey([](const FakeHttpServer::Request &) {
            return FakeHttpServer::Response{401, R"({"error":{"message":"Incorrect API key provided"}})"};
        });
        const ChatOutcome unauthorised = run(provider(refusesKey));
        QCOMPARE(unauthorised.attempts, 1); // not worth another try
        QVERIFY(unauthorised.error.contains(QStringLiteral("HTTP 401: Incorrect API key provided")));
    }

    void brokenStreamsEndWithAClearError()
    {
        const QByteArray body = transcript("chat-completion-stream.sse");
        FakeHttpServer cut([&](const FakeHttpServer::Request &) { return stream(body.left(body.size() / 2), 40); });
        QStringList deltas;
        const ChatOutcome cutShort = run(provider(cut), &deltas);
        QCOMPARE(cutShort.error, QStringLiteral("the stream ended before it was complete"));
        QVERIFY(!deltas.isEmpty());     // what came is shown...
        QCOMPARE(cutShort.attempts, 1); // ...and never asked twice

        FakeHttpServer garbage([](const FakeHttpServer::Request &) {
            return FakeHttpServer::Response{200, "<html><body>Welcome to nginx!</body></html>", "text/html"};
        });
        QCOMPARE(run(provider(garbage)).error,
                 QStringLiteral("the provider did not answer with a chat completion stream"));

        FakeHttpServer notJson([](const FakeHttpServer::Request &) { return stream("data: {not json\n\n"); });
        QVERIFY(run(provider(notJson)).error.startsWith(QStringLiteral("the provider sent a chunk that is not JSON")));

        // Keep-alives forever: the timeout ends it.
        QList<QByteArray> keepAlive(400, QByteArrayLiteral(": keep-alive\n\n"));
        FakeHttpServer forever([&](const FakeHttpServer::Request &) {
            FakeHttpServer::Response response = stream({});
            response.pieces = keepAlive;
            response.pieceDelayMs = 50;
            return response;
        });
        QElapsedTimer timer;
        timer.start();
        const ChatOutcome endless = run(provider(forever, 700));
        QCOMPARE(endless.error, QStringLiteral("the provider did not finish within 0.7 s"));
        QVERIFY(timer.elapsed() < 5000);
    }

    // A canary: a masked variable's value, as the job printed it plainly, base64-encoded and inside
    // a URL, and a token nobody declared, never leave in what is sent to the provider.
    void nothingRedactedReachesTheProvider()
    {
        const QString canary = QStringLiteral("canary-7Qx2-Zr9w-Lp4k");
        const QByteArray token = "gh"
                                 "p_" +
                                 QByteArray(36, 'b').replace(2, 4, "Q9z1");
        adp::shared::analysis::JobAnalysis analysis;
        analysis.jobName = QStringLiteral("deploy");
        analysis.jobStatus = QStringLiteral("failed");
        analysis.verdict.failureClass = adp::shared::analysis::FailureClass::PermissionDenied;
        analysis.verdict.firstErrorLine = 41;
        analysis.verdict.evidence = {
            {41,
             QStringLiteral("curl: (22) 403 for https://deploy:") + canary + QStringLiteral("@registry.example.test"),
             QStringLiteral("forbidden")}};
        const QStringList log{
            QStringLiteral("$ echo $DEPLOY_PASSWORD | base64"), QString::fromLatin1(canary.toUtf8().toBase64()),
            QStringLiteral("push to https://deploy:") + QString::fromLatin1(QUrl::toPercentEncoding(canary)) +
                QStringLiteral("@registry.example.test failed: permission denied"),
            QStringLiteral("GITHUB_TOKEN=") + QString::fromLatin1(token)};
        const adp::server::ai::Redactor redactor({canary, QStringLiteral("ab")}); // too short to redact
        const auto messages = adp::server::ai::PromptBuilder(redactor).explainFailure(
            analysis, log, 40,
            {QStringLiteral("docker login -p ") + canary + QStringLiteral(" registry.example.test")});
        FakeHttpServer provider(
            [](const FakeHttpServer::Request &) { return stream(transcript("chat-completion-stream.sse")); });
        ChatClient client(m_network);
        std::optional<ChatOutcome> outcome;
        connect(&client, &ChatClient::finished, this, [&outcome](const ChatOutcome &done) { outcome = done; });
        client.start(this->provider(provider), messages);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        const QByteArray sent = provider.requests().first().body;
        QVERIFY(!sent.contains(canary.toUtf8()));
        QVERIFY(!sent.contains(canary.toUtf8().toBase64()));
        QVERIFY(!sent.contains(QUrl::toPercentEncoding(canary)));
        QVERIFY(!sent.contains(token));
        QVERIFY(sent.contains("[MASKED]"));
        QVERIFY(sent.contains("[REDACTED: a line holding github_token]"));
        QVERIFY(sent.contains("L41: ")); // the log lines keep their numbers for citations
        QVERIFY(sent.contains("What the built-in analyzers found"));
    }

    void cancelStopsAtOnce()
    {
        FakeHttpServer slow(
            [](const FakeHttpServer::Request &) { return stream(transcript("chat-completion-stream.sse"), 20, 100); });
        ChatClient client(m_network);
        std::optional<ChatOutcome> outcome;
        connect(&client, &ChatClient::finished, this, [&outcome](const ChatOutcome &done) { outcome = done; });
        connect(&client, &ChatClient::delta, &client, [&client]() { client.cancel(); });
        client.start(provider(slow), {{QStringLiteral("user"), QStringLiteral("hello")}});
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        QVERIFY(outcome->canceled);
        QCOMPARE(outcome->error, QStringLiteral("canceled"));
        QVERIFY(!client.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestAiChatClient)
#include "tst_ai_chat_client.moc"
