#pragma once

#include "Event.h"
#include "kv/RedisClient.h"

#include <QThread>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace adp::server::events {

class EventHub;

// Team-server fan-out: every replica publishes through Redis and every
// replica's hub receives, so a client sees changes made on any replica.
// A Lua script takes the next offset and publishes in one step, so offsets
// reach subscribers in order. Until stop(), publish() hands the event to a
// publishing thread and returns: the change is committed before it is
// published, and live updates are best effort, so the thread that made it
// (a worker, an HTTP thread) does not wait a Redis round trip for each; the
// publishing thread sends what has gathered in one round trip, in order.
class RedisEventBus : public EventPublisher
{
public:
    static constexpr const char *kChannel = "adp:events";
    static constexpr const char *kRevokedChannel = "adp:sessions:revoked";
    static constexpr const char *kTransientChannel = "adp:events:live";

    RedisEventBus(kv::RedisClient &redis, EventHub &hub);
    ~RedisEventBus() override;

    void publish(const QString &topic, const QString &type, const QJsonObject &data, const Audience &audience) override;
    void publishTransient(const QString &topic, const QString &type, const QJsonObject &data,
                          const Audience &audience) override;
    // Session revocations travel on their own channel, never to WebSocket clients.
    void publishRevocation(const QString &tokenHash);
    void setRevocationHandler(std::function<void(const QString &tokenHash)> handler)
    {
        m_onRevoked = std::move(handler);
    }
    void start();
    // The epoch of the cluster's offsets, created by the first replica to ask.
    static QString sharedEpoch(kv::RedisClient &redis);
    void stop();

private:
    void listen();
    void publishQueued();
    static QList<QByteArray> publishCommand(const QByteArray &eventJson);

    kv::RedisClient &m_redis;
    EventHub &m_hub;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stopping{false};
    std::function<void(const QString &)> m_onRevoked;

    static constexpr qsizetype kMaxQueued = 10000; // beyond this (Redis away), the oldest are dropped
    std::mutex m_queueMutex;
    std::condition_variable m_queued;
    QList<QByteArray> m_queue; // events' bus JSON, oldest first
    bool m_publishing = false; // until stop(): the publishing thread takes what is queued
    qint64 m_dropped = 0;      // queued events dropped since the last warning
    std::unique_ptr<QThread> m_publisher;
};

} // namespace adp::server::events
