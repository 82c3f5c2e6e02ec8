#pragma once

#include "ChatStreamParser.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <memory>

class QNetworkReply;

namespace adp::server::ai {

// An OpenAI-compatible chat completions endpoint (OpenAI, Azure OpenAI, DeepSeek, Qwen, Ollama,
// vLLM, llama.cpp server all speak it) and what the team allows a request to spend.
struct ChatProvider
{
    QUrl baseUrl; // e.g. https://api.example.test/v1; /chat/completions is appended
    QString model;
    QString apiKey;        // sent as a bearer token, never logged
    int timeoutMs = 60000; // for the whole answer, however the provider streams it
    int maxTokens = 1024;
};

struct ChatMessage
{
    QString role; // system, user, assistant
    QString content;
};

struct ChatOutcome
{
    QString answer;
    QString refusal;
    QString finishReason;
    std::optional<int> promptTokens;
    std::optional<int> completionTokens;
    int attempts = 0;
    QString error; // empty when the stream ended with [DONE]
    bool canceled = false;
};

// One streamed chat completion: deltas as they arrive, then the outcome. Rate limits (429) and
// server errors (5xx) before anything was streamed are retried with backoff (Retry-After when the
// provider gives one, at most kMaxRetryAfterMs); a stream that stalls, runs past the timeout,
// ends before [DONE] or is not a chat completion stream ends with an error that says which.
class ChatClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxAttempts = 3;
    static constexpr int kMaxRetryAfterMs = 30000;

    explicit ChatClient(QNetworkAccessManager &network, QObject *parent = nullptr);
    ~ChatClient() override;

    void start(const ChatProvider &provider, const QList<ChatMessage> &messages);
    void cancel();
    void setRetryBaseMs(int ms) { m_retryBaseMs = ms; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void delta(const QString &content, const QString &refusal);
    void finished(const adp::server::ai::ChatOutcome &outcome);

private:
    void attempt();
    void onReadyRead();
    void onFinished();
    void finish(const QString &error, bool canceled = false);
    bool retryLater(int status, const QByteArray &retryAfter);

    QNetworkAccessManager &m_network;
    ChatProvider m_provider;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<ChatStreamParser> m_parser;
    ChatOutcome m_outcome;
    QTimer m_deadline;
    QTimer m_retry;
    int m_retryBaseMs = 500;
    bool m_running = false;
    bool m_streamed = false; // a delta went out: never retried after that
};

} // namespace adp::server::ai
