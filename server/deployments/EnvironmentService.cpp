#include "EnvironmentService.h"

namespace adp::server::deployments {

const QStringList &EnvironmentService::statuses()
{
    static const QStringList known{QStringLiteral("created"), QStringLiteral("blocked"), QStringLiteral("running"),
                                   QStringLiteral("success"), QStringLiteral("failed"),  QStringLiteral("canceled"),
                                   QStringLiteral("skipped")};
    return known;
}

std::optional<shared::Environment> EnvironmentService::find(qint64 projectId, const QString &environmentKey)
{
    const storage::Executor run = storage::executorOf(m.database);
    const auto id = DeploymentRepository::environmentIdOf(run, projectId, environmentKey);
    return id ? DeploymentRepository::environment(run, projectId, *id) : std::nullopt;
}

Outcome<QList<shared::Environment>> EnvironmentService::list(const MutationContext &context, const QString &projectKey)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("environment.list"));
    if (!found.ok())
        return found.error();
    return DeploymentRepository::environments(storage::executorOf(m.database), found.value().project.id);
}

Outcome<shared::Environment> EnvironmentService::get(const MutationContext &context, const QString &projectKey,
                                                     const QString &environmentKey)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("environment.read"));
    if (!found.ok())
        return found.error();
    const auto environment = find(found.value().project.id, environmentKey);
    if (!environment)
        return ServiceError::notFound(QStringLiteral("Environment"));
    return *environment;
}

Outcome<EnvironmentService::Page>
EnvironmentService::deployments(const MutationContext &context, const QString &projectKey, const DeploymentQuery &query)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("deployment.list"));
    if (!found.ok())
        return found.error();
    const qint64 projectId = found.value().project.id;
    DeploymentRepository::Query select{projectId, 0, query.status, query.beforeId, query.limit + 1};
    if (!query.environment.isEmpty()) {
        const auto environment = find(projectId, query.environment);
        if (!environment)
            return ServiceError::invalidField(QStringLiteral("environment"), shared::fieldcodes::InvalidValue,
                                              QStringLiteral("is not an environment of this project"));
        select.environmentId = environment->id;
    }
    Page page;
    page.items = DeploymentRepository::deployments(storage::executorOf(m.database), select);
    if (page.items.size() > query.limit) {
        page.items.resize(query.limit);
        page.nextCursor = QString::number(page.items.constLast().id);
    }
    return page;
}

Outcome<shared::Deployment> EnvironmentService::deployment(const MutationContext &context, const QString &projectKey,
                                                           qint64 iid)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("deployment.read"));
    if (!found.ok())
        return found.error();
    const auto deployment =
        DeploymentRepository::deployment(storage::executorOf(m.database), found.value().project.id, iid);
    if (!deployment)
        return ServiceError::notFound(QStringLiteral("Deployment"));
    return *deployment;
}

} // namespace adp::server::deployments
