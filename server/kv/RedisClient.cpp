#include "RedisClient.h"

#include <QUrl>
#include <fcntl.h>
#include <hiredis/hiredis.h>
#include <stdexcept>
#include <vector>

namespace adp::server::kv {

namespace {
constexpr int kConnectTimeoutMs = 2000;
constexpr int kCommandTimeoutMs = 5000;

timeval toTimeval(int ms)
{
    return timeval{ms / 1000, (ms % 1000) * 1000};
}
} // namespace

std::optional<RedisEndpoint> RedisEndpoint::parse(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.scheme() != u"redis" || parsed.host().isEmpty())
        return std::nullopt;
    RedisEndpoint endpoint;
    endpoint.host = parsed.host();
    endpoint.port = parsed.port(6379);
    endpoint.password = parsed.password(QUrl::FullyDecoded).toUtf8();
    const QString path = parsed.path().mid(1);
    if (!path.isEmpty()) {
        bool ok = false;
        endpoint.database = path.toInt(&ok);
        if (!ok || endpoint.database < 0)
            return std::nullopt;
    }
    return endpoint;
}

QString RedisEndpoint::describe() const
{
    return QStringLiteral("%1:%2/%3").arg(host).arg(port).arg(database);
}

RedisReply decodeReply(const void *raw)
{
    const auto *reply = static_cast<const redisReply *>(raw);
    RedisReply result;
    if (!reply)
        return result;
    switch (reply->type) {
    case REDIS_REPLY_INTEGER:
        result.type = RedisReply::Type::Integer;
        result.integer = reply->integer;
        break;
    case REDIS_REPLY_STRING:
        result.type = RedisReply::Type::String;
        result.string = QByteArray(reply->str, qsizetype(reply->len));
        break;
    case REDIS_REPLY_STATUS:
        result.type = RedisReply::Type::Status;
        result.string = QByteArray(reply->str, qsizetype(reply->len));
        break;
    case REDIS_REPLY_ERROR:
        result.type = RedisReply::Type::Error;
        result.string = QByteArray(reply->str, qsizetype(reply->len));
        break;
    case REDIS_REPLY_ARRAY:
        result.type = RedisReply::Type::Array;
        for (size_t i = 0; i < reply->elements; ++i)
            result.elements.append(decodeReply(reply->element[i]));
        break;
    default:
        break;
    }
    return result;
}

RedisClient::RedisClient(RedisEndpoint endpoint, int poolSize)
    : m_endpoint(std::move(endpoint))
    , m_poolSize(std::max(1, poolSize))
{
}

RedisClient::~RedisClient()
{
    for (redisContext *context : m_idle)
        redisFree(context);
}

redisContext *RedisClient::connectDedicated(int timeoutMs) const
{
    redisContext *context =
        redisConnectWithTimeout(m_endpoint.host.toUtf8().constData(), m_endpoint.port, toTimeval(kConnectTimeoutMs));
    if (!context || context->err) {
        const std::string error = context ? context->errstr : "out of memory";
        if (context)
            redisFree(context);
        throw RedisUnavailable("cannot connect to Redis at " + m_endpoint.describe().toStdString() + ": " + error);
    }
    ::fcntl(context->fd, F_SETFD, FD_CLOEXEC); // hiredis leaves it inheritable: no git or job gets it
    redisSetTimeout(context, toTimeval(timeoutMs));
    const auto run = [&](std::vector<const char *> argv, std::vector<size_t> lengths) {
        auto *reply =
            static_cast<redisReply *>(redisCommandArgv(context, int(argv.size()), argv.data(), lengths.data()));
        const bool failed = !reply || reply->type == REDIS_REPLY_ERROR;
        const std::string text = reply && reply->str ? std::string(reply->str, reply->len) : std::string("no reply");
        if (reply)
            freeReplyObject(reply);
        if (failed) {
            redisFree(context);
            throw std::runtime_error("Redis refused the connection setup: " + text);
        }
    };
    if (!m_endpoint.password.isEmpty())
        run({"AUTH", m_endpoint.password.constData()}, {4, size_t(m_endpoint.password.size())});
    if (m_endpoint.database != 0) {
        const QByteArray db = QByteArray::number(m_endpoint.database);
        run({"SELECT", db.constData()}, {6, size_t(db.size())});
    }
    return context;
}

