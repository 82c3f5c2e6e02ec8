#include "Authorizer.h"

#include "auth/Permissions.h"

namespace adp::server::access {

using auth::Permissions;

Outcome<ProjectAccess> Authorizer::project(const MutationContext &context, qint64 projectId, const QString &action) const
{
    const auto access = AccessResolver::project(storage::executorOf(m_database), context.actor, projectId);
    if (!access)
        return ServiceError::notFound(QStringLiteral("Project"));
    switch (Permissions::decide(action, static_cast<int>(access->role), access->visible)) {
    case Permissions::Decision::Allowed: return *access;
    case Permissions::Decision::Hidden: return ServiceError::notFound(QStringLiteral("Project"));
    case Permissions::Decision::Refused: break;
    }
    return deny(context, action, QStringLiteral("project"), QString::number(projectId),
                QStringLiteral("Your role in this project (%1) may not do this (%2)")
                    .arg(shared::projectRoleToString(access->role), action));
}

Outcome<OrganisationAccess> Authorizer::organisation(const MutationContext &context, qint64 organisationId,
                                                     const QString &action) const
{
    const auto access = AccessResolver::organisation(storage::executorOf(m_database), context.actor, organisationId);
    if (!access)
        return ServiceError::notFound(QStringLiteral("Organisation"));
    switch (Permissions::decide(action, static_cast<int>(access->role), access->visible)) {
    case Permissions::Decision::Allowed: return *access;
    case Permissions::Decision::Hidden: return ServiceError::notFound(QStringLiteral("Organisation"));
    case Permissions::Decision::Refused: break;
    }
    return deny(context, action, QStringLiteral("organisation"), QString::number(organisationId),
                QStringLiteral("Your role in this organisation (%1) may not do this (%2)")
                    .arg(shared::organisationRoleToString(access->role), action));
}

void Authorizer::recordDenied(const MutationContext &context, const QString &action, const QString &targetType,
                              const QString &targetId) const
{
    storage::Transaction tx(m_database);
    m_audit.record(tx, context, {QStringLiteral("permission.denied"), targetType, targetId, {},
                                 QJsonObject{{QStringLiteral("action"), action}}});
    tx.commit();
}

ServiceError Authorizer::deny(const MutationContext &context, const QString &action, const QString &targetType,
                              const QString &targetId, const QString &message) const
{
    recordDenied(context, action, targetType, targetId);
    return ServiceError::forbidden(message);
}

} // namespace adp::server::access
