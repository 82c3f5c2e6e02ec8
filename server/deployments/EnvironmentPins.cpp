#include "EnvironmentPins.h"

#include "DeploymentRefusal.h"
#include "EnvironmentRuleService.h"

#include <climits>

namespace adp::server::deployments {

Outcome<shared::Deployment> EnvironmentPins::rollback(const MutationContext &context, const QString &projectKey,
                                                      qint64 iid)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("deployment.rollback"));
    if (!found.ok())
        return found.error();
    const qint64 projectId = found.value().project.id;
    const storage::Executor run = storage::executorOf(m.database);
    const auto target = DeploymentRepository::redeployable(run, projectId, iid);
    if (const auto refused = rollbackRefusal(context, projectId, iid, target)) {
        if (refused->kind == ServiceError::Kind::Forbidden)
            recordDeploymentRefusal(m.database, m.audit, context, QStringLiteral("deployment.rollback.refused"),
                                    projectId, iid, *refused);
        return *refused;
    }
    if (const auto refused = m.jobs.redeployJob(context, target->jobId, target->id))
        return *refused;
    const auto redeployed = DeploymentRepository::latestOfJob(run, target->jobId, INT_MAX);
    return *DeploymentRepository::deployment(run, projectId, redeployed ? redeployed->iid : iid);
}

ports::EnvironmentRollbacks::Result EnvironmentPins::rollBackAfterFailure(qint64 projectId, qint64 failedJobId,
                                                                          int attempt, const QString &reason)
{
    const storage::Executor run = storage::executorOf(m.database);
    const auto failed = DeploymentRepository::latestOfJob(run, failedJobId, attempt);
    if (!failed)
        return Impossible{QStringLiteral("the job made no deployment")};
    if (failed->status != u"failed")
        return failed->status == u"running" || failed->status == u"created"
                   ? Result(NotYet{})
                   : Impossible{QStringLiteral("the deployment is %1").arg(failed->status)};
    if (DeploymentRepository::isRollback(run, failed->id))
        return Impossible{QStringLiteral("the failed deployment #%1 was itself a rollback").arg(failed->iid)};
    const auto target = DeploymentRepository::lastSuccessBefore(run, failed->environmentId, failed->id);
    if (!target)
        return Impossible{QStringLiteral("%1 had no earlier successful deployment").arg(failed->environment)};
    // The server acts, as for a person's rollback: the environment is pinned to what it redeploys.
    const MutationContext context =
        MutationContext::system(QStringLiteral("adp (automatic rollback)"),
                                QStringLiteral("auto-rollback-%1-%2").arg(failedJobId).arg(attempt));
    if (const auto refused = m.jobs.redeployJob(context, target->jobId, target->id))
        return Impossible{refused->message};
    const auto redeployed = DeploymentRepository::latestOfJob(run, target->jobId, INT_MAX);
    storage::Transaction tx(m.database);
    m.audit.record(tx, context,
                   {QStringLiteral("environment.rolled_back_automatically"),
                    QStringLiteral("environment"),
                    QString::number(failed->environmentId),
                    {},
                    QJsonObject{{QStringLiteral("project"), projectId},
                                {QStringLiteral("environment"), failed->environment},
                                {QStringLiteral("failed_deployment"), failed->iid},
                                {QStringLiteral("redeployed"), target->iid},
                                {QStringLiteral("reason"), reason}}});
    tx.commit();
    return RolledBack{redeployed ? redeployed->iid : 0, target->iid};
}

std::optional<ServiceError>
EnvironmentPins::rollbackRefusal(const MutationContext &context, qint64 projectId, qint64 iid,
                                 const std::optional<DeploymentRepository::Redeployable> &target)
{
    if (!target)
        return ServiceError::notFound(QStringLiteral("Deployment"));
    if (target->status != u"success")
        return ServiceError::conflict(
            QStringLiteral("Deployment #%1 did not succeed (it is %2): only a successful deployment can be redeployed")
                .arg(iid)
                .arg(target->status));
    const storage::Executor run = storage::executorOf(m.database);
    if (EnvironmentRuleService::isProtected(run, projectId, target->environment, QStringLiteral("deploy")) &&
        !EnvironmentRuleService::mayActOn(run, context.actor, projectId, target->environment, QStringLiteral("deploy")))
        return ServiceError::forbidden(QStringLiteral("No deploy rule of %1 names you").arg(target->environment));
    return std::nullopt;
}

Outcome<shared::Environment> EnvironmentPins::unpin(const MutationContext &context, const QString &projectKey,
                                                    const QString &environmentKey)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("environment.unpin"));
    if (!found.ok())
        return found.error();
    const qint64 projectId = found.value().project.id;
    const storage::Executor run = storage::executorOf(m.database);
    const auto id = DeploymentRepository::environmentIdOf(run, projectId, environmentKey);
    const auto environment = id ? DeploymentRepository::environment(run, projectId, *id) : std::nullopt;
    if (!environment)
        return ServiceError::notFound(QStringLiteral("Environment"));
    {
        storage::Transaction tx(m.database);
        if (!DeploymentRepository::unpin(tx, *id))
            return ServiceError::conflict(QStringLiteral("%1 is not pinned").arg(environment->name));
        m.audit.record(tx, context,
                       {QStringLiteral("environment.unpinned"),
                        QStringLiteral("environment"),
                        QString::number(*id),
                        {},
                        QJsonObject{{QStringLiteral("project"), projectId},
                                    {QStringLiteral("environment"), environment->name},
                                    {QStringLiteral("reason"), QStringLiteral("unpinned by hand")}}});
        tx.commit();
    }
    resumeHeld(*id);
    return *DeploymentRepository::environment(run, projectId, *id);
}

void EnvironmentPins::resumeHeld(qint64 environmentId)
{
    for (const DeploymentRepository::Held &held :
         DeploymentRepository::heldByPin(storage::executorOf(m.database), environmentId))
        m.jobs.resumeDeployJob(held.jobId, held.deployer);
}

void EnvironmentPins::tidy()
{
    for (const qint64 environmentId :
         DeploymentRepository::unpinnedWithHeldJobs(storage::executorOf(m.database), kTidyBatch))
        resumeHeld(environmentId);
}

} // namespace adp::server::deployments
