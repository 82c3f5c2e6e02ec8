#pragma once

#include "Event.h"
#include "core/RequestContext.h"

#include <QObject>
#include <QSet>
#include <memory>

class QWebSocket;

namespace adp::server::events {

class EventHub;

// One client's WebSocket: reads its subscribe message, replays what it
// missed, then forwards events on the topics it asked for.
class EventSubscription : public QObject
{
    Q_OBJECT

public:
    // Lives in the thread that accepted the socket, as a child of `owner`.
    EventSubscription(EventHub &hub, std::unique_ptr<QWebSocket> socket, Actor actor, QObject *owner);
    ~EventSubscription() override;

    void send(const Event &event);
    void close();

private:
    void onMessage(const QString &message);
    void sendJson(const QJsonObject &object);

    bool mayFollow(const QString &topic) const;

    EventHub &m_hub;
    Actor m_actor;
    std::unique_ptr<QWebSocket> m_socket;
    QSet<QString> m_topics;
    bool m_subscribed = false;
};

} // namespace adp::server::events
