#include "Authorizer.h"

#include "Permissions.h"

namespace adp::server::access {

namespace {
// The one decision for both kinds of resource: missing or hidden is NotFound
// (named `what`), too low a role is a recorded refusal.
template <typename Access>
Outcome<Access> decided(const Authorizer &authorizer, const MutationContext &context,
                        const std::optional<Access> &access, const QString &action, const QString &what,
                        const QString &targetType, qint64 targetId, const QString &roleName)
{
    if (!access)
        return ServiceError::notFound(what);
    switch (Permissions::decide(action, static_cast<int>(access->role), access->visible)) {
    case Permissions::Decision::Allowed:
        return *access;
    case Permissions::Decision::Hidden:
        return ServiceError::notFound(what);
    case Permissions::Decision::Refused:
        break;
    }
    return authorizer.deny(
        context, action, targetType, QString::number(targetId),
        QStringLiteral("Your role in this %1 (%2) may not do this (%3)").arg(targetType, roleName, action));
}

Outcome<OrganisationAccess> decidedOrganisation(const Authorizer &authorizer, const MutationContext &context,
                                                const std::optional<OrganisationAccess> &access, const QString &action)
{
    return decided(authorizer, context, access, action, QStringLiteral("Organisation"), QStringLiteral("organisation"),
                   access ? access->organisationId : 0,
                   access ? shared::organisationRoleToString(access->role) : QString());
}
} // namespace

Outcome<ProjectAccess> Authorizer::project(const MutationContext &context, qint64 projectId,
                                           const QString &action) const
{
    const auto access = AccessResolver::project(storage::executorOf(m_database), context.actor, projectId);
    return decided(*this, context, access, action, QStringLiteral("Project"), QStringLiteral("project"), projectId,
                   access ? shared::projectRoleToString(access->role) : QString());
}

Outcome<OrganisationAccess> Authorizer::organisation(const MutationContext &context, qint64 organisationId,
                                                     const QString &action) const
{
    return decidedOrganisation(
        *this, context, AccessResolver::organisation(storage::executorOf(m_database), context.actor, organisationId),
        action);
}

Outcome<OrganisationAccess> Authorizer::organisationNamed(const MutationContext &context, const QString &key,
                                                          const QString &action) const
{
    return decidedOrganisation(
        *this, context, AccessResolver::organisationNamed(storage::executorOf(m_database), context.actor, key), action);
}

void Authorizer::recordDenied(const MutationContext &context, const QString &action, const QString &targetType,
                              const QString &targetId) const
{
    storage::Transaction tx(m_database);
    m_audit.record(tx, context,
                   {QStringLiteral("permission.denied"),
                    targetType,
                    targetId,
                    {},
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
