#include "KubernetesTarget.h"

#include "ApiTime.h"
#include "JsonFields.h"

#include <QJsonArray>

namespace adp::shared {

QJsonObject KubernetesTarget::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("environment"), environment},
            {QStringLiteral("cluster_id"), clusterId},
            {QStringLiteral("cluster"), clusterName},
            {QStringLiteral("namespace"), namespaceName},
            {QStringLiteral("manifest_path"), manifestPath},
            {QStringLiteral("auto_rollback"), autoRollback},
            {QStringLiteral("force_conflicts"), forceConflicts},
            {QStringLiteral("service_account"), serviceAccount},
            {QStringLiteral("updated_by"), updatedBy},
            {QStringLiteral("updated_at"), toApiTime(updatedAt)}};
}

std::optional<KubernetesTarget> KubernetesTarget::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("id")).isDouble())
        return std::nullopt;
    KubernetesTarget target;
    target.id = object.value(QStringLiteral("id")).toInteger();
    target.environment = object.value(QStringLiteral("environment")).toString();
    target.clusterId = object.value(QStringLiteral("cluster_id")).toInteger();
    target.clusterName = object.value(QStringLiteral("cluster")).toString();
    target.namespaceName = object.value(QStringLiteral("namespace")).toString();
    target.manifestPath = object.value(QStringLiteral("manifest_path")).toString();
    target.autoRollback = object.value(QStringLiteral("auto_rollback")).toBool();
    target.forceConflicts = object.value(QStringLiteral("force_conflicts")).toBool();
    target.serviceAccount = object.value(QStringLiteral("service_account")).toString();
    target.updatedBy = object.value(QStringLiteral("updated_by")).toString();
    target.updatedAt = fromApiTime(object.value(QStringLiteral("updated_at")).toString());
    return target;
}

KubernetesTargetFields KubernetesTargetFields::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    KubernetesTargetFields fields;
    fields.environment = reader.string(QStringLiteral("environment"));
    fields.clusterId = reader.integer(QStringLiteral("cluster_id"));
    fields.namespaceName = reader.string(QStringLiteral("namespace"));
    fields.manifestPath = reader.string(QStringLiteral("manifest_path"));
    fields.autoRollback = reader.boolean(QStringLiteral("auto_rollback"));
    fields.forceConflicts = reader.boolean(QStringLiteral("force_conflicts"));
    fields.serviceAccount = reader.string(QStringLiteral("service_account"));
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    return fields;
}

QJsonObject KubernetesTargetFields::toJson() const
{
    QJsonObject object;
    if (environment)
        object.insert(QStringLiteral("environment"), *environment);
    if (clusterId)
        object.insert(QStringLiteral("cluster_id"), *clusterId);
    if (namespaceName)
        object.insert(QStringLiteral("namespace"), *namespaceName);
    if (manifestPath)
        object.insert(QStringLiteral("manifest_path"), *manifestPath);
    if (autoRollback)
        object.insert(QStringLiteral("auto_rollback"), *autoRollback);
    if (forceConflicts)
        object.insert(QStringLiteral("force_conflicts"), *forceConflicts);
    if (serviceAccount)
        object.insert(QStringLiteral("service_account"), *serviceAccount);
    return object;
}

QJsonObject KubernetesDrift::toJson() const
{
    QJsonArray list;
    for (const Object &object : objects) {
        QJsonArray fields;
        for (const Field &field : object.fields)
            fields.append(
                QJsonObject{{QStringLiteral("field"), field.field}, {QStringLiteral("manager"), field.manager}});
        list.append(QJsonObject{{QStringLiteral("apiVersion"), object.apiVersion},
                                {QStringLiteral("kind"), object.kind},
                                {QStringLiteral("namespace"), object.namespaceName},
                                {QStringLiteral("name"), object.name},
                                {QStringLiteral("missing"), object.missing},
                                {QStringLiteral("error"), object.error},
                                {QStringLiteral("fields"), fields}});
    }
    return {{QStringLiteral("environment"), environment},
            {QStringLiteral("rollout_id"), rolloutId},
            {QStringLiteral("drifted"), drifted},
            {QStringLiteral("objects"), list},
            {QStringLiteral("checked_at"), toApiTime(checkedAt)}};
}

