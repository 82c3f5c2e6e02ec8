#include "RedisSessionStore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace adp::server::auth {

namespace {
QByteArray key(const QString &tokenHash)
{
    return QByteArrayLiteral("adp:session:") + tokenHash.toLatin1();
}

// Each user's session hashes, so "my sessions" needs no scan of the keyspace.
QByteArray userKey(qint64 userId)
{
    return QByteArrayLiteral("adp:user_sessions:") + QByteArray::number(userId);
}

QByteArray toJson(const Session &session)
{
    const QJsonObject object{{QStringLiteral("user_id"), session.userId},
                             {QStringLiteral("username"), session.username},
                             {QStringLiteral("is_admin"), session.isAdmin},
                             {QStringLiteral("is_auditor"), session.isAuditor},
                             {QStringLiteral("created_at"), session.createdAtMs},
                             {QStringLiteral("expires_at"), session.expiresAtMs},
                             {QStringLiteral("ip"), session.ip},
                             {QStringLiteral("user_agent"), session.userAgent.left(512)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Session> fromJson(const QString &tokenHash, const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    Session session;
    session.tokenHash = tokenHash;
    session.userId = object.value(QStringLiteral("user_id")).toInteger();
    session.username = object.value(QStringLiteral("username")).toString();
    session.isAdmin = object.value(QStringLiteral("is_admin")).toBool();
    session.isAuditor = object.value(QStringLiteral("is_auditor")).toBool();
    session.createdAtMs = object.value(QStringLiteral("created_at")).toInteger();
    session.expiresAtMs = object.value(QStringLiteral("expires_at")).toInteger();
    session.ip = object.value(QStringLiteral("ip")).toString();
    session.userAgent = object.value(QStringLiteral("user_agent")).toString();
    if (session.userId <= 0)
        return std::nullopt;
    return session;
}

constexpr qint64 kUserIndexTtlMs = 400LL * 24 * 3600 * 1000; // longer than any session
} // namespace

void RedisSessionStore::put(const Session &session)
{
    const qint64 ttlMs = std::max<qint64>(1, session.expiresAtMs - session.createdAtMs);
    m_redis.command({QByteArrayLiteral("SET"), key(session.tokenHash), toJson(session), QByteArrayLiteral("PX"),
                     QByteArray::number(ttlMs)});
    m_redis.command({QByteArrayLiteral("SADD"), userKey(session.userId), session.tokenHash.toLatin1()});
    m_redis.command({QByteArrayLiteral("PEXPIRE"), userKey(session.userId), QByteArray::number(kUserIndexTtlMs)});
}

std::optional<Session> RedisSessionStore::find(const QString &tokenHash, qint64 nowMs)
{
    const kv::RedisReply reply = m_redis.command({QByteArrayLiteral("GET"), key(tokenHash)});
    if (reply.isNil())
        return std::nullopt;
    auto session = fromJson(tokenHash, reply.string);
    // Redis expires by its own clock; the service's clock has the last word.
    if (!session || session->expiresAtMs <= nowMs)
        return std::nullopt;
    return session;
}

QList<Session> RedisSessionStore::listForUser(qint64 userId, qint64 nowMs)
{
    const kv::RedisReply members = m_redis.command({QByteArrayLiteral("SMEMBERS"), userKey(userId)});
    QList<Session> sessions;
    for (const kv::RedisReply &member : members.elements) {
        const QString hash = QString::fromLatin1(member.string);
        if (auto session = find(hash, nowMs))
            sessions.append(*session);
        else
            m_redis.command({QByteArrayLiteral("SREM"), userKey(userId), member.string}); // expired meanwhile
    }
    std::sort(sessions.begin(), sessions.end(), [](const Session &a, const Session &b) {
        return std::tie(a.createdAtMs, a.tokenHash) < std::tie(b.createdAtMs, b.tokenHash);
    });
    return sessions;
}

void RedisSessionStore::extend(const QString &tokenHash, qint64 expiresAtMs, qint64 nowMs)
{
    auto session = find(tokenHash, nowMs);
    if (!session)
        return;
    session->expiresAtMs = expiresAtMs;
    m_redis.command({QByteArrayLiteral("SET"), key(tokenHash), toJson(*session), QByteArrayLiteral("PX"),
                     QByteArray::number(std::max<qint64>(1, expiresAtMs - nowMs)), QByteArrayLiteral("XX")});
}

void RedisSessionStore::remove(const QString &tokenHash)
{
    const kv::RedisReply reply = m_redis.command({QByteArrayLiteral("GET"), key(tokenHash)});
    if (!reply.isNil()) {
        if (const auto session = fromJson(tokenHash, reply.string))
            m_redis.command({QByteArrayLiteral("SREM"), userKey(session->userId), tokenHash.toLatin1()});
    }
    m_redis.command({QByteArrayLiteral("DEL"), key(tokenHash)});
}

} // namespace adp::server::auth
