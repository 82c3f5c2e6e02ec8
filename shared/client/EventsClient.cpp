#include "EventsClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>

namespace adp::shared {

namespace {
constexpr int kInitialBackoffMs = 500;
constexpr int kMaxBackoffMs = 30000;
} // namespace

EventsClient::EventsClient(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &EventsClient::open);
    connect(&m_socket, &QWebSocket::connected, this, [this]() {
        m_backoffMs = kInitialBackoffMs;
        QJsonObject subscribe{{QStringLiteral("type"), QStringLiteral("subscribe")},
                              {QStringLiteral("topics"), QJsonArray::fromStringList(m_topics)}};
        if (m_lastOffset >= 0) {
            subscribe.insert(QStringLiteral("after"), m_lastOffset);
            subscribe.insert(QStringLiteral("epoch"), m_epoch);
        }
        send(subscribe);
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &EventsClient::onTextMessage);
    connect(&m_socket, &QWebSocket::disconnected, this, &EventsClient::onDisconnected);
}

EventsClient::~EventsClient()
{
    // The socket dies after the timer; its last disconnected() must not restart it.
    m_running = false;
    m_socket.disconnect(this);
}

void EventsClient::start(const QStringList &topics)
{
    m_topics = topics;
    m_running = true;
    m_socket.abort();
    open();
}

void EventsClient::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_socket.close();
}

void EventsClient::send(const QJsonObject &object)
{
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

void EventsClient::followLog(qint64 jobId, qint64 offset)
{
    m_followedLogs.insert(jobId, offset);
    if (m_connected)
        send({{QStringLiteral("type"), QStringLiteral("follow_log")},
              {QStringLiteral("job"), jobId},
              {QStringLiteral("offset"), offset}});
}

void EventsClient::unfollowLog(qint64 jobId)
{
    if (m_followedLogs.remove(jobId) && m_connected)
        send({{QStringLiteral("type"), QStringLiteral("unfollow_log")}, {QStringLiteral("job"), jobId}});
}

void EventsClient::open()
{
    if (!m_running)
        return;
    QNetworkRequest request(m_api.webSocketUrl(QStringLiteral("/api/v1/events")));
    request.setRawHeader("Authorization", "Bearer " + m_api.token().toUtf8());
    m_socket.open(request);
}

void EventsClient::onTextMessage(const QString &message)
{
    const QJsonObject object = QJsonDocument::fromJson(message.toUtf8()).object();
    const QString type = object.value(QStringLiteral("type")).toString();
    if (type == u"subscribed") {
        if (!m_connected) {
            m_connected = true;
            // Logs followed before (or across) a reconnect, from the bytes that arrived.
            for (auto it = m_followedLogs.constBegin(); it != m_followedLogs.constEnd(); ++it)
                send({{QStringLiteral("type"), QStringLiteral("follow_log")},
                      {QStringLiteral("job"), it.key()},
                      {QStringLiteral("offset"), it.value()}});
            Q_EMIT connectedChanged(true);
        }
        if (m_lastOffset < 0) {
            m_lastOffset = object.value(QStringLiteral("offset")).toInteger();
            m_epoch = object.value(QStringLiteral("epoch")).toString();
        }
    } else if (type == u"resync") {
        // Missed more than the server keeps: continue from now after a reload.
        m_lastOffset = object.value(QStringLiteral("offset")).toInteger();
        m_epoch = object.value(QStringLiteral("epoch")).toString();
        Q_EMIT resyncNeeded();
    } else if (type == u"log") {
        const qint64 jobId = object.value(QStringLiteral("job")).toInteger();
        const qint64 offset = object.value(QStringLiteral("offset")).toInteger();
        const QString text = object.value(QStringLiteral("text")).toString();
        if (m_followedLogs.contains(jobId))
            m_followedLogs.insert(jobId, offset + text.toUtf8().size());
        Q_EMIT logReceived(jobId, offset, text);
    } else if (type == u"log_end") {
        const qint64 jobId = object.value(QStringLiteral("job")).toInteger();
        m_followedLogs.remove(jobId);
        Q_EMIT logEnded(jobId, object.value(QStringLiteral("status")).toString());
    } else if (type == u"error" && object.value(QStringLiteral("job")).isDouble()) {
        const qint64 jobId = object.value(QStringLiteral("job")).toInteger();
        m_followedLogs.remove(jobId);
        Q_EMIT logRefused(jobId, object.value(QStringLiteral("message")).toString());
    } else if (type == u"event") {
        // Offset 0: live only (an AI answer's pieces), never numbered nor replayed.
        const qint64 offset = object.value(QStringLiteral("offset")).toInteger();
        if (offset != 0 && offset <= m_lastOffset)
            return; // replayed twice across a reconnect
        if (offset != 0)
            m_lastOffset = offset;
        Q_EMIT eventReceived(object.value(QStringLiteral("topic")).toString(),
                             object.value(QStringLiteral("event")).toString(),
                             object.value(QStringLiteral("data")).toObject());
    }
}

void EventsClient::onDisconnected()
{
    if (m_connected) {
        m_connected = false;
        Q_EMIT connectedChanged(false);
    }
    if (!m_running)
        return;
    m_reconnectTimer.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
}

} // namespace adp::shared
