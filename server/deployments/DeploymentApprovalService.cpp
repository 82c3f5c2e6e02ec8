#include "DeploymentApprovalService.h"

#include "DeployFreezeRepository.h"
#include "DeploymentRefusal.h"
#include "access/AccessResolver.h"
#include "shared/core/TextRules.h"

namespace adp::server::deployments {

std::optional<ServiceError>
DeploymentApprovalService::refusal(const storage::Executor &run, const MutationContext &context, qint64 projectId,
                                   qint64 iid, const std::optional<DeploymentRepository::ToDecide> &deployment)
{
    if (!deployment)
        return ServiceError::notFound(QStringLiteral("Deployment"));
    if (deployment->status != u"blocked")
        return ServiceError::conflict(
            QStringLiteral("Deployment #%1 is not waiting for approval (it is %2)").arg(iid).arg(deployment->status));
    if (!m_policy.mayApprove(run, projectId, deployment->environment, context.actor.userId))
        return ServiceError::forbidden(QStringLiteral("No approve rule of %1 names you").arg(deployment->environment));
    if (context.actor.userId == deployment->triggeredBy &&
        !DeployFreezeRepository::settingFor(run, projectId, deployment->environment).allowSelfApproval)
        return ServiceError::forbidden(QStringLiteral(
            "Whoever started a deployment may not approve it (the environment's settings do not allow self-approval)"));
    for (const DeploymentRepository::Approval &given : DeploymentRepository::approvals(run, deployment->id)) {
        if (given.userId == context.actor.userId)
            return ServiceError::conflict(
                QStringLiteral("You have already %1 deployment #%2").arg(given.status).arg(iid));
    }
    return std::nullopt;
}

Outcome<shared::Deployment> DeploymentApprovalService::decide(const MutationContext &context, const QString &projectKey,
                                                              qint64 iid, Decision decision, const QString &comment)
{
    const bool approve = decision == Decision::Approve;
    const auto found = m.projects.authorize(
        context, projectKey, approve ? QStringLiteral("deployment.approve") : QStringLiteral("deployment.reject"));
    if (!found.ok())
        return found.error();
    if (comment.size() > kCommentMax)
        return ServiceError::invalidField(QStringLiteral("comment"), shared::fieldcodes::TooLong,
                                          QStringLiteral("must be at most %1 characters").arg(kCommentMax));
    if (shared::textrules::hasControlCharacters(comment, true))
        return ServiceError::invalidField(QStringLiteral("comment"), shared::fieldcodes::InvalidFormat,
                                          QStringLiteral("must not contain control characters"));
    const qint64 projectId = found.value().project.id;
    DeploymentRepository::ToDecide deployment;
    {
        storage::Transaction tx(m.database);
        const auto locked = DeploymentRepository::lockForDecision(tx, projectId, iid);
        if (const auto refused = refusal(storage::executorOf(tx), context, projectId, iid, locked)) {
            tx.rollback();
            if (refused->kind == ServiceError::Kind::Forbidden)
                recordDeploymentRefusal(m.database, m.audit, context, QStringLiteral("deployment.approval.refused"),
                                        projectId, iid, *refused);
            return *refused;
        }
        deployment = *locked;
        const QString status = approve ? QStringLiteral("approved") : QStringLiteral("rejected");
        DeploymentRepository::insertApproval(
            tx, deployment.id, {context.actor.userId, context.actor.username, status, comment, m.clock.nowMs()});
        m.audit.record(tx, context,
                       {approve ? QStringLiteral("deployment.approved") : QStringLiteral("deployment.rejected"),
                        QStringLiteral("deployment"),
                        QString::number(deployment.id),
                        {},
                        QJsonObject{{QStringLiteral("project"), projectId},
                                    {QStringLiteral("iid"), iid},
                                    {QStringLiteral("environment"), deployment.environment},
                                    {QStringLiteral("comment"), comment}}});
        tx.commit();
    }
    m.jobs.resumeDeployJob(deployment.jobId, deployment.triggeredBy);
    return *DeploymentRepository::deployment(storage::executorOf(m.database), projectId, iid);
}

Outcome<QList<shared::Deployment>> DeploymentApprovalService::waitingFor(const MutationContext &context, int limit)
{
    const storage::Executor run = storage::executorOf(m.database);
    QList<shared::Deployment> waiting;
    for (const DeploymentRepository::Blocked &blocked : DeploymentRepository::blocked(run)) {
        const auto access = access::AccessResolver::project(run, context.actor, blocked.projectId);
        if (!access || !access->visible || refusal(run, context, blocked.projectId, blocked.iid, blocked.deployment))
            continue;
        if (auto deployment = DeploymentRepository::deployment(run, blocked.projectId, blocked.iid)) {
            deployment->project = blocked.projectSlug;
            waiting.append(*deployment);
        }
        if (waiting.size() == limit)
            break;
    }
    return waiting;
}

} // namespace adp::server::deployments
