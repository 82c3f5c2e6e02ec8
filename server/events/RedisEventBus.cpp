#include "RedisEventBus.h"

#include "EventHub.h"

#include <QJsonDocument>
#include <QUuid>
#include <hiredis/hiredis.h>
#include <poll.h>
#include <spdlog/spdlog.h>

namespace adp::server::events {

namespace {
// KEYS[1] offset counter, KEYS[2] channel, ARGV[1] event JSON without offset.
const QByteArray kPublishScript = QByteArrayLiteral("local offset = redis.call('INCR', KEYS[1]) "
                                                    "redis.call('PUBLISH', KEYS[2], offset .. ' ' .. ARGV[1]) "
                                                    "return offset");
constexpr int kPollMs = 500;
} // namespace

RedisEventBus::RedisEventBus(kv::RedisClient &redis, EventHub &hub)
    : m_redis(redis)
    , m_hub(hub)
    , m_publishing(true)
    , m_publisher(QThread::create([this]() { publishQueued(); }))
{
    // Publishing needs no listener: changes made before the server listens (or by an embedding
    // benchmark that never does) are published the same way.
    m_publisher->setObjectName(QStringLiteral("redis-publish"));
    m_publisher->start();
}

RedisEventBus::~RedisEventBus()
{
    stop();
}

QList<QByteArray> RedisEventBus::publishCommand(const QByteArray &eventJson)
{
    return {QByteArrayLiteral("EVAL"), kPublishScript, QByteArrayLiteral("2"), QByteArrayLiteral("adp:events:offset"),
            QByteArray(kChannel),      eventJson};
}

void RedisEventBus::publish(const QString &topic, const QString &type, const QJsonObject &data,
                            const Audience &audience)
{
    const Event event{0, topic, type, data, audience};
    QByteArray json = QJsonDocument(event.toBusJson()).toJson(QJsonDocument::Compact);
    {
        std::lock_guard lock(m_queueMutex);
        if (m_publishing) {
            if (m_queue.size() >= kMaxQueued) {
                m_queue.removeFirst();
                ++m_dropped;
            }
            m_queue.append(std::move(json));
            m_queued.notify_one();
            return;
        }
    }
    try { // not started, or stopped: at once, as the caller's own round trip
        m_redis.command(publishCommand(json));
    } catch (const std::exception &error) {
        // Live updates are best effort: the change itself is already committed.
        spdlog::warn("event {} not published: {}", type.toStdString(), error.what());
    }
}

void RedisEventBus::publishQueued()
{
    constexpr qsizetype kPerRoundTrip = 256;
    std::unique_lock lock(m_queueMutex);
    while (true) {
        m_queued.wait(lock, [this]() { return !m_queue.isEmpty() || !m_publishing; });
        if (m_queue.isEmpty())
            return; // stopping, and everything queued was sent
        QList<QByteArray> events = m_queue.mid(0, kPerRoundTrip);
        m_queue.remove(0, events.size());
        const qint64 dropped = std::exchange(m_dropped, 0);
        lock.unlock();
        if (dropped > 0)
            spdlog::warn("{} event(s) dropped: Redis did not take them in time", dropped);
        QList<QList<QByteArray>> commands;
        commands.reserve(events.size());
        for (const QByteArray &json : std::as_const(events))
            commands.append(publishCommand(json));
        try {
            for (const kv::RedisReply &reply : m_redis.pipeline(commands)) {
                if (reply.type == kv::RedisReply::Type::Error)
                    spdlog::warn("event not published: {}", reply.string.toStdString());
            }
        } catch (const std::exception &error) {
            spdlog::warn("{} event(s) not published: {}", events.size(), error.what());
        }
        lock.lock();
    }
}

void RedisEventBus::publishTransient(const QString &topic, const QString &type, const QJsonObject &data,
                                     const Audience &audience)
{
    const Event event{0, topic, type, data, audience};
    try {
        m_redis.command({QByteArrayLiteral("PUBLISH"), QByteArray(kTransientChannel),
                         QJsonDocument(event.toBusJson()).toJson(QJsonDocument::Compact)});
    } catch (const std::exception &error) {
        spdlog::warn("live event {} not published: {}", type.toStdString(), error.what());
    }
}

void RedisEventBus::publishRevocation(const QString &tokenHash)
{
    try {
        m_redis.command({QByteArrayLiteral("PUBLISH"), QByteArray(kRevokedChannel), tokenHash.toLatin1()});
    } catch (const std::exception &error) {
        spdlog::warn("session revocation not broadcast: {}", error.what());
    }
}

QString RedisEventBus::sharedEpoch(kv::RedisClient &redis)
{
    const QByteArray candidate = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    redis.command(
        {QByteArrayLiteral("SET"), QByteArrayLiteral("adp:events:epoch"), candidate, QByteArrayLiteral("NX")});
    return QString::fromLatin1(redis.command({QByteArrayLiteral("GET"), QByteArrayLiteral("adp:events:epoch")}).string);
}

void RedisEventBus::start()
{
    m_stopping = false;
    m_thread.reset(QThread::create([this]() { listen(); }));
    m_thread->setObjectName(QStringLiteral("redis-events"));
    m_thread->start();
}

void RedisEventBus::stop()
{
    {
        std::lock_guard lock(m_queueMutex);
        m_publishing = false; // what comes now is published at once; what is queued is sent first
    }
    m_queued.notify_all();
    if (m_publisher) {
        m_publisher->wait();
        m_publisher.reset();
    }
    m_stopping = true;
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
}

void RedisEventBus::listen()
{
    while (!m_stopping) {
        redisContext *context = nullptr;
        try {
            context = m_redis.connectDedicated(kPollMs);
        } catch (const std::exception &error) {
            spdlog::warn("event subscriber: {}", error.what());
            QThread::msleep(kPollMs);
            continue;
        }
        auto *reply = static_cast<redisReply *>(
            redisCommand(context, "SUBSCRIBE %s %s %s", kChannel, kRevokedChannel, kTransientChannel));
        if (reply)
            freeReplyObject(reply);
        while (!m_stopping) {
            void *raw = nullptr;
            if (redisGetReplyFromReader(context, &raw) != REDIS_OK)
                break;
            if (!raw) {
                // Nothing buffered: wait a bounded time so stop() is noticed.
                pollfd descriptor{context->fd, POLLIN, 0};
                const int ready = ::poll(&descriptor, 1, kPollMs);
                if (ready < 0 && errno != EINTR)
                    break;
                if (ready > 0 && redisBufferRead(context) != REDIS_OK) {
                    spdlog::warn("event subscriber lost Redis: {}", context->errstr);
                    break;
                }
                continue;
            }
            const kv::RedisReply message = kv::decodeReply(raw);
            freeReplyObject(raw);
            if (message.elements.size() != 3 || message.elements.at(0).string != "message")
                continue;
            const QByteArray payload = message.elements.at(2).string;
            if (message.elements.at(1).string == kRevokedChannel) {
                if (m_onRevoked)
                    m_onRevoked(QString::fromLatin1(payload));
                continue;
            }
            if (message.elements.at(1).string == kTransientChannel) {
                m_hub.deliverTransient(Event::fromJson(QJsonDocument::fromJson(payload).object()));
                continue;
            }
            const qsizetype space = payload.indexOf(' ');
            Event event = Event::fromJson(QJsonDocument::fromJson(payload.mid(space + 1)).object());
            event.offset = payload.left(space).toLongLong();
            m_hub.deliver(event);
        }
        redisFree(context);
    }
}

} // namespace adp::server::events
