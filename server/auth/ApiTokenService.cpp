#include "ApiTokenService.h"

#include "crypto/PasswordHasher.h"
#include "storage/Transaction.h"

namespace adp::server::auth {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kLastUsedResolutionMs = 60 * 1000; // write last_used_at at most once a minute
constexpr int kMaxTokensPerOwner = 100;             // per user, and per project

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

Outcome<ApiTokenService::Created> ApiTokenService::create(const MutationContext &context,
                                                          const shared::ApiTokenRequest &request)
{
    if (!request.role.isEmpty())
        return ServiceError::invalidField(QStringLiteral("role"), shared::fieldcodes::InvalidValue,
                                          QStringLiteral("only project tokens have a role"));
    const auto count =
        m_database.query(QStringLiteral("SELECT COUNT(*) FROM api_tokens WHERE user_id = ? AND project_id IS NULL "
                                        "AND revoked_at IS NULL"),
                         {context.actor.userId});
    if (count.value(0, 0).toLongLong() >= kMaxTokensPerOwner)
        return ServiceError::conflict(
            QStringLiteral("You have %1 active tokens; revoke some first").arg(kMaxTokensPerOwner));
    return insert(context, request, nullptr, shared::ProjectRole::None);
}

Outcome<ApiTokenService::Created> ApiTokenService::createForProject(const MutationContext &context,
                                                                    const ProjectRef &project,
                                                                    const shared::ApiTokenRequest &request,
                                                                    shared::ProjectRole role)
{
    const auto count = m_database.query(
        QStringLiteral("SELECT COUNT(*) FROM api_tokens WHERE project_id = ? AND revoked_at IS NULL"), {project.id});
    if (count.value(0, 0).toLongLong() >= kMaxTokensPerOwner)
        return ServiceError::conflict(
            QStringLiteral("This project has %1 active tokens; revoke some first").arg(kMaxTokensPerOwner));
    return insert(context, request, &project, role);
}

Outcome<ApiTokenService::Created> ApiTokenService::insert(const MutationContext &context,
                                                          const shared::ApiTokenRequest &request,
                                                          const ProjectRef *project, shared::ProjectRole role)
{
    Created created;
    created.secret = QString::fromLatin1(kPrefix) + crypto::Secrets::randomToken(30);
    const qint64 now = m_clock.nowMs();
    const qint64 expires = now + qint64(request.expiresInDays) * kDayMs;
    const QString roleName = project ? shared::projectRoleToString(role) : QString();
    storage::Transaction tx(m_database);
    const auto rows = tx.exec(
        QStringLiteral("INSERT INTO api_tokens (user_id, name, token_hash, scopes, created_at, expires_at, "
                       "project_id, project_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {context.actor.userId, request.name, crypto::Secrets::tokenHash(created.secret), request.scopes.join(u' '), now,
         expires, project ? QVariant(project->id) : QVariant(), project ? QVariant(roleName) : QVariant()});
    created.token.id = rows.value(0, 0).toLongLong();
    created.token.name = request.name;
    created.token.scopes = request.scopes;
    created.token.createdAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    created.token.expiresAt = QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC);
    if (project) {
        created.token.project = project->slug;
        created.token.role = roleName;
        created.token.createdBy = context.actor.username;
    }
    m_audit.record(tx, context,
                   {QStringLiteral("token.created"),
                    QStringLiteral("api_token"),
                    QString::number(created.token.id),
                    {},
                    created.token.toJson()});
    tx.commit();
    return created;
}

QList<shared::ApiToken> ApiTokenService::select(const QString &condition, qint64 owner)
{
    const auto rows =
        m_database.query(kTokenColumns + QStringLiteral("WHERE ") + condition +
                             QStringLiteral(" AND t.revoked_at IS NULL AND t.expires_at > ? ORDER BY t.id"),
                         {owner, m_clock.nowMs()});
    QList<shared::ApiToken> tokens;
    for (int row = 0; row < rows.size(); ++row)
        tokens.append(tokenFromRow(rows, row));
    return tokens;
}

Outcome<QList<shared::ApiToken>> ApiTokenService::list(const MutationContext &context)
{
    return select(QStringLiteral("t.user_id = ? AND t.project_id IS NULL"), context.actor.userId);
}

QList<shared::ApiToken> ApiTokenService::listForProject(const ProjectRef &project)
{
    return select(QStringLiteral("t.project_id = ?"), project.id);
}

Outcome<Unit> ApiTokenService::revoke(const MutationContext &context, qint64 id)
{
    // Someone else's token, or a project's, is not found here either.
    return revokeWhere(context, id, QStringLiteral("t.user_id = ? AND t.project_id IS NULL"), context.actor.userId);
}

Outcome<Unit> ApiTokenService::revokeInProject(const MutationContext &context, const ProjectRef &project, qint64 id)
{
    return revokeWhere(context, id, QStringLiteral("t.project_id = ?"), project.id);
}

Outcome<Unit> ApiTokenService::revokeWhere(const MutationContext &context, qint64 id, const QString &condition,
                                           qint64 owner)
{
    storage::Transaction tx(m_database);
    const auto rows = tx.exec(kTokenColumns + QStringLiteral("WHERE t.id = ? AND ") + condition +
                                  QStringLiteral(" AND t.revoked_at IS NULL"),
                              {id, owner});
    if (rows.isEmpty())
        return ServiceError::notFound(QStringLiteral("Token"));
    tx.exec(QStringLiteral("UPDATE api_tokens SET revoked_at = ? WHERE id = ?"), {m_clock.nowMs(), id});
    m_audit.record(tx, context,
                   {QStringLiteral("token.revoked"),
                    QStringLiteral("api_token"),
                    QString::number(id),
                    tokenFromRow(rows, 0).toJson(),
                    {}});
    tx.commit();
    return Unit{};
}

std::optional<Actor> ApiTokenService::authenticate(const QString &secret)
{
    if (!looksLikeToken(secret) || secret.size() > 128)
        return std::nullopt;
    const qint64 now = m_clock.nowMs();
    const auto rows = m_database.query(
        QStringLiteral(
            "SELECT t.id, t.scopes, t.last_used_at, u.id, u.username, u.is_admin, t.project_id, t.project_role, u.is_auditor "
            "FROM api_tokens t "
            "JOIN users u ON u.id = t.user_id WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ?"),
        {crypto::Secrets::tokenHash(secret), now});
    if (rows.isEmpty())
        return std::nullopt;
    const qint64 tokenId = rows.value(0, 0).toLongLong();
    if (now - rows.value(0, 2).toLongLong() > kLastUsedResolutionMs)
        m_database.query(QStringLiteral("UPDATE api_tokens SET last_used_at = ? WHERE id = ?"), {now, tokenId});
    Actor actor;
    actor.userId = rows.value(0, 3).toLongLong();
    actor.username = rows.value(0, 4).toString();
    actor.isAdmin = rows.value(0, 5).toBool();
    actor.isAuditor = rows.value(0, 8).toBool();
    actor.scopes = rows.value(0, 1).toString().split(u' ', Qt::SkipEmptyParts);
    actor.tokenId = tokenId;
    actor.sessionId = QStringLiteral("token:%1").arg(tokenId);
    if (!rows.value(0, 6).isNull()) {
        // A project token is nobody's administrator or auditor, whoever created it.
        actor.isAdmin = false;
        actor.isAuditor = false;
        actor.projectLimit = rows.value(0, 6).toLongLong();
        actor.projectRoleCap =
            int(shared::projectRoleFromString(rows.value(0, 7).toString()).value_or(shared::ProjectRole::None));
    }
    return actor;
}

} // namespace adp::server::auth
