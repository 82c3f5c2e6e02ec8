#include "ApiTokenService.h"

#include "crypto/PasswordHasher.h"
#include "storage/Transaction.h"

namespace adp::server::auth {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kLastUsedResolutionMs = 60 * 1000; // write last_used_at at most once a minute
constexpr int kMaxTokensPerOwner = 100;             // per user, and per project

ApiTokenRepository::Owner personalOf(const MutationContext &context)
{
    return {ApiTokenRepository::Owner::Kind::User, context.actor.userId};
}

ApiTokenRepository::Owner ownerOf(const ApiTokenService::ProjectRef &project)
{
    return {ApiTokenRepository::Owner::Kind::Project, project.id};
}

} // namespace

Outcome<ApiTokenService::Created> ApiTokenService::create(const MutationContext &context,
                                                          const shared::ApiTokenRequest &request)
{
    if (!request.role.isEmpty())
        return ServiceError::invalidField(QStringLiteral("role"), shared::fieldcodes::InvalidValue,
                                          QStringLiteral("only project tokens have a role"));
    if (m_tokens.activeCount(personalOf(context)) >= kMaxTokensPerOwner)
        return ServiceError::conflict(
            QStringLiteral("You have %1 active tokens; revoke some first").arg(kMaxTokensPerOwner));
    return insert(context, request, nullptr, shared::ProjectRole::None);
}

Outcome<ApiTokenService::Created> ApiTokenService::createForProject(const MutationContext &context,
                                                                    const ProjectRef &project,
                                                                    const shared::ApiTokenRequest &request,
                                                                    shared::ProjectRole role)
{
    if (m_tokens.activeCount(ownerOf(project)) >= kMaxTokensPerOwner)
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
    created.token.id = m_tokens.insert(tx, {context.actor.userId, request.name,
                                            crypto::Secrets::tokenHash(created.secret), request.scopes, now, expires,
                                            project ? std::optional<qint64>(project->id) : std::nullopt, roleName});
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

Outcome<QList<shared::ApiToken>> ApiTokenService::list(const MutationContext &context)
{
    return m_tokens.list(personalOf(context), m_clock.nowMs());
}

QList<shared::ApiToken> ApiTokenService::listForProject(const ProjectRef &project)
{
    return m_tokens.list(ownerOf(project), m_clock.nowMs());
}

Outcome<Unit> ApiTokenService::revoke(const MutationContext &context, qint64 id)
{
    // Someone else's token, or a project's, is not found here either.
    return revokeOf(context, personalOf(context), id);
}

Outcome<Unit> ApiTokenService::revokeInProject(const MutationContext &context, const ProjectRef &project, qint64 id)
{
    return revokeOf(context, ownerOf(project), id);
}

Outcome<Unit> ApiTokenService::revokeOf(const MutationContext &context, const ApiTokenRepository::Owner &owner,
                                        qint64 id)
{
    storage::Transaction tx(m_database);
    const auto revoked = m_tokens.revoke(tx, owner, id, m_clock.nowMs());
    if (!revoked)
        return ServiceError::notFound(QStringLiteral("Token"));
    m_audit.record(
        tx, context,
        {QStringLiteral("token.revoked"), QStringLiteral("api_token"), QString::number(id), revoked->toJson(), {}});
    tx.commit();
    return Unit{};
}

std::optional<Actor> ApiTokenService::authenticate(const QString &secret)
{
    if (!looksLikeToken(secret) || secret.size() > 128)
        return std::nullopt;
    const qint64 now = m_clock.nowMs();
    const auto bearer = m_tokens.findActive(crypto::Secrets::tokenHash(secret), now);
    if (!bearer)
        return std::nullopt;
    if (now - bearer->lastUsedMs > kLastUsedResolutionMs)
        m_tokens.touch(bearer->tokenId, now);
    Actor actor;
    actor.userId = bearer->userId;
    actor.username = bearer->username;
    actor.isAdmin = bearer->isAdmin;
    actor.isAuditor = bearer->isAuditor;
    actor.scopes = bearer->scopes;
    actor.tokenId = bearer->tokenId;
    actor.sessionId = QStringLiteral("token:%1").arg(bearer->tokenId);
    if (bearer->projectId) {
        // A project token is nobody's administrator or auditor, whoever created it.
        actor.isAdmin = false;
        actor.isAuditor = false;
        actor.projectLimit = *bearer->projectId;
        actor.projectRoleCap =
            int(shared::projectRoleFromString(bearer->projectRole).value_or(shared::ProjectRole::None));
    }
    return actor;
}

} // namespace adp::server::auth
