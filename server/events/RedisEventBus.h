#pragma once

#include "Event.h"
#include "kv/RedisClient.h"

#include <QThread>
#include <atomic>
#include <functional>

namespace adp::server::events {

class EventHub;

// Team-server fan-out: every replica publishes through Redis and every
// replica's hub receives, so a client sees changes made on any replica.
// A Lua script takes the next offset and publishes in one step, so offsets
// reach subscribers in order.
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

    kv::RedisClient &m_redis;
    EventHub &m_hub;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stopping{false};
    std::function<void(const QString &)> m_onRevoked;
};

} // namespace adp::server::events
