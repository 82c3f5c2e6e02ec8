#pragma once

#include "Event.h"

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
    EventSubscription(EventHub &hub, std::unique_ptr<QWebSocket> socket, QObject *owner);
    ~EventSubscription() override;

    void send(const Event &event);
    void close();

private:
    void onMessage(const QString &message);
    void sendJson(const QJsonObject &object);

    EventHub &m_hub;
    std::unique_ptr<QWebSocket> m_socket;
    QSet<QString> m_topics;
    bool m_subscribed = false;
};

} // namespace adp::server::events
