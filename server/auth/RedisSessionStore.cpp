#include "RedisSessionStore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace adp::server::auth {

namespace {
QByteArray key(const QString &tokenHash)
{
    return QByteArrayLiteral("adp:session:") + tokenHash.toLatin1();
}
} // namespace

void RedisSessionStore::put(const Session &session)
{
    const QJsonObject object{{QStringLiteral("user_id"), session.userId},
                             {QStringLiteral("username"), session.username},
                             {QStringLiteral("is_admin"), session.isAdmin},
                             {QStringLiteral("created_at"), session.createdAtMs},
                             {QStringLiteral("expires_at"), session.expiresAtMs},
                             {QStringLiteral("ip"), session.ip},
                             {QStringLiteral("user_agent"), session.userAgent.left(512)}};
    const qint64 ttlMs = std::max<qint64>(1, session.expiresAtMs - session.createdAtMs);
    m_redis.command({QByteArrayLiteral("SET"), key(session.tokenHash),
                     QJsonDocument(object).toJson(QJsonDocument::Compact), QByteArrayLiteral("PX"),
                     QByteArray::number(ttlMs)});
}

std::optional<Session> RedisSessionStore::find(const QString &tokenHash, qint64 nowMs)
{
    const kv::RedisReply reply = m_redis.command({QByteArrayLiteral("GET"), key(tokenHash)});
    if (reply.isNil())
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(reply.string).object();
    Session session;
    session.tokenHash = tokenHash;
    session.userId = object.value(QStringLiteral("user_id")).toInteger();
    session.username = object.value(QStringLiteral("username")).toString();
    session.isAdmin = object.value(QStringLiteral("is_admin")).toBool();
    session.createdAtMs = object.value(QStringLiteral("created_at")).toInteger();
    session.expiresAtMs = object.value(QStringLiteral("expires_at")).toInteger();
    session.ip = object.value(QStringLiteral("ip")).toString();
    session.userAgent = object.value(QStringLiteral("user_agent")).toString();
    // Redis expires by its own clock; the service's clock has the last word.
    if (session.userId <= 0 || session.expiresAtMs <= nowMs)
        return std::nullopt;
    return session;
}

void RedisSessionStore::remove(const QString &tokenHash)
{
    m_redis.command({QByteArrayLiteral("DEL"), key(tokenHash)});
}

} // namespace adp::server::auth
