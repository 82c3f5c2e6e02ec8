#include "EnvironmentStopper.h"

#include <spdlog/spdlog.h>

namespace adp::server::deployments {

Outcome<shared::Environment> EnvironmentStopper::stop(const MutationContext &context, const QString &projectKey,
                                                      const QString &environmentKey)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("environment.stop"));
    if (!found.ok())
        return found.error();
    const qint64 projectId = found.value().project.id;
    const storage::Executor run = storage::executorOf(m.database);
    const auto id = DeploymentRepository::environmentIdOf(run, projectId, environmentKey);
    if (!id)
        return ServiceError::notFound(QStringLiteral("Environment"));
    if (const auto refused = stopOne(context, projectId, *id))
        return *refused;
    return *DeploymentRepository::environment(run, projectId, *id);
}

std::optional<ServiceError> EnvironmentStopper::stopOne(const MutationContext &context, qint64 projectId,
                                                        qint64 environmentId)
{
    const auto environment = DeploymentRepository::toStop(storage::executorOf(m.database), projectId, environmentId);
    if (!environment)
        return ServiceError::notFound(QStringLiteral("Environment"));
    if (environment->state != u"available")
        return ServiceError::conflict(QStringLiteral("%1 is %2 already").arg(environment->name, environment->state));
    if (environment->stopJobId > 0) {
        const auto refused = m.jobs.playJob(context, environment->stopJobId);
        // A stop job that cannot be played any more (it ran, or its pipeline was canceled) leaves
        // nothing to run: the environment is stopped at once. Any other refusal stands.
        if (!refused)
            return std::nullopt;
        if (refused->kind != ServiceError::Kind::Conflict)
            return refused;
    }
    storage::Transaction tx(m.database);
    if (!DeploymentRepository::markStopped(tx, environment->id, m.clock.nowMs()))
        return ServiceError::conflict(QStringLiteral("%1 is stopped already").arg(environment->name));
    m.audit.record(tx, context,
                   {QStringLiteral("environment.stopped"),
                    QStringLiteral("environment"),
                    QString::number(environment->id),
                    {},
                    QJsonObject{{QStringLiteral("project"), projectId}, {QStringLiteral("name"), environment->name}}});
    tx.commit();
    return std::nullopt;
}

void EnvironmentStopper::tidy()
{
    const auto context =
        MutationContext::system(QStringLiteral("auto_stop_in"), QStringLiteral("environment-auto-stop"));
    for (const DeploymentRepository::Due &due :
         DeploymentRepository::dueToStop(storage::executorOf(m.database), m.clock.nowMs(), kDueBatch)) {
        if (const auto refused = stopOne(context, due.projectId, due.environmentId))
            spdlog::warn("environment {} could not stop by itself: {}", due.environmentId,
                         refused->message.toStdString());
    }
}

} // namespace adp::server::deployments
