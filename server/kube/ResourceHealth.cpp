#include "ResourceHealth.h"

#include <QJsonArray>

namespace adp::server::kube {

namespace {

using State = ResourceHealth::State;

QJsonObject conditionOf(const QJsonObject &status, const QString &type)
{
    for (const QJsonValue &value : status.value(QLatin1String("conditions")).toArray()) {
        if (value.toObject().value(QLatin1String("type")).toString() == type)
            return value.toObject();
    }
    return {};
}

qint64 integer(const QJsonObject &object, const char *key, qint64 fallback = 0)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? value.toInteger() : fallback;
}

// A controller that has not looked at the newest spec yet says nothing about it.
bool observed(const QJsonObject &object)
{
    const qint64 generation = integer(object.value(QLatin1String("metadata")).toObject(), "generation");
    return integer(object.value(QLatin1String("status")).toObject(), "observedGeneration") >= generation;
}

ResourceHealth deployment(const QJsonObject &object)
{
    const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    const QJsonObject status = object.value(QLatin1String("status")).toObject();
    if (spec.value(QLatin1String("paused")).toBool())
        return {State::Suspended, QStringLiteral("Deployment is paused")};
    if (!observed(object))
        return {State::Progressing,
                QStringLiteral(
                    "Waiting for rollout to finish: observed deployment generation less than desired generation")};
    const QJsonObject progressing = conditionOf(status, QStringLiteral("Progressing"));
    if (progressing.value(QLatin1String("reason")).toString() == QLatin1String("ProgressDeadlineExceeded"))
        return {State::Degraded,
                QStringLiteral("Deployment \"%1\" exceeded its progress deadline")
                    .arg(object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString())};
    const qint64 replicas = integer(spec, "replicas", 1);
    const qint64 updated = integer(status, "updatedReplicas");
    const qint64 total = integer(status, "replicas");
    const qint64 available = integer(status, "availableReplicas");
    if (updated < replicas)
        return {State::Progressing,
                QStringLiteral("Waiting for rollout to finish: %1 out of %2 new replicas have been updated...")
                    .arg(updated)
                    .arg(replicas)};
    if (total > updated)
        return {State::Progressing,
                QStringLiteral("Waiting for rollout to finish: %1 old replicas are pending termination...")
                    .arg(total - updated)};
    if (available < updated)
        return {State::Progressing,
                QStringLiteral("Waiting for rollout to finish: %1 of %2 updated replicas are available...")
                    .arg(available)
                    .arg(updated)};
    return {State::Healthy, {}};
}

ResourceHealth replicaSet(const QJsonObject &object)
{
    const QJsonObject status = object.value(QLatin1String("status")).toObject();
    const QJsonObject failure = conditionOf(status, QStringLiteral("ReplicaFailure"));
    if (failure.value(QLatin1String("status")).toString() == QLatin1String("True"))
        return {State::Degraded, failure.value(QLatin1String("message")).toString()};
    if (!observed(object))
        return {State::Progressing,
                QStringLiteral(
                    "Waiting for rollout to finish: observed replica set generation less than desired generation")};
    const qint64 replicas = integer(object.value(QLatin1String("spec")).toObject(), "replicas", 1);
    const qint64 available = integer(status, "availableReplicas");
    if (available < replicas)
        return {State::Progressing,
                QStringLiteral("Waiting for rollout to finish: %1 out of %2 new replicas are available...")
                    .arg(available)
                    .arg(replicas)};
    return {State::Healthy, {}};
}

ResourceHealth statefulSet(const QJsonObject &object)
{
    const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    const QJsonObject status = object.value(QLatin1String("status")).toObject();
    if (integer(status, "observedGeneration") == 0 || !observed(object))
        return {State::Progressing, QStringLiteral("Waiting for statefulset spec update to be observed...")};
    const qint64 replicas = integer(spec, "replicas", 1);
    const qint64 ready = integer(status, "readyReplicas");
    if (ready < replicas)
        return {State::Progressing, QStringLiteral("Waiting for %1 pods to be ready...").arg(replicas - ready)};
    const QJsonObject strategy = spec.value(QLatin1String("updateStrategy")).toObject();
    if (strategy.value(QLatin1String("type")).toString() == QLatin1String("OnDelete"))
        return {State::Healthy, QStringLiteral("statefulset has %1 ready pods").arg(ready)};
    const qint64 partition = integer(strategy.value(QLatin1String("rollingUpdate")).toObject(), "partition");
    if (partition > 0) {
        const qint64 updated = integer(status, "updatedReplicas");
        if (updated < replicas - partition)
            return {
                State::Progressing,
                QStringLiteral("Waiting for partitioned roll out to finish: %1 out of %2 new pods have been updated...")
                    .arg(updated)
                    .arg(replicas - partition)};
        return {State::Healthy,
                QStringLiteral("partitioned roll out complete: %1 new pods have been updated...").arg(updated)};
    }
    if (status.value(QLatin1String("updateRevision")).toString() !=
        status.value(QLatin1String("currentRevision")).toString())
        return {State::Progressing,
                QStringLiteral("waiting for statefulset rolling update to complete %1 pods at revision %2...")
                    .arg(integer(status, "updatedReplicas"))
                    .arg(status.value(QLatin1String("updateRevision")).toString())};
    return {State::Healthy, QStringLiteral("statefulset rolling update complete %1 pods at revision %2...")
                                .arg(integer(status, "currentReplicas"))
                                .arg(status.value(QLatin1String("currentRevision")).toString())};
}

ResourceHealth daemonSet(const QJsonObject &object)
{
    const QJsonObject status = object.value(QLatin1String("status")).toObject();
    if (!observed(object))
        return {State::Progressing,
                QStringLiteral(
                    "Waiting for rollout to finish: observed daemon set generation less than desired generation")};
    const qint64 desired = integer(status, "desiredNumberScheduled");
    const qint64 updated = integer(status, "updatedNumberScheduled");
    const qint64 available = integer(status, "numberAvailable");
    if (updated < desired)
        return {State::Progressing,
                QStringLiteral("Waiting for daemon set rollout to finish: %1 out of %2 new pods have been updated...")
                    .arg(updated)
                    .arg(desired)};
    if (available < desired)
        return {State::Progressing,
                QStringLiteral("Waiting for daemon set rollout to finish: %1 of %2 updated pods are available...")
                    .arg(available)
                    .arg(desired)};
    return {State::Healthy, {}};
}

ResourceHealth job(const QJsonObject &object)
{
    const QJsonObject status = object.value(QLatin1String("status")).toObject();
    for (const QJsonValue &value : status.value(QLatin1String("conditions")).toArray()) {
        const QJsonObject condition = value.toObject();
        if (condition.value(QLatin1String("status")).toString() != QLatin1String("True"))
            continue;
        const QString type = condition.value(QLatin1String("type")).toString();
        if (type == QLatin1String("Failed"))
            return {State::Degraded, condition.value(QLatin1String("message")).toString()};
        if (type == QLatin1String("Complete"))
            return {State::Healthy, condition.value(QLatin1String("message")).toString()};
    }
    if (object.value(QLatin1String("spec")).toObject().value(QLatin1String("suspend")).toBool())
        return {State::Suspended, QStringLiteral("Job is suspended")};
    return {State::Progressing, QStringLiteral("Job is running")};
}

ResourceHealth pod(const QJsonObject &object)
{
    static const QStringList failing{QStringLiteral("ErrImagePull"),
                                     QStringLiteral("ImagePullBackOff"),
                                     QStringLiteral("CrashLoopBackOff"),
                                     QStringLiteral("InvalidImageName"),
                                     QStringLiteral("CreateContainerConfigError"),
                                     QStringLiteral("CreateContainerError"),
                                     QStringLiteral("RunContainerError")};
    const QJsonObject status = object.value(QLatin1String("status")).toObject();
    for (const QJsonValue &value : status.value(QLatin1String("containerStatuses")).toArray()) {
        const QJsonObject waiting =
            value.toObject().value(QLatin1String("state")).toObject().value(QLatin1String("waiting")).toObject();
        const QString reason = waiting.value(QLatin1String("reason")).toString();
        if (failing.contains(reason))
            return {State::Degraded,
                    QStringLiteral("%1: %2").arg(reason, waiting.value(QLatin1String("message")).toString())};
    }
    const QString phase = status.value(QLatin1String("phase")).toString();
    if (phase == QLatin1String("Succeeded"))
        return {State::Healthy, status.value(QLatin1String("message")).toString()};
    if (phase == QLatin1String("Failed"))
        return {State::Degraded, status.value(QLatin1String("message")).toString()};
    if (phase == QLatin1String("Unknown"))
        return {State::Degraded, QStringLiteral("the pod's node stopped answering")};
    if (phase == QLatin1String("Running")) {
        const QJsonObject ready = conditionOf(status, QStringLiteral("Ready"));
        if (ready.value(QLatin1String("status")).toString() == QLatin1String("True"))
            return {State::Healthy, {}};
        return {State::Progressing, QStringLiteral("the pod is running but not ready")};
    }
    return {State::Progressing, status.value(QLatin1String("message")).toString()};
}

ResourceHealth loadBalanced(const QJsonObject &object, bool always)
{
    const QJsonArray ingress = object.value(QLatin1String("status"))
                                   .toObject()
                                   .value(QLatin1String("loadBalancer"))
                                   .toObject()
                                   .value(QLatin1String("ingress"))
                                   .toArray();
    if (always || !ingress.isEmpty())
        return {State::Healthy, {}};
    return {State::Progressing, QStringLiteral("Waiting for the load balancer's address")};
}

ResourceHealth claim(const QJsonObject &object)
{
    const QString phase = object.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString();
    if (phase == QLatin1String("Lost"))
        return {State::Degraded, QStringLiteral("the claim lost its volume")};
    if (phase == QLatin1String("Pending"))
        return {State::Progressing, QStringLiteral("Waiting for a volume")};
    return {State::Healthy, {}};
}

} // namespace

