#pragma once

#include "Event.h"

#include <QObject>
#include <QSet>
#include <deque>
#include <memory>

class QWebSocket;

namespace adp::server::events {

class EventSubscription;

// Fans events out to this process's WebSocket clients and keeps the most
// recent ones so a reconnecting client can resume after its last offset.
// Lives in the main thread; deliver() may be called from any thread.
class EventHub : public QObject
{
    Q_OBJECT

public:
    static constexpr size_t kReplayCapacity = 4096;

    explicit EventHub(QObject *parent = nullptr);
    ~EventHub() override;

    // Thread-safe: queues the event to the hub's thread. The event's offset
    // must already be set and increasing.
    void deliver(const Event &event);
    // Takes a freshly upgraded socket; it moves to the hub's thread.
    void adopt(std::unique_ptr<QWebSocket> socket);

    qint64 lastOffset() const { return m_lastOffset; }
    int subscriberCount() const { return int(m_subscriptions.size()); }
    // Events after `offset` still held, or nullopt when some were already dropped.
    std::optional<std::deque<Event>> replayAfter(qint64 offset) const;
    void closeAll();

private:
    void deliverHere(const Event &event);

    std::deque<Event> m_recent;
    qint64 m_lastOffset = 0;
    QSet<EventSubscription *> m_subscriptions;
    friend class EventSubscription;
};

// Offsets assigned in-process: the embedded server's publisher.
class LocalEventPublisher : public EventPublisher
{
public:
    explicit LocalEventPublisher(EventHub &hub) : m_hub(hub) {}
    void publish(const QString &topic, const QString &type, const QJsonObject &data) override;

private:
    EventHub &m_hub;
    std::atomic<qint64> m_nextOffset{1};
};

} // namespace adp::server::events
