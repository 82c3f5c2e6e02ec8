#include "FreezeHolds.h"

#include "DeployFreezeService.h"
#include "storage/Transaction.h"

namespace adp::server::deployments {

Outcome<shared::Deployment> FreezeHolds::overrideFreeze(const MutationContext &context, const QString &projectKey,
                                                        qint64 iid)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("deployment.freeze_override"));
    if (!found.ok())
        return found.error();
    const qint64 projectId = found.value().project.id;
    DeploymentRepository::ToDecide deployment;
    {
        storage::Transaction tx(m.database);
        const auto locked = DeploymentRepository::lockForDecision(tx, projectId, iid);
        if (!locked)
            return ServiceError::notFound(QStringLiteral("Deployment"));
        if (!DeployFreezeRepository::isHeld(storage::executorOf(tx), locked->id))
            return ServiceError::conflict(
                QStringLiteral("Deployment #%1 is not waiting for a deploy freeze to end").arg(iid));
        deployment = *locked;
        DeploymentRepository::markFreezeOverridden(tx, deployment.id, context.actor.userId);
        m.audit.record(tx, context,
                       {QStringLiteral("deployment.freeze_overridden"),
                        QStringLiteral("deployment"),
                        QString::number(deployment.id),
                        {},
                        QJsonObject{{QStringLiteral("project"), projectId},
                                    {QStringLiteral("iid"), iid},
                                    {QStringLiteral("environment"), deployment.environment}}});
        tx.commit();
    }
    m.jobs.resumeDeployJob(deployment.jobId, deployment.triggeredBy);
    return *DeploymentRepository::deployment(storage::executorOf(m.database), projectId, iid);
}

void FreezeHolds::tidy()
{
    const storage::Executor run = storage::executorOf(m.database);
    const QDateTime now = m.clock.now();
    QHash<qint64, bool> frozenProjects;
    for (const DeployFreezeRepository::Held &held : DeployFreezeRepository::heldByFreeze(run, kTidyBatch)) {
        auto frozen = frozenProjects.constFind(held.projectId);
        if (frozen == frozenProjects.constEnd())
            frozen = frozenProjects.insert(held.projectId,
                                           DeployFreezeService::activeFreeze(run, held.projectId, now).has_value());
        const bool stillHeld =
            *frozen && DeployFreezeRepository::settingFor(run, held.projectId, held.environment).hardFreeze;
        if (!stillHeld)
            m.jobs.resumeDeployJob(held.jobId, held.deployer);
    }
}

} // namespace adp::server::deployments