redisContext *RedisClient::borrow()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_idle.empty()) {
            redisContext *context = m_idle.back();
            m_idle.pop_back();
            return context;
        }
    }
    return connectDedicated(kCommandTimeoutMs);
}

void RedisClient::giveBack(redisContext *context, bool healthy)
{
    if (healthy) {
        std::lock_guard lock(m_mutex);
        if (int(m_idle.size()) < m_poolSize) {
            m_idle.push_back(context);
            return;
        }
    }
    redisFree(context);
}

RedisReply RedisClient::command(const QList<QByteArray> &arguments)
{
    std::vector<const char *> argv;
    std::vector<size_t> lengths;
    for (const QByteArray &argument : arguments) {
        argv.push_back(argument.constData());
        lengths.push_back(size_t(argument.size()));
    }
    redisContext *context = borrow();
    auto *reply = static_cast<redisReply *>(redisCommandArgv(context, int(argv.size()), argv.data(), lengths.data()));
    if (!reply) {
        const std::string error = context->errstr;
        giveBack(context, false);
        throw RedisUnavailable("Redis command failed: " + error);
    }
    RedisReply decoded = decodeReply(reply);
    freeReplyObject(reply);
    giveBack(context, true);
    if (decoded.type == RedisReply::Type::Error)
        throw std::runtime_error("Redis error: " + decoded.string.toStdString());
    return decoded;
}

QList<RedisReply> RedisClient::pipeline(const QList<QList<QByteArray>> &commands)
{
    redisContext *context = borrow();
    for (const QList<QByteArray> &arguments : commands) {
        std::vector<const char *> argv;
        std::vector<size_t> lengths;
        for (const QByteArray &argument : arguments) {
            argv.push_back(argument.constData());
            lengths.push_back(size_t(argument.size()));
        }
        if (redisAppendCommandArgv(context, int(argv.size()), argv.data(), lengths.data()) != REDIS_OK) {
            const std::string error = context->errstr;
            giveBack(context, false);
            throw RedisUnavailable("Redis pipeline failed: " + error);
        }
    }
    QList<RedisReply> replies;
    replies.reserve(commands.size());
    for (qsizetype i = 0; i < commands.size(); ++i) {
        void *reply = nullptr;
        if (redisGetReply(context, &reply) != REDIS_OK || !reply) {
            const std::string error = context->errstr;
            giveBack(context, false);
            throw RedisUnavailable("Redis pipeline failed: " + error);
        }
        replies.append(decodeReply(reply));
        freeReplyObject(reply);
    }
    giveBack(context, true);
    return replies;
}

RedisConnection::~RedisConnection()
{
    if (m_context)
        redisFree(m_context);
}

RedisReply RedisConnection::command(const QList<QByteArray> &arguments)
{
    if (!m_context)
        m_context = m_client.connectDedicated(m_timeoutMs);
    std::vector<const char *> argv;
    std::vector<size_t> lengths;
    for (const QByteArray &argument : arguments) {
        argv.push_back(argument.constData());
        lengths.push_back(size_t(argument.size()));
    }
    auto *reply = static_cast<redisReply *>(redisCommandArgv(m_context, int(argv.size()), argv.data(), lengths.data()));
    if (!reply) {
        const std::string error = m_context->errstr;
        redisFree(m_context);
        m_context = nullptr;
        throw RedisUnavailable("Redis command failed: " + error);
    }
    RedisReply decoded = decodeReply(reply);
    freeReplyObject(reply);
    if (decoded.type == RedisReply::Type::Error)
        throw std::runtime_error("Redis error: " + decoded.string.toStdString());
    return decoded;
}

bool RedisClient::ping()
{
    try {
        return command({QByteArrayLiteral("PING")}).string == "PONG";
    } catch (const std::exception &) {
        return false;
    }
}

} // namespace adp::server::kv
