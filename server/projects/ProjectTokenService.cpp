#include "ProjectTokenService.h"

namespace adp::server::projects {

using shared::ProjectRole;

namespace {
ports::TokenProject refOf(const ports::ProjectEntry &found)
{
    return {found.project.id, found.project.slug};
}
} // namespace

Outcome<QList<shared::ApiToken>> ProjectTokenService::list(const MutationContext &context, const QString &projectKey)
{
    const auto found = m_projects.authorize(context, projectKey, QStringLiteral("project.token.list"));
    if (!found.ok())
        return found.error();
    return m_tokens.listForProject(refOf(found.value()));
}

Outcome<ports::IssuedToken> ProjectTokenService::create(const MutationContext &context, const QString &projectKey,
                                                        const shared::ApiTokenRequest &request,
                                                        const shared::FieldErrors &invalid)
{
    ProjectRole callerRole = ProjectRole::None;
    const auto found = m_projects.authorize(context, projectKey, QStringLiteral("project.token.create"), &callerRole);
    if (!found.ok())
        return found.error();
    if (!invalid.isEmpty())
        return ServiceError::validation(invalid);
    if (request.role.isEmpty())
        return ServiceError::invalidField(QStringLiteral("role"), shared::fieldcodes::Required,
                                          QStringLiteral("is required for a project token: one of %1")
                                              .arg(shared::projectRoleNames().join(QStringLiteral(", "))));
    const auto role = shared::projectRoleFromString(request.role);
    if (!role || *role == ProjectRole::None)
        return ServiceError::invalidField(
            QStringLiteral("role"), shared::fieldcodes::InvalidValue,
            QStringLiteral("'%1' is not a role; use one of %2")
                .arg(request.role, shared::projectRoleNames().join(QStringLiteral(", "))));
    if (*role > callerRole)
        return ServiceError::invalidField(QStringLiteral("role"), shared::fieldcodes::InvalidValue,
                                          QStringLiteral("is above your own role in this project"));
    return m_tokens.createForProject(context, refOf(found.value()), request, *role);
}

Outcome<Unit> ProjectTokenService::revoke(const MutationContext &context, const QString &projectKey, qint64 tokenId)
{
    const auto found = m_projects.authorize(context, projectKey, QStringLiteral("project.token.revoke"));
    if (!found.ok())
        return found.error();
    return m_tokens.revokeInProject(context, refOf(found.value()), tokenId);
}

} // namespace adp::server::projects