std::optional<KubernetesDrift> KubernetesDrift::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("drifted")).isBool())
        return std::nullopt;
    KubernetesDrift drift;
    drift.environment = object.value(QStringLiteral("environment")).toString();
    drift.rolloutId = object.value(QStringLiteral("rollout_id")).toInteger();
    drift.drifted = object.value(QStringLiteral("drifted")).toBool();
    for (const QJsonValue &value : object.value(QStringLiteral("objects")).toArray()) {
        const QJsonObject item = value.toObject();
        Object entry{item.value(QStringLiteral("apiVersion")).toString(),
                     item.value(QStringLiteral("kind")).toString(),
                     item.value(QStringLiteral("namespace")).toString(),
                     item.value(QStringLiteral("name")).toString(),
                     item.value(QStringLiteral("missing")).toBool(),
                     item.value(QStringLiteral("error")).toString(),
                     {}};
        for (const QJsonValue &field : item.value(QStringLiteral("fields")).toArray())
            entry.fields.append({field.toObject().value(QStringLiteral("field")).toString(),
                                 field.toObject().value(QStringLiteral("manager")).toString()});
        drift.objects.append(entry);
    }
    drift.checkedAt = fromApiTime(object.value(QStringLiteral("checked_at")).toString());
    return drift;
}

QJsonObject KubernetesRollout::toJson() const
{
    QJsonArray list;
    for (const RolloutObject &object : objects)
        list.append(QJsonObject{{QStringLiteral("apiVersion"), object.apiVersion},
                                {QStringLiteral("kind"), object.kind},
                                {QStringLiteral("namespace"), object.namespaceName},
                                {QStringLiteral("name"), object.name},
                                {QStringLiteral("health"), object.health},
                                {QStringLiteral("message"), object.message}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("environment"), environment},
            {QStringLiteral("job_id"), jobId},
            {QStringLiteral("job_attempt"), jobAttempt},
            {QStringLiteral("sha"), sha},
            {QStringLiteral("cluster"), clusterName},
            {QStringLiteral("namespace"), namespaceName},
            {QStringLiteral("status"), status},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("objects"), list},
            {QStringLiteral("rollback"), rollback},
            {QStringLiteral("drift"), drift ? QJsonValue(drift->toJson()) : QJsonValue()},
            {QStringLiteral("started_at"), toApiTime(startedAt)},
            {QStringLiteral("finished_at"), finishedAt.isValid() ? QJsonValue(toApiTime(finishedAt)) : QJsonValue()}};
}

std::optional<KubernetesRollout> KubernetesRollout::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("id")).isDouble())
        return std::nullopt;
    KubernetesRollout rollout;
    rollout.id = object.value(QStringLiteral("id")).toInteger();
    rollout.environment = object.value(QStringLiteral("environment")).toString();
    rollout.jobId = object.value(QStringLiteral("job_id")).toInteger();
    rollout.jobAttempt = object.value(QStringLiteral("job_attempt")).toInt(1);
    rollout.sha = object.value(QStringLiteral("sha")).toString();
    rollout.clusterName = object.value(QStringLiteral("cluster")).toString();
    rollout.namespaceName = object.value(QStringLiteral("namespace")).toString();
    rollout.status = object.value(QStringLiteral("status")).toString();
    rollout.reason = object.value(QStringLiteral("reason")).toString();
    for (const QJsonValue &value : object.value(QStringLiteral("objects")).toArray()) {
        const QJsonObject item = value.toObject();
        rollout.objects.append(
            {item.value(QStringLiteral("apiVersion")).toString(), item.value(QStringLiteral("kind")).toString(),
             item.value(QStringLiteral("namespace")).toString(), item.value(QStringLiteral("name")).toString(),
             item.value(QStringLiteral("health")).toString(), item.value(QStringLiteral("message")).toString()});
    }
    rollout.rollback = object.value(QStringLiteral("rollback")).toString();
    rollout.drift = KubernetesDrift::fromJson(object.value(QStringLiteral("drift")).toObject());
    rollout.startedAt = fromApiTime(object.value(QStringLiteral("started_at")).toString());
    rollout.finishedAt = fromApiTime(object.value(QStringLiteral("finished_at")).toString());
    return rollout;
}

} // namespace adp::shared