ResourceHealth ResourceHealth::of(const QJsonObject &object)
{
    const QString kind = object.value(QLatin1String("kind")).toString();
    const QString apiVersion = object.value(QLatin1String("apiVersion")).toString();
    const QString group = apiVersion.contains(u'/') ? apiVersion.section(u'/', 0, 0) : QString();
    if (group == QLatin1String("apps") && kind == QLatin1String("Deployment"))
        return deployment(object);
    if (group == QLatin1String("apps") && kind == QLatin1String("ReplicaSet"))
        return replicaSet(object);
    if (group == QLatin1String("apps") && kind == QLatin1String("StatefulSet"))
        return statefulSet(object);
    if (group == QLatin1String("apps") && kind == QLatin1String("DaemonSet"))
        return daemonSet(object);
    if (group == QLatin1String("batch") && kind == QLatin1String("Job"))
        return job(object);
    if (group.isEmpty() && kind == QLatin1String("Pod"))
        return pod(object);
    if (group.isEmpty() && kind == QLatin1String("Service"))
        return loadBalanced(object,
                            object.value(QLatin1String("spec")).toObject().value(QLatin1String("type")).toString() !=
                                QLatin1String("LoadBalancer"));
    if (group == QLatin1String("networking.k8s.io") && kind == QLatin1String("Ingress"))
        return loadBalanced(object, false);
    if (group.isEmpty() && kind == QLatin1String("PersistentVolumeClaim"))
        return claim(object);
    return {State::Healthy, {}}; // ConfigMaps, Secrets, RBAC and the rest are healthy once there
}

QString ResourceHealth::name(State state)
{
    switch (state) {
    case State::Healthy:
        return QStringLiteral("Healthy");
    case State::Progressing:
        return QStringLiteral("Progressing");
    case State::Degraded:
        return QStringLiteral("Degraded");
    case State::Suspended:
        return QStringLiteral("Suspended");
    case State::Missing:
        return QStringLiteral("Missing");
    }
    return {};
}

} // namespace adp::server::kube
