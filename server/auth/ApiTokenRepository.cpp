#include "ApiTokenRepository.h"

#include "storage/Transaction.h"

namespace adp::server::auth {

namespace {

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Columns read by tokenFromRow, in order.
const QString kTokenColumns = QStringLiteral(
    "SELECT t.id, t.name, t.scopes, t.created_at, t.expires_at, t.last_used_at, p.slug, t.project_role, u.username "
    "FROM api_tokens t JOIN users u ON u.id = t.user_id LEFT JOIN projects p ON p.id = t.project_id ");

shared::ApiToken tokenFromRow(const storage::ResultSet &rows, int row)
{
    shared::ApiToken token;
    token.id = rows.value(row, 0).toLongLong();
    token.name = rows.value(row, 1).toString();
    token.scopes = rows.value(row, 2).toString().split(u' ', Qt::SkipEmptyParts);
    token.createdAt = fromMs(rows.value(row, 3));
    token.expiresAt = fromMs(rows.value(row, 4));
    token.lastUsedAt = fromMs(rows.value(row, 5));
    if (!rows.value(row, 6).isNull()) {
        token.project = rows.value(row, 6).toString();
        token.role = rows.value(row, 7).toString();
        token.createdBy = rows.value(row, 8).toString();
    }
    return token;
}

} // namespace

QString ApiTokenRepository::conditionOf(const Owner &owner)
{
    return owner.kind == Owner::Kind::User ? QStringLiteral("t.user_id = ? AND t.project_id IS NULL")
                                           : QStringLiteral("t.project_id = ?");
}

qint64 ApiTokenRepository::insert(storage::Transaction &tx, const NewToken &token)
{
    return tx
        .exec(QStringLiteral("INSERT INTO api_tokens (user_id, name, token_hash, scopes, created_at, expires_at, "
                             "project_id, project_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
              {token.userId, token.name, token.hash, token.scopes.join(u' '), token.createdMs, token.expiresMs,
               token.projectId ? QVariant(*token.projectId) : QVariant(),
               token.projectId ? QVariant(token.projectRole) : QVariant()})
        .value(0, 0)
        .toLongLong();
}

qint64 ApiTokenRepository::activeCount(const Owner &owner)
{
    return m_database
        .query(QStringLiteral("SELECT COUNT(*) FROM api_tokens t WHERE ") + conditionOf(owner) +
                   QStringLiteral(" AND t.revoked_at IS NULL"),
               {owner.id})
        .value(0, 0)
        .toLongLong();
}

QList<shared::ApiToken> ApiTokenRepository::list(const Owner &owner, qint64 nowMs)
{
    const auto rows =
        m_database.query(kTokenColumns + QStringLiteral("WHERE ") + conditionOf(owner) +
                             QStringLiteral(" AND t.revoked_at IS NULL AND t.expires_at > ? ORDER BY t.id"),
                         {owner.id, nowMs});
    return rows.map([&rows](int row) { return tokenFromRow(rows, row); });
}

std::optional<shared::ApiToken> ApiTokenRepository::revoke(storage::Transaction &tx, const Owner &owner, qint64 id,
                                                           qint64 nowMs)
{
    const auto rows = tx.exec(kTokenColumns + QStringLiteral("WHERE t.id = ? AND ") + conditionOf(owner) +
                                  QStringLiteral(" AND t.revoked_at IS NULL"),
                              {id, owner.id});
    if (rows.isEmpty())
        return std::nullopt;
    tx.exec(QStringLiteral("UPDATE api_tokens SET revoked_at = ? WHERE id = ?"), {nowMs, id});
    return tokenFromRow(rows, 0);
}

std::optional<ApiTokenRepository::Bearer> ApiTokenRepository::findActive(const QString &hash, qint64 nowMs)
{
    const auto rows = m_database.query(
        QStringLiteral("SELECT t.id, t.scopes, t.last_used_at, u.id, u.username, u.is_admin, t.project_id, "
                       "t.project_role, u.is_auditor FROM api_tokens t JOIN users u ON u.id = t.user_id "
                       "WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ?"),
        {hash, nowMs});
    if (rows.isEmpty())
        return std::nullopt;
    Bearer bearer;
    bearer.tokenId = rows.value(0, 0).toLongLong();
    bearer.scopes = rows.value(0, 1).toString().split(u' ', Qt::SkipEmptyParts);
    bearer.lastUsedMs = rows.value(0, 2).toLongLong();
    bearer.userId = rows.value(0, 3).toLongLong();
    bearer.username = rows.value(0, 4).toString();
    bearer.isAdmin = rows.value(0, 5).toBool();
    if (!rows.value(0, 6).isNull())
        bearer.projectId = rows.value(0, 6).toLongLong();
    bearer.projectRole = rows.value(0, 7).toString();
    bearer.isAuditor = rows.value(0, 8).toBool();
    return bearer;
}

void ApiTokenRepository::touch(qint64 tokenId, qint64 nowMs)
{
    m_database.query(QStringLiteral("UPDATE api_tokens SET last_used_at = ? WHERE id = ?"), {nowMs, tokenId});
}

QList<ports::LiveToken> ApiTokenRepository::liveTokens(qint64 nowMs)
{
    const auto rows = m_database.query(
        QStringLiteral(
            "SELECT t.id, t.name, u.username, COALESCE(p.slug, ''), t.created_at, COALESCE(t.last_used_at, 0) "
            "FROM api_tokens t JOIN users u ON u.id = t.user_id LEFT JOIN projects p ON p.id = t.project_id "
            "WHERE t.revoked_at IS NULL AND t.expires_at > ? ORDER BY t.id"),
        {nowMs});
    return rows.map([&rows](int row) {
        return ports::LiveToken{rows.value(row, 0).toLongLong(), rows.value(row, 1).toString(),
                                rows.value(row, 2).toString(),   rows.value(row, 3).toString(),
                                rows.value(row, 4).toLongLong(), rows.value(row, 5).toLongLong()};
    });
}

} // namespace adp::server::auth
