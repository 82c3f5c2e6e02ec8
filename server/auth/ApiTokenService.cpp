#include "ApiTokenService.h"

#include "PasswordHasher.h"
#include "storage/Transaction.h"

namespace adp::server::auth {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kLastUsedResolutionMs = 60 * 1000; // write last_used_at at most once a minute
constexpr int kMaxTokensPerUser = 100;

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

shared::ApiToken tokenFromRow(const storage::ResultSet &rows, int row)
{
    shared::ApiToken token;
    token.id = rows.value(row, 0).toLongLong();
    token.name = rows.value(row, 1).toString();
    token.scopes = rows.value(row, 2).toString().split(u' ', Qt::SkipEmptyParts);
    token.createdAt = fromMs(rows.value(row, 3));
    token.expiresAt = fromMs(rows.value(row, 4));
    token.lastUsedAt = fromMs(rows.value(row, 5));
    return token;
}
} // namespace

Outcome<ApiTokenService::Created> ApiTokenService::create(const MutationContext &context, const shared::ApiTokenRequest &request)
{
    const auto count = m_database.query(QStringLiteral("SELECT COUNT(*) FROM api_tokens WHERE user_id = ? AND revoked_at IS NULL"),
                                        {context.actor.userId});
    if (count.value(0, 0).toLongLong() >= kMaxTokensPerUser)
        return ServiceError::conflict(QStringLiteral("You have %1 active tokens; revoke some first").arg(kMaxTokensPerUser));

    Created created;
    created.secret = QString::fromLatin1(kPrefix) + Secrets::randomToken(30);
    const qint64 now = m_clock.nowMs();
    const qint64 expires = now + qint64(request.expiresInDays) * kDayMs;
    storage::Transaction tx(m_database);
    const auto rows = tx.exec(QStringLiteral("INSERT INTO api_tokens (user_id, name, token_hash, scopes, created_at, expires_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                              {context.actor.userId, request.name, Secrets::tokenHash(created.secret),
                               request.scopes.join(u' '), now, expires});
    created.token = {rows.value(0, 0).toLongLong(), request.name, request.scopes,
                     QDateTime::fromMSecsSinceEpoch(now, Qt::UTC), QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC), {}};
    m_audit.record(tx, context, {QStringLiteral("token.created"), QStringLiteral("api_token"),
                                 QString::number(created.token.id), {}, created.token.toJson()});
    tx.commit();
    return created;
}

Outcome<QList<shared::ApiToken>> ApiTokenService::list(const MutationContext &context)
{
    const auto rows = m_database.query(QStringLiteral("SELECT id, name, scopes, created_at, expires_at, last_used_at FROM api_tokens "
                                                      "WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ? ORDER BY id"),
                                       {context.actor.userId, m_clock.nowMs()});
    QList<shared::ApiToken> tokens;
    for (int row = 0; row < rows.size(); ++row)
        tokens.append(tokenFromRow(rows, row));
    return tokens;
}

Outcome<Unit> ApiTokenService::revoke(const MutationContext &context, qint64 id)
{
    storage::Transaction tx(m_database);
    const auto rows = tx.exec(QStringLiteral("SELECT id, name, scopes, created_at, expires_at, last_used_at FROM api_tokens "
                                             "WHERE id = ? AND user_id = ? AND revoked_at IS NULL"),
                              {id, context.actor.userId});
    if (rows.isEmpty())
        return ServiceError::notFound(QStringLiteral("Token")); // someone else's token is not found either
    tx.exec(QStringLiteral("UPDATE api_tokens SET revoked_at = ? WHERE id = ?"), {m_clock.nowMs(), id});
    m_audit.record(tx, context, {QStringLiteral("token.revoked"), QStringLiteral("api_token"), QString::number(id),
                                 tokenFromRow(rows, 0).toJson(), {}});
    tx.commit();
    return Unit{};
}

std::optional<Actor> ApiTokenService::authenticate(const QString &secret)
{
    if (!looksLikeToken(secret) || secret.size() > 128)
        return std::nullopt;
    const qint64 now = m_clock.nowMs();
    const auto rows = m_database.query(
        QStringLiteral("SELECT t.id, t.scopes, t.last_used_at, u.id, u.username, u.is_admin FROM api_tokens t "
                       "JOIN users u ON u.id = t.user_id WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ?"),
        {Secrets::tokenHash(secret), now});
    if (rows.isEmpty())
        return std::nullopt;
    const qint64 tokenId = rows.value(0, 0).toLongLong();
    if (now - rows.value(0, 2).toLongLong() > kLastUsedResolutionMs)
        m_database.query(QStringLiteral("UPDATE api_tokens SET last_used_at = ? WHERE id = ?"), {now, tokenId});
    Actor actor;
    actor.userId = rows.value(0, 3).toLongLong();
    actor.username = rows.value(0, 4).toString();
    actor.isAdmin = rows.value(0, 5).toBool();
    actor.scopes = rows.value(0, 1).toString().split(u' ', Qt::SkipEmptyParts);
    actor.tokenId = tokenId;
    actor.sessionId = QStringLiteral("token:%1").arg(tokenId);
    return actor;
}

} // namespace adp::server::auth
