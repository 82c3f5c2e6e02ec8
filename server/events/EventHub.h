#pragma once

#include "Event.h"

#include <QMutex>
#include <QSet>
#include <deque>
#include <functional>
#include <optional>
#include <vector>

namespace adp::server::events {

class EventSubscription;

// Fans events out to this process's WebSocket clients and keeps the most
// recent ones so a reconnecting client can resume after its last offset.
// Thread-safe: subscriptions live in the HTTP threads that accepted them and
// receive events as queued calls in their own thread.
class EventHub
{
public:
    static constexpr size_t kReplayCapacity = 4096;

    // `epoch` names this numbering of offsets; a client that saw another
    // epoch (a restarted embedded server, a wiped Redis) must reload.
    explicit EventHub(QString epoch)
        : m_epoch(std::move(epoch))
    {
    }
    const QString &epoch() const { return m_epoch; }

    // An event whose offset was assigned elsewhere (Redis); older ones are dropped.
    void deliver(const Event &event);
    // An event numbered here (embedded server): the next offset, in order.
    void deliverNext(const QString &topic, const QString &type, const QJsonObject &data, const Audience &audience);
    // A live-only event (offset 0): fanned out, not kept.
    void deliverTransient(const Event &event);

    qint64 lastOffset() const;
    // Events after `offset` still held, or nullopt when some were already dropped.
    std::optional<std::deque<Event>> replayAfter(qint64 offset) const;
    // Asks every client to go away (server shutdown).
    void closeAll();

    // Told of every numbered event this hub fans out (this replica's and, through Redis, every
    // other's), on the delivering thread with the hub locked: keep it short. Add before serving.
    void observe(std::function<void(const Event &)> observer) { m_observers.push_back(std::move(observer)); }

    void add(EventSubscription *subscription);
    void remove(EventSubscription *subscription);

private:
    void fanOutLocked(const Event &event);
    void sendLocked(const Event &event);

    const QString m_epoch;
    mutable QMutex m_mutex;
    std::deque<Event> m_recent;
    qint64 m_lastOffset = 0;
    QSet<EventSubscription *> m_subscriptions;
    std::vector<std::function<void(const Event &)>> m_observers;
};

// Offsets assigned in-process: the embedded server's publisher.
class LocalEventPublisher : public EventPublisher
{
public:
    explicit LocalEventPublisher(EventHub &hub)
        : m_hub(hub)
    {
    }
    void publish(const QString &topic, const QString &type, const QJsonObject &data, const Audience &audience) override
    {
        m_hub.deliverNext(topic, type, data, audience);
    }
    void publishTransient(const QString &topic, const QString &type, const QJsonObject &data,
                          const Audience &audience) override
    {
        m_hub.deliverTransient({0, topic, type, data, audience});
    }

private:
    EventHub &m_hub;
};

} // namespace adp::server::events
