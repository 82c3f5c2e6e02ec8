#include "Deployment.h"

#include "ApiTime.h"

#include <QJsonArray>

namespace adp::shared {

QJsonObject DeploymentApproval::toJson() const
{
    return {{QStringLiteral("user"), user},
            {QStringLiteral("status"), status},
            {QStringLiteral("comment"), comment},
            {QStringLiteral("created_at"), toApiTime(createdAt)}};
}

DeploymentApproval DeploymentApproval::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("user")).toString(), object.value(QStringLiteral("status")).toString(),
            object.value(QStringLiteral("comment")).toString(),
            fromApiTime(object.value(QStringLiteral("created_at")).toString())};
}

QJsonObject Deployment::toJson() const
{
    QJsonArray decisions;
    for (const DeploymentApproval &approval : approvals)
        decisions.append(approval.toJson());
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("iid"), iid},
                       {QStringLiteral("environment"), environment},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("status_reason"), statusReason},
                       {QStringLiteral("ref"), ref},
                       {QStringLiteral("tag"), isTag},
                       {QStringLiteral("sha"), sha},
                       {QStringLiteral("url"), url},
                       {QStringLiteral("pipeline_id"), pipelineId},
                       {QStringLiteral("job_id"), jobId},
                       {QStringLiteral("job_name"), jobName},
                       {QStringLiteral("job_attempt"), jobAttempt},
                       {QStringLiteral("triggered_by"), triggeredBy.isEmpty() ? QJsonValue() : QJsonValue(triggeredBy)},
                       {QStringLiteral("created_at"), toApiTime(createdAt)},
                       {QStringLiteral("started_at"), apiTimeOrNull(startedAt)},
                       {QStringLiteral("finished_at"), apiTimeOrNull(finishedAt)},
                       {QStringLiteral("approvals"), decisions},
                       {QStringLiteral("rollback_of"), rollbackOf > 0 ? QJsonValue(rollbackOf) : QJsonValue()}};
    if (!project.isEmpty())
        object.insert(QStringLiteral("project"), project);
    return object;
}

std::optional<Deployment> Deployment::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("id")).isDouble() || !object.value(QStringLiteral("iid")).isDouble())
        return std::nullopt;
    Deployment deployment;
    deployment.id = object.value(QStringLiteral("id")).toInteger();
    deployment.iid = object.value(QStringLiteral("iid")).toInteger();
    deployment.environment = object.value(QStringLiteral("environment")).toString();
    deployment.status = object.value(QStringLiteral("status")).toString();
    deployment.statusReason = object.value(QStringLiteral("status_reason")).toString();
    deployment.ref = object.value(QStringLiteral("ref")).toString();
    deployment.isTag = object.value(QStringLiteral("tag")).toBool();
    deployment.sha = object.value(QStringLiteral("sha")).toString();
    deployment.url = object.value(QStringLiteral("url")).toString();
    deployment.pipelineId = object.value(QStringLiteral("pipeline_id")).toInteger();
    deployment.jobId = object.value(QStringLiteral("job_id")).toInteger();
    deployment.jobName = object.value(QStringLiteral("job_name")).toString();
    deployment.jobAttempt = object.value(QStringLiteral("job_attempt")).toInt(1);
    deployment.triggeredBy = object.value(QStringLiteral("triggered_by")).toString();
    deployment.createdAt = fromApiTime(object.value(QStringLiteral("created_at")).toString());
    deployment.startedAt = fromApiTime(object.value(QStringLiteral("started_at")).toString());
    deployment.finishedAt = fromApiTime(object.value(QStringLiteral("finished_at")).toString());
    for (const QJsonValue &approval : object.value(QStringLiteral("approvals")).toArray())
        deployment.approvals.append(DeploymentApproval::fromJson(approval.toObject()));
    deployment.rollbackOf = object.value(QStringLiteral("rollback_of")).toInteger();
    deployment.project = object.value(QStringLiteral("project")).toString();
    return deployment;
}

qint64 Deployment::durationSeconds() const
{
    if (!startedAt.isValid() || !finishedAt.isValid())
        return -1;
    return startedAt.secsTo(finishedAt);
}

QJsonObject Environment::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("slug"), slug},
        {QStringLiteral("folder"), folder.isEmpty() ? QJsonValue() : QJsonValue(folder)},
        {QStringLiteral("tier"), tier},
        {QStringLiteral("external_url"), externalUrl},
        {QStringLiteral("state"), state},
        {QStringLiteral("has_stop_job"), hasStopJob},
        {QStringLiteral("auto_stop_at"), apiTimeOrNull(autoStopAt)},
        {QStringLiteral("created_at"), toApiTime(createdAt)},
        {QStringLiteral("updated_at"), toApiTime(updatedAt)},
        {QStringLiteral("last_deployment"), lastDeployment ? QJsonValue(lastDeployment->toJson()) : QJsonValue()},
        {QStringLiteral("latest_deployment"), latestDeployment ? QJsonValue(latestDeployment->toJson()) : QJsonValue()},
        {QStringLiteral("pinned"), pinnedDeployment > 0
                                       ? QJsonValue(QJsonObject{{QStringLiteral("deployment"), pinnedDeployment},
                                                                {QStringLiteral("by"), pinnedBy},
                                                                {QStringLiteral("at"), apiTimeOrNull(pinnedAt)}})
                                       : QJsonValue()}};
}

std::optional<Environment> Environment::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("id")).isDouble() || !object.value(QStringLiteral("name")).isString())
        return std::nullopt;
    Environment environment;
    environment.id = object.value(QStringLiteral("id")).toInteger();
    environment.name = object.value(QStringLiteral("name")).toString();
    environment.slug = object.value(QStringLiteral("slug")).toString();
    environment.folder = object.value(QStringLiteral("folder")).toString();
    environment.tier = object.value(QStringLiteral("tier")).toString();
    environment.externalUrl = object.value(QStringLiteral("external_url")).toString();
    environment.state = object.value(QStringLiteral("state")).toString();
    environment.hasStopJob = object.value(QStringLiteral("has_stop_job")).toBool();
    environment.autoStopAt = fromApiTime(object.value(QStringLiteral("auto_stop_at")).toString());
    environment.createdAt = fromApiTime(object.value(QStringLiteral("created_at")).toString());
    environment.updatedAt = fromApiTime(object.value(QStringLiteral("updated_at")).toString());
    if (object.value(QStringLiteral("last_deployment")).isObject())
        environment.lastDeployment = Deployment::fromJson(object.value(QStringLiteral("last_deployment")).toObject());
    if (object.value(QStringLiteral("latest_deployment")).isObject())
        environment.latestDeployment =
            Deployment::fromJson(object.value(QStringLiteral("latest_deployment")).toObject());
    const QJsonObject pinned = object.value(QStringLiteral("pinned")).toObject();
    environment.pinnedDeployment = pinned.value(QStringLiteral("deployment")).toInteger();
    environment.pinnedBy = pinned.value(QStringLiteral("by")).toString();
    environment.pinnedAt = fromApiTime(pinned.value(QStringLiteral("at")).toString());
    return environment;
}

} // namespace adp::shared
