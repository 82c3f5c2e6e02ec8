#include "ProjectGuard.h"

namespace adp::server::access {

Outcome<ports::ProjectEntry> ProjectGuard::authorize(const MutationContext &context, const QString &key,
                                                     const QString &action, shared::ProjectRole *role) const
{
    const auto found = m_projects.find(key);
    if (!found)
        return ServiceError::notFound(QStringLiteral("Project"));
    const auto access = m_authorizer.project(context, found->project.id, action);
    if (!access.ok())
        return access.error();
    if (role)
        *role = access.value().role;
    return *found;
}

Outcome<qint64> ProjectGuard::authorizeWithin(const MutationContext &context, std::optional<qint64> projectId,
                                              const QString &action, const QString &what,
                                              shared::ProjectRole *role) const
{
    if (!projectId)
        return ServiceError::notFound(what);
    const auto found = authorize(context, QString::number(*projectId), action, role);
    if (!found.ok())
        return found.error().kind == ServiceError::Kind::NotFound ? ServiceError::notFound(what) : found.error();
    return *projectId;
}

Outcome<shared::Project> ProjectGuard::read(const MutationContext &context, const QString &key) const
{
    shared::ProjectRole role = shared::ProjectRole::None;
    const auto found = authorize(context, key, QStringLiteral("project.read"), &role);
    if (!found.ok())
        return found.error();
    shared::Project project = found.value().project;
    project.myRole = role;
    return project;
}

} // namespace adp::server::access
