#include "EventSubscription.h"

#include "EventHub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QWebSocket>

namespace adp::server::events {

namespace {
constexpr qint64 kMaxClientMessage = 16 * 1024;
}

EventSubscription::EventSubscription(EventHub &hub, std::unique_ptr<QWebSocket> socket, Actor actor, QObject *owner)
    : QObject(owner), m_hub(hub), m_actor(std::move(actor)), m_socket(std::move(socket))
{
    m_hub.add(this);
    m_socket->setMaxAllowedIncomingMessageSize(kMaxClientMessage);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &EventSubscription::onMessage);
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this]() {
        m_hub.remove(this);
        deleteLater();
    });
}

EventSubscription::~EventSubscription()
{
    m_hub.remove(this);
}

void EventSubscription::sendJson(const QJsonObject &object)
{
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

void EventSubscription::send(const Event &event)
{
    if (!m_subscribed || !m_topics.contains(event.topic) || !event.reaches(m_actor.userId, m_actor.isAdmin))
        return;
    if (m_actor.projectLimit != 0 && event.projectId() != m_actor.projectLimit)
        return; // a project token hears about its project only
    sendJson(event.toJson());
}

void EventSubscription::close()
{
    m_socket->close(QWebSocketProtocol::CloseCodeGoingAway);
}

bool EventSubscription::mayFollow(const QString &topic) const
{
    // A topic refused here is simply missing from the "subscribed" answer.
    return topic != u"audit" || m_actor.mayReadAudit();
}

void EventSubscription::onMessage(const QString &message)
{
    const QJsonObject object = QJsonDocument::fromJson(message.toUtf8()).object();
    if (object.value(QStringLiteral("type")).toString() != u"subscribe") {
        sendJson({{QStringLiteral("type"), QStringLiteral("error")},
                  {QStringLiteral("message"), QStringLiteral("expected {\"type\":\"subscribe\",\"topics\":[...]}")}});
        return;
    }
    m_topics.clear();
    for (const QJsonValue &topic : object.value(QStringLiteral("topics")).toArray()) {
        if (mayFollow(topic.toString()))
            m_topics.insert(topic.toString());
    }
    m_subscribed = true;
    sendJson({{QStringLiteral("type"), QStringLiteral("subscribed")},
              {QStringLiteral("topics"), QJsonArray::fromStringList(m_topics.values())},
              {QStringLiteral("offset"), m_hub.lastOffset()},
              {QStringLiteral("epoch"), m_hub.epoch()}});

    const QJsonValue after = object.value(QStringLiteral("after"));
    if (!after.isDouble())
        return;
    const QString epoch = object.value(QStringLiteral("epoch")).toString();
    const auto missed = epoch == m_hub.epoch() ? m_hub.replayAfter(after.toInteger()) : std::nullopt;
    if (!missed) {
        sendJson({{QStringLiteral("type"), QStringLiteral("resync")},
                  {QStringLiteral("offset"), m_hub.lastOffset()},
                  {QStringLiteral("epoch"), m_hub.epoch()}});
        return;
    }
    for (const Event &event : *missed)
        send(event);
}

} // namespace adp::server::events
