#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <vector>

struct redisContext;

namespace adp::server::kv {

// Redis could not be reached or dropped the connection: the request can be
// retried later (HTTP 503), unlike a command Redis refused.
class RedisUnavailable : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// A decoded Redis reply.
struct RedisReply
{
    enum class Type { Nil, Integer, String, Status, Array, Error };
    Type type = Type::Nil;
    qint64 integer = 0;
    QByteArray string; // bulk string, status text or error text
    QList<RedisReply> elements;

    bool isNil() const { return type == Type::Nil; }
};

// Where a Redis server is, parsed from redis://[:password@]host[:port][/db].
struct RedisEndpoint
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 6379;
    QByteArray password;
    int database = 0;

    static std::optional<RedisEndpoint> parse(const QString &url);
    QString describe() const; // host:port/db, never the password
};

// Blocking hiredis client with a small connection pool, safe to call from
// every HTTP thread. Commands go as argument vectors, so values never need
// escaping. A dropped connection is replaced by a new one, never reused
// (hiredis 0.14 contexts are not safe to touch after an error).
class RedisClient
{
public:
    explicit RedisClient(RedisEndpoint endpoint, int poolSize = 8);
    ~RedisClient();

    // Throws std::runtime_error when Redis cannot be reached or answers an error.
    RedisReply command(const QList<QByteArray> &arguments);
    // Several commands sent at once on one connection, their replies read after: one round trip.
    // Throws RedisUnavailable when the connection fails; a command Redis refused is its reply (Error).
    QList<RedisReply> pipeline(const QList<QList<QByteArray>> &commands);
    bool ping();
    const RedisEndpoint &endpoint() const { return m_endpoint; }

    // A new dedicated connection (for SUBSCRIBE), owned by the caller.
    redisContext *connectDedicated(int timeoutMs) const;

private:
    redisContext *borrow();
    void giveBack(redisContext *context, bool healthy);

    RedisEndpoint m_endpoint;
    int m_poolSize;
    std::mutex m_mutex;
    std::vector<redisContext *> m_idle;
};

RedisReply decodeReply(const void *reply);

// One dedicated connection for one thread's blocking commands (XREADGROUP
// BLOCK), so they never hold a pooled connection. Connects on first use and
// again after a failure.
class RedisConnection
{
public:
    RedisConnection(const RedisClient &client, int timeoutMs)
        : m_client(client)
        , m_timeoutMs(timeoutMs)
    {
    }
    ~RedisConnection();
    RedisConnection(const RedisConnection &) = delete;
    RedisConnection &operator=(const RedisConnection &) = delete;

    // Throws RedisUnavailable when Redis cannot be reached, std::runtime_error when it answers an error.
    RedisReply command(const QList<QByteArray> &arguments);

private:
    const RedisClient &m_client;
    int m_timeoutMs;
    redisContext *m_context = nullptr;
};

} // namespace adp::server::kv
