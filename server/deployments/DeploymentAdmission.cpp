#include "DeploymentAdmission.h"

#include "DeployFreezeService.h"
#include "EnvironmentRuleService.h"
#include "shared/pipeline/DefinitionParser.h"
#include "shared/pipeline/EnvironmentName.h"

namespace adp::server::deployments {

namespace {

QString text(const QJsonObject &environment, const char *key)
{
    return environment.value(QLatin1String(key)).toString();
}

} // namespace

void DeploymentAdmission::pipelineStored(storage::Transaction &tx, const ports::PipelineWithDeployJobs &pipeline)
{
    for (const ports::DeployJob &job : pipeline.jobs) {
        const QString name = text(job.environment, "name");
        const qint64 environmentId = DeploymentRepository::ensureEnvironment(
            tx, {pipeline.projectId, name, text(job.environment, "slug"), pipeline::EnvironmentName::folderOf(name),
                 text(job.environment, "tier"), pipeline.nowMs});
        if (text(job.environment, "action") != u"start")
            continue;
        const QString onStop = text(job.environment, "on_stop");
        DeploymentRepository::insertDeployment(
            tx, {pipeline.projectId, environmentId, pipeline.pipelineId, job.id, job.name, job.attempt, pipeline.ref,
                 pipeline.isTag, pipeline.sha, text(job.environment, "url"),
                 onStop.isEmpty() ? 0 : pipeline.jobIds.value(onStop),
                 pipeline::DefinitionParser::durationSeconds(text(job.environment, "auto_stop_in")).value_or(0) * 1000,
                 pipeline.triggeredBy, pipeline.nowMs});
    }
}

ports::DeployVerdict DeploymentAdmission::admit(storage::Transaction &tx, const ports::DeployJobStart &start)
{
    if (const auto refused = refusal(tx, start)) {
        recordRefusal(tx, start, refused->reason);
        return *refused;
    }
    if (text(start.job.environment, "action") != u"start")
        return {};
    const auto deployment = deploymentFor(tx, start.job);
    if (!deployment)
        return {};
    const bool rollback = start.job.rollbackOf > 0; // redeploys an older version on purpose
    if (!rollback &&
        DeploymentRepository::newerSucceeded(storage::executorOf(tx), deployment->environmentId, start.pipelineId))
        return {ports::DeployVerdict::Kind::Skip,
                QStringLiteral("outdated deployment: a deployment of a newer pipeline to %1 has succeeded")
                    .arg(deployment->environment)};
    if (const auto pinned = pinning(tx, start, *deployment))
        return *pinned;
    if (const auto frozen = freezing(tx, start, *deployment))
        return *frozen;
    if (start.startedBy > 0)
        DeploymentRepository::setDeployer(tx, deployment->id, start.startedBy);
    const ApprovalPolicy::Standing approvals =
        m_approvals.standing(storage::executorOf(tx), start.projectId, deployment->environment,
                             DeploymentRepository::approvals(storage::executorOf(tx), deployment->id));
    if (approvals.rejection)
        return {ports::DeployVerdict::Kind::Fail,
                QStringLiteral("deployment rejected by %1%2")
                    .arg(approvals.rejection->username, approvals.rejection->comment.isEmpty()
                                                            ? QString()
                                                            : QStringLiteral(": ") + approvals.rejection->comment)};
    if (approvals.required && !approvals.satisfied) {
        DeploymentRepository::setWaiting(tx, deployment->id, QStringLiteral("waiting for approval"));
        return {ports::DeployVerdict::Kind::Wait, QStringLiteral("approval")};
    }
    return {};
}

std::optional<ports::DeployVerdict> DeploymentAdmission::refusal(storage::Transaction &tx,
                                                                 const ports::DeployJobStart &start)
{
    const QString environment = text(start.job.environment, "name");
    const storage::Executor run = storage::executorOf(tx);
    if (!EnvironmentRuleService::isProtected(run, start.projectId, environment, QStringLiteral("deploy")))
        return std::nullopt; // the role table decided already: whoever could run the pipeline
    const std::optional<ports::UserEntry> user = start.startedBy > 0 ? m.users.userById(start.startedBy) : std::nullopt;
    if (user && EnvironmentRuleService::mayActOn(run, ports::actorOf(*user), start.projectId, environment,
                                                 QStringLiteral("deploy")))
        return std::nullopt;
    return ports::DeployVerdict{
        ports::DeployVerdict::Kind::Fail,
        QStringLiteral("protected environment: %1 may not deploy to %2")
            .arg(user ? user->username : QStringLiteral("a pipeline nobody started"), environment)};
}

std::optional<DeploymentRepository::Stored> DeploymentAdmission::deploymentFor(storage::Transaction &tx,
                                                                               const ports::DeployJob &job)
{
    auto stored = DeploymentRepository::latestOfJob(storage::executorOf(tx), job.id, job.attempt);
    if (!stored || stored->jobAttempt == job.attempt)
        return stored;
    DeploymentRepository::NewDeployment again = stored->asNew;
    again.jobAttempt = job.attempt;
    again.nowMs = m.clock.nowMs();
    DeploymentRepository::insertDeployment(tx, again);
    return DeploymentRepository::latestOfJob(storage::executorOf(tx), job.id, job.attempt);
}

std::optional<ports::DeployVerdict> DeploymentAdmission::pinning(storage::Transaction &tx,
                                                                 const ports::DeployJobStart &start,
                                                                 const DeploymentRepository::Stored &deployment)
{
    const storage::Executor run = storage::executorOf(tx);
    if (start.job.rollbackOf > 0) {
        const auto target = DeploymentRepository::redeployableById(run, start.job.rollbackOf);
        if (!target || target->status != u"success" || target->environmentId != deployment.environmentId)
            return ports::DeployVerdict{
                ports::DeployVerdict::Kind::Fail,
                QStringLiteral("rollback: the deployment to redeploy is no successful deployment to %1")
                    .arg(deployment.environment)};
        DeploymentRepository::setRollbackOf(tx, deployment.id, target->id);
        if (DeploymentRepository::pin(tx, deployment.environmentId, deployment.id, start.startedBy, start.nowMs))
            record(tx, start, QStringLiteral("environment.pinned"), QStringLiteral("environment"),
                   deployment.environmentId,
                   {{QStringLiteral("environment"), deployment.environment},
                    {QStringLiteral("deployment"), deployment.iid},
                    {QStringLiteral("rollback_of"), target->iid}});
        return std::nullopt;
    }
    const std::optional<DeploymentRepository::Pin> pin = DeploymentRepository::pinOf(run, deployment.environmentId);
    if (!pin || pin->deploymentId == deployment.id)
        return std::nullopt;
    if (start.onPurpose) {
        if (DeploymentRepository::unpin(tx, deployment.environmentId))
            record(
                tx, start, QStringLiteral("environment.unpinned"), QStringLiteral("environment"),
                deployment.environmentId,
                {{QStringLiteral("environment"), deployment.environment},
                 {QStringLiteral("reason"), QStringLiteral("deployment #%1 deployed on purpose").arg(deployment.iid)}});
        return std::nullopt;
    }
    DeploymentRepository::setHeld(tx, deployment.id,
                                  QStringLiteral("%1 is pinned to deployment #%2 by a rollback: unpin it or deploy "
                                                 "on purpose")
                                      .arg(deployment.environment)
                                      .arg(pin->iid));
    return ports::DeployVerdict{ports::DeployVerdict::Kind::Wait, QString::fromLatin1(DeploymentRepository::kPinWait)};
}

bool DeploymentAdmission::inDeployFreeze(const storage::Executor &run, qint64 projectId, qint64 atMs)
{
    return DeployFreezeService::activeFreeze(run, projectId, QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC)).has_value();
}

