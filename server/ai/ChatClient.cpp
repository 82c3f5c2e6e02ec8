#include "ChatClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace adp::server::ai {

ChatClient::ChatClient(QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_deadline.setSingleShot(true);
    m_retry.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this]() {
        finish(QStringLiteral("the provider did not finish within %1 s").arg(m_provider.timeoutMs / 1000.0));
    });
    connect(&m_retry, &QTimer::timeout, this, &ChatClient::attempt);
}

ChatClient::~ChatClient()
{
    if (m_reply)
        m_reply->abort();
}

void ChatClient::start(const ChatProvider &provider, const QList<ChatMessage> &messages)
{
    m_provider = provider;
    QJsonArray list;
    for (const ChatMessage &message : messages)
        list.append(QJsonObject{{QStringLiteral("role"), message.role}, {QStringLiteral("content"), message.content}});
    m_body = QJsonDocument(
                 QJsonObject{{QStringLiteral("model"), provider.model},
                             {QStringLiteral("messages"), list},
                             {QStringLiteral("stream"), true},
                             {QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}}},
                             {QStringLiteral("max_tokens"), provider.maxTokens}})
                 .toJson(QJsonDocument::Compact);
    m_outcome = {};
    m_streamed = false;
    m_running = true;
    m_deadline.start(provider.timeoutMs);
    attempt();
}

void ChatClient::attempt()
{
    ++m_outcome.attempts;
    m_parser = std::make_unique<ChatStreamParser>();
    QUrl url = m_provider.baseUrl;
    url.setPath(url.path().endsWith(u'/') ? url.path() + QStringLiteral("chat/completions")
                                          : url.path() + QStringLiteral("/chat/completions"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "text/event-stream");
    if (!m_provider.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_provider.apiKey.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_reply = m_network.post(request, m_body);
    connect(m_reply, &QNetworkReply::readyRead, this, &ChatClient::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ChatClient::onFinished);
}

void ChatClient::onReadyRead()
{
    QNetworkReply *reply = m_reply;
    if (!reply || !m_running)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return; // the error body is read whole when the reply ends
    const QByteArray bytes = reply->readAll();
    const auto sink = [this](const ChatStreamParser::Delta &piece) {
        m_streamed = true;
        m_outcome.answer += piece.content;
        m_outcome.refusal += piece.refusal;
        Q_EMIT delta(piece.content, piece.refusal);
        return m_running;
    };
    bool goOn = m_parser->feed(bytes, sink);
    if (goOn && reply->isFinished())
        goOn = m_parser->end(sink);
    if (!goOn && m_running)
        finish(m_parser->isDone() ? QString() : m_parser->error());
}

bool ChatClient::retryLater(int status, const QByteArray &retryAfter)
{
    const bool retryable = status == 429 || status >= 500 || status == 0;
    if (!retryable || m_streamed || m_outcome.attempts >= kMaxAttempts)
        return false;
    bool given = false;
    const int afterSeconds = retryAfter.trimmed().toInt(&given);
    const int wait =
        given ? std::min(afterSeconds * 1000, kMaxRetryAfterMs) : m_retryBaseMs * (1 << (m_outcome.attempts - 1));
    m_retry.start(wait);
    return true;
}

void ChatClient::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200 && m_running)
        onReadyRead(); // what arrived with the end, and a last line without its line feed
    reply->deleteLater();
    m_reply.clear();
    if (!m_running)
        return;
    if (status == 200) {
        if (m_running)
            finish(m_parser->isDone() ? QString() : QStringLiteral("the stream ended before it was complete"));
        return;
    }
    if (retryLater(status, reply->rawHeader("Retry-After")))
        return;
    if (status == 0) {
        finish(QStringLiteral("the provider cannot be reached: %1").arg(reply->errorString()));
        return;
    }
    const QJsonObject error =
        QJsonDocument::fromJson(reply->readAll().left(64 * 1024)).object().value(QStringLiteral("error")).toObject();
    const QString message = error.value(QStringLiteral("message")).toString().left(500);
    finish(QStringLiteral("the provider answered HTTP %1%2")
               .arg(status)
               .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message));
}

void ChatClient::cancel()
{
    if (m_running)
        finish(QStringLiteral("canceled"), true);
}

void ChatClient::finish(const QString &error, bool canceled)
{
    m_running = false;
    m_deadline.stop();
    m_retry.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        reply->abort();
        reply->deleteLater();
    }
    if (m_parser) {
        m_outcome.finishReason = m_parser->finishReason();
        m_outcome.promptTokens = m_parser->promptTokens();
        m_outcome.completionTokens = m_parser->completionTokens();
    }
    m_outcome.error = error;
    m_outcome.canceled = canceled;
    Q_EMIT finished(m_outcome);
}

} // namespace adp::server::ai
