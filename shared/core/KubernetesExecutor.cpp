#include "KubernetesExecutor.h"

#include "ApiTime.h"
#include "JsonFields.h"

namespace adp::shared {

namespace {

QJsonObject selectorJson(const QMap<QString, QString> &selector)
{
    QJsonObject object;
    for (auto it = selector.constBegin(); it != selector.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QMap<QString, QString> selectorOf(const QJsonObject &object)
{
    QMap<QString, QString> selector;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        selector.insert(it.key(), it.value().toString());
    return selector;
}

} // namespace

QJsonObject KubernetesExecutor::toJson() const
{
    return {{QStringLiteral("cluster_id"), clusterId},
            {QStringLiteral("cluster"), clusterName},
            {QStringLiteral("namespace"), namespaceName},
            {QStringLiteral("service_account"), serviceAccount},
            {QStringLiteral("node_selector"), selectorJson(nodeSelector)},
            {QStringLiteral("tolerations"), tolerations},
            {QStringLiteral("image"), image},
            {QStringLiteral("helper_image"), helperImage},
            {QStringLiteral("cpu_request"), cpuRequest},
            {QStringLiteral("cpu_limit"), cpuLimit},
            {QStringLiteral("memory_request"), memoryRequest},
            {QStringLiteral("memory_limit"), memoryLimit},
            {QStringLiteral("max_cpu"), maxCpu},
            {QStringLiteral("max_memory"), maxMemory},
            {QStringLiteral("updated_by"), updatedBy},
            {QStringLiteral("updated_at"), toApiTime(updatedAt)}};
}

std::optional<KubernetesExecutor> KubernetesExecutor::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("cluster_id")).isDouble())
        return std::nullopt;
    KubernetesExecutor executor;
    executor.clusterId = object.value(QStringLiteral("cluster_id")).toInteger();
    executor.clusterName = object.value(QStringLiteral("cluster")).toString();
    executor.namespaceName = object.value(QStringLiteral("namespace")).toString();
    executor.serviceAccount = object.value(QStringLiteral("service_account")).toString();
    executor.nodeSelector = selectorOf(object.value(QStringLiteral("node_selector")).toObject());
    executor.tolerations = object.value(QStringLiteral("tolerations")).toArray();
    executor.image = object.value(QStringLiteral("image")).toString();
    executor.helperImage = object.value(QStringLiteral("helper_image")).toString();
    executor.cpuRequest = object.value(QStringLiteral("cpu_request")).toString();
    executor.cpuLimit = object.value(QStringLiteral("cpu_limit")).toString();
    executor.memoryRequest = object.value(QStringLiteral("memory_request")).toString();
    executor.memoryLimit = object.value(QStringLiteral("memory_limit")).toString();
    executor.maxCpu = object.value(QStringLiteral("max_cpu")).toString();
    executor.maxMemory = object.value(QStringLiteral("max_memory")).toString();
    executor.updatedBy = object.value(QStringLiteral("updated_by")).toString();
    executor.updatedAt = fromApiTime(object.value(QStringLiteral("updated_at")).toString());
    return executor;
}

KubernetesExecutorFields KubernetesExecutorFields::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    KubernetesExecutorFields fields;
    fields.clusterId = reader.integer(QStringLiteral("cluster_id"));
    fields.namespaceName = reader.string(QStringLiteral("namespace"));
    fields.serviceAccount = reader.string(QStringLiteral("service_account"));
    const QJsonValue selector = reader.raw(QStringLiteral("node_selector"));
    if (!selector.isUndefined()) {
        const bool allStrings =
            selector.isObject() && std::all_of(selector.toObject().begin(), selector.toObject().end(),
                                               [](const QJsonValueConstRef &value) { return value.isString(); });
        if (allStrings)
            fields.nodeSelector = selectorOf(selector.toObject());
        else
            errors.append({QStringLiteral("node_selector"), QStringLiteral("invalid"),
                           QStringLiteral("must be an object of label: value strings")});
    }
    const QJsonValue tolerations = reader.raw(QStringLiteral("tolerations"));
    if (!tolerations.isUndefined()) {
        const bool allObjects =
            tolerations.isArray() && std::all_of(tolerations.toArray().begin(), tolerations.toArray().end(),
                                                 [](const QJsonValueConstRef &value) { return value.isObject(); });
        if (allObjects)
            fields.tolerations = tolerations.toArray();
        else
            errors.append({QStringLiteral("tolerations"), QStringLiteral("invalid"),
                           QStringLiteral("must be a list of tolerations as in a pod spec")});
    }
    fields.image = reader.string(QStringLiteral("image"));
    fields.helperImage = reader.string(QStringLiteral("helper_image"));
    fields.cpuRequest = reader.string(QStringLiteral("cpu_request"));
    fields.cpuLimit = reader.string(QStringLiteral("cpu_limit"));
    fields.memoryRequest = reader.string(QStringLiteral("memory_request"));
    fields.memoryLimit = reader.string(QStringLiteral("memory_limit"));
    fields.maxCpu = reader.string(QStringLiteral("max_cpu"));
    fields.maxMemory = reader.string(QStringLiteral("max_memory"));
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    return fields;
}

QJsonObject KubernetesExecutorFields::toJson() const
{
    QJsonObject object;
    const auto put = [&object](const char *key, const std::optional<QString> &value) {
        if (value)
            object.insert(QLatin1String(key), *value);
    };
    if (clusterId)
        object.insert(QStringLiteral("cluster_id"), *clusterId);
    put("namespace", namespaceName);
    put("service_account", serviceAccount);
    if (nodeSelector)
        object.insert(QStringLiteral("node_selector"), selectorJson(*nodeSelector));
    if (tolerations)
        object.insert(QStringLiteral("tolerations"), *tolerations);
    put("image", image);
    put("helper_image", helperImage);
    put("cpu_request", cpuRequest);
    put("cpu_limit", cpuLimit);
    put("memory_request", memoryRequest);
    put("memory_limit", memoryLimit);
    put("max_cpu", maxCpu);
    put("max_memory", maxMemory);
    return object;
}

} // namespace adp::shared