std::optional<ports::DeployVerdict> DeploymentAdmission::freezing(storage::Transaction &tx,
                                                                  const ports::DeployJobStart &start,
                                                                  const DeploymentRepository::Stored &deployment)
{
    const storage::Executor run = storage::executorOf(tx);
    if (!DeployFreezeRepository::settingFor(run, start.projectId, deployment.environment).hardFreeze)
        return std::nullopt;
    const auto freeze =
        DeployFreezeService::activeFreeze(run, start.projectId, QDateTime::fromMSecsSinceEpoch(start.nowMs, Qt::UTC));
    if (!freeze || DeployFreezeRepository::isOverridden(run, deployment.id))
        return std::nullopt;
    const QString reason =
        QStringLiteral("deploy freeze: %1 has a hard freeze and freeze window %2 holds until %3; "
                       "it deploys then, or now if a maintainer overrides the freeze")
            .arg(deployment.environment)
            .arg(freeze->windowId)
            .arg(freeze->until.isValid() ? freeze->until.toString(Qt::ISODate) : QStringLiteral("it is removed"));
    DeploymentRepository::setHeld(tx, deployment.id, reason);
    record(tx, start, QStringLiteral("deployment.frozen"), QStringLiteral("job"), start.job.id,
           {{QStringLiteral("environment"), deployment.environment},
            {QStringLiteral("deployment"), deployment.iid},
            {QStringLiteral("freeze_window"), freeze->windowId}});
    return ports::DeployVerdict{ports::DeployVerdict::Kind::Wait,
                                QString::fromLatin1(DeployFreezeRepository::kFreezeWait)};
}

void DeploymentAdmission::recordRefusal(storage::Transaction &tx, const ports::DeployJobStart &start,
                                        const QString &reason)
{
    record(tx, start, QStringLiteral("deployment.refused"), QStringLiteral("job"), start.job.id,
           {{QStringLiteral("environment"), text(start.job.environment, "name")},
            {QStringLiteral("pipeline"), start.pipelineId},
            {QStringLiteral("reason"), reason}});
}

void DeploymentAdmission::record(storage::Transaction &tx, const ports::DeployJobStart &start, const QString &action,
                                 const QString &targetType, qint64 targetId, const QJsonObject &details)
{
    const std::optional<ports::UserEntry> user = start.startedBy > 0 ? m.users.userById(start.startedBy) : std::nullopt;
    MutationContext context = MutationContext::system(user ? user->username : QStringLiteral("adp-server"),
                                                      QStringLiteral("deploy-%1").arg(start.job.id));
    context.actor.userId = user ? user->id : 0;
    context.actor.isAdmin = user && user->isAdmin;
    m.audit.record(tx, context, {action, targetType, QString::number(targetId), {}, details});
}

} // namespace adp::server::deployments
