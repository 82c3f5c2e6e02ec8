#include "KubeController.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace adp::test::kube {

namespace {

const QString kRevision = QStringLiteral("deployment.kubernetes.io/revision");
const QString kHashLabel = QStringLiteral("pod-template-hash");

QJsonObject metadataOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata")).toObject();
}

QString uidOf(const QJsonObject &object)
{
    return metadataOf(object).value(QLatin1String("uid")).toString();
}

bool ownedBy(const QJsonObject &object, const QString &uid)
{
    for (const QJsonValue &reference : metadataOf(object).value(QLatin1String("ownerReferences")).toArray()) {
        if (reference.toObject().value(QLatin1String("uid")).toString() == uid)
            return true;
    }
    return false;
}

int revisionOf(const QJsonObject &replicaSet)
{
    return metadataOf(replicaSet).value(QLatin1String("annotations")).toObject().value(kRevision).toString().toInt();
}

QJsonObject ownerReference(const QString &kind, const QJsonObject &owner)
{
    return {{QStringLiteral("apiVersion"), owner.value(QLatin1String("apiVersion")).toString()},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("name"), metadataOf(owner).value(QLatin1String("name")).toString()},
            {QStringLiteral("uid"), uidOf(owner)},
            {QStringLiteral("controller"), true},
            {QStringLiteral("blockOwnerDeletion"), true}};
}

bool podReady(const QJsonObject &pod)
{
    for (const QJsonValue &condition :
         pod.value(QLatin1String("status")).toObject().value(QLatin1String("conditions")).toArray()) {
        const QJsonObject c = condition.toObject();
        if (c.value(QLatin1String("type")).toString() == QLatin1String("Ready"))
            return c.value(QLatin1String("status")).toString() == QLatin1String("True");
    }
    return false;
}

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// A condition, keeping its transition time while its status and reason stay.
QJsonObject condition(const QJsonArray &previous, const QString &type, bool status, const QString &reason,
                      const QString &message, const QDateTime &now)
{
    QJsonObject made{{QStringLiteral("type"), type},
                     {QStringLiteral("status"), status ? QStringLiteral("True") : QStringLiteral("False")},
                     {QStringLiteral("reason"), reason},
                     {QStringLiteral("message"), message},
                     {QStringLiteral("lastUpdateTime"), stamp(now)},
                     {QStringLiteral("lastTransitionTime"), stamp(now)}};
    for (const QJsonValue &value : previous) {
        const QJsonObject old = value.toObject();
        if (old.value(QLatin1String("type")) == made.value(QLatin1String("type")) &&
            old.value(QLatin1String("status")) == made.value(QLatin1String("status")) &&
            old.value(QLatin1String("reason")) == made.value(QLatin1String("reason")))
            return old;
    }
    return made;
}

QJsonValue normalised(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject kept;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue inner = normalised(it.value());
            const bool empty = inner.isNull() || (inner.isObject() && inner.toObject().isEmpty()) ||
                               (inner.isArray() && inner.toArray().isEmpty());
            if (!empty)
                kept.insert(it.key(), inner);
        }
        return kept;
    }
    if (value.isArray()) {
        QJsonArray kept;
        for (const QJsonValue &item : value.toArray())
            kept.append(normalised(item));
        return kept;
    }
    return value;
}

QString randomSuffix()
{
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    QString suffix;
    for (int i = 0; i < 5; ++i)
        suffix.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)]));
    return suffix;
}

} // namespace

void KubeController::step(const QDateTime &now)
{
    for (const QJsonObject &deployment : m_store.objects(QStringLiteral("deployments.apps")))
        reconcileDeployment(deployment, now);
    for (const QJsonObject &replicaSet : m_store.objects(QStringLiteral("replicasets.apps")))
        reconcileReplicaSet(replicaSet);
    for (const QJsonObject &pod : m_store.objects(QStringLiteral("pods"))) {
        if (!m_processes || !m_processes->runs(pod))
            runPod(pod, now);
    }
    if (m_processes)
        m_processes->step();
}

void KubeController::reconcileDeployment(const QJsonObject &deployment, const QDateTime &now)
{
    const QJsonObject metadata = metadataOf(deployment);
    const QString ns = metadata.value(QLatin1String("namespace")).toString();
    const QString name = metadata.value(QLatin1String("name")).toString();
    const QString uid = uidOf(deployment);
    const QJsonObject spec = deployment.value(QLatin1String("spec")).toObject();
    const int replicas = spec.value(QLatin1String("replicas")).toInt(1);
    QJsonObject podTemplate = spec.value(QLatin1String("template")).toObject();
    // The hash of what the template means: a client's nulls and empty fields (kubectl's rollback
    // sends them) and the hash label itself change nothing.
    QJsonObject hashed = normalised(podTemplate).toObject();
    QJsonObject hashedMetadata = hashed.value(QLatin1String("metadata")).toObject();
    QJsonObject hashedLabels = hashedMetadata.value(QLatin1String("labels")).toObject();
    hashedLabels.remove(kHashLabel);
    hashedMetadata.insert(QStringLiteral("labels"), hashedLabels);
    hashed.insert(QStringLiteral("metadata"), hashedMetadata);
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(hashed).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1)
            .toHex()
            .left(10));
    const ResourceType &replicaSets =
        *m_store.type(QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("replicasets"));

    QList<QJsonObject> owned;
    for (const QJsonObject &replicaSet : m_store.objects(QStringLiteral("replicasets.apps"), ns)) {
        if (ownedBy(replicaSet, uid))
            owned.append(replicaSet);
    }
    int newest = 0;
    std::optional<QJsonObject> current;
    for (const QJsonObject &replicaSet : std::as_const(owned)) {
        newest = std::max(newest, revisionOf(replicaSet));
        if (metadataOf(replicaSet).value(QLatin1String("labels")).toObject().value(kHashLabel).toString() == hash)
            current = replicaSet;
    }
    if (!current || revisionOf(*current) < newest) {
        // A new template, or a rollback to an older one: its ReplicaSet is the newest revision.
        QJsonObject replicaSet = current.value_or(QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                                                              {QStringLiteral("kind"), QStringLiteral("ReplicaSet")}});
        QJsonObject labels =
            podTemplate.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")).toObject();
        labels.insert(kHashLabel, hash);
        QJsonObject rsMetadata = metadataOf(replicaSet);
        rsMetadata.insert(QStringLiteral("name"), name + u'-' + hash);
        rsMetadata.insert(QStringLiteral("namespace"), ns);
        rsMetadata.insert(QStringLiteral("labels"), labels);
        rsMetadata.insert(
            QStringLiteral("annotations"),
            QJsonObject{{kRevision, QString::number(newest + 1)},
                        {QStringLiteral("deployment.kubernetes.io/desired-replicas"), QString::number(replicas)}});
        rsMetadata.insert(QStringLiteral("ownerReferences"),
                          QJsonArray{ownerReference(QStringLiteral("Deployment"), deployment)});
        replicaSet.insert(QStringLiteral("metadata"), rsMetadata);
        QJsonObject templateMetadata = podTemplate.value(QLatin1String("metadata")).toObject();
        templateMetadata.insert(QStringLiteral("labels"), labels);
        podTemplate.insert(QStringLiteral("metadata"), templateMetadata);
        QJsonObject selector = spec.value(QLatin1String("selector")).toObject();
        QJsonObject matchLabels = selector.value(QLatin1String("matchLabels")).toObject();
        matchLabels.insert(kHashLabel, hash);
        selector.insert(QStringLiteral("matchLabels"), matchLabels);
        replicaSet.insert(QStringLiteral("spec"), QJsonObject{{QStringLiteral("replicas"), replicas},
                                                              {QStringLiteral("selector"), selector},
                                                              {QStringLiteral("template"), podTemplate}});
        m_store.writeObject(replicaSets, replicaSet);
        return; // the next step sees it
    }
    if (current->value(QLatin1String("spec")).toObject().value(QLatin1String("replicas")).toInt() != replicas) {
        QJsonObject rsSpec = current->value(QLatin1String("spec")).toObject();
        rsSpec.insert(QStringLiteral("replicas"), replicas);
        current->insert(QStringLiteral("spec"), rsSpec);
        m_store.writeObject(replicaSets, *current);
    }
    const QString currentName = metadataOf(*current).value(QLatin1String("name")).toString();
    const QString currentUid = uidOf(*current);

    int total = 0, updated = 0, ready = 0;
    for (const QJsonObject &pod : m_store.objects(QStringLiteral("pods"), ns)) {
        for (const QJsonObject &replicaSet : std::as_const(owned)) {
            if (!ownedBy(pod, uidOf(replicaSet)))
                continue;
            ++total;
            updated += ownedBy(pod, currentUid) ? 1 : 0;
            ready += podReady(pod) ? 1 : 0;
        }
    }
    int readyNew = 0;
    for (const QJsonObject &pod : m_store.objects(QStringLiteral("pods"), ns))
        readyNew += ownedBy(pod, currentUid) && podReady(pod) ? 1 : 0;
    if (readyNew >= replicas) {
        // The new pods serve: the old ReplicaSets go down to nothing.
        for (QJsonObject replicaSet : std::as_const(owned)) {
            QJsonObject rsSpec = replicaSet.value(QLatin1String("spec")).toObject();
            if (uidOf(replicaSet) == currentUid || rsSpec.value(QLatin1String("replicas")).toInt() == 0)
                continue;
            rsSpec.insert(QStringLiteral("replicas"), 0);
            replicaSet.insert(QStringLiteral("spec"), rsSpec);
            m_store.writeObject(replicaSets, replicaSet);
        }
    }
    const QString revision = QString::number(revisionOf(*current));
    if (metadata.value(QLatin1String("annotations")).toObject().value(kRevision).toString() != revision) {
        QJsonObject annotated = deployment;
        QJsonObject annotatedMetadata = metadata;
        QJsonObject annotations = metadata.value(QLatin1String("annotations")).toObject();
        annotations.insert(kRevision, revision);
        annotatedMetadata.insert(QStringLiteral("annotations"), annotations);
        annotated.insert(QStringLiteral("metadata"), annotatedMetadata);
        m_store.writeObject(*m_store.type(QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("deployments")),
                            annotated);
    }

    const qint64 generation = metadata.value(QLatin1String("generation")).toInteger();
    const int mark = int(generation) * 1000000 + updated * 1000 + ready;
    if (!m_progressSince.contains(uid) || m_progressMark.value(uid) != mark) {
        m_progressSince.insert(uid, now);
        m_progressMark.insert(uid, mark);
    }
    const bool complete = updated == replicas && ready >= replicas && total == replicas;
    const int deadline = spec.value(QLatin1String("progressDeadlineSeconds")).toInt(600);
    const QJsonObject previous = deployment.value(QLatin1String("status")).toObject();
    const QJsonArray previousConditions = previous.value(QLatin1String("conditions")).toArray();
    const bool timedOut = !complete && m_progressSince.value(uid).msecsTo(now) > qint64(deadline) * 1000;
    QJsonObject progressing;
    if (complete)
        progressing =
            condition(previousConditions, QStringLiteral("Progressing"), true, QStringLiteral("NewReplicaSetAvailable"),
                      QStringLiteral("ReplicaSet \"%1\" has successfully progressed.").arg(currentName), now);
    else if (timedOut)
        progressing = condition(previousConditions, QStringLiteral("Progressing"), false,
                                QStringLiteral("ProgressDeadlineExceeded"),
                                QStringLiteral("ReplicaSet \"%1\" has timed out progressing.").arg(currentName), now);
    else
        progressing =
            condition(previousConditions, QStringLiteral("Progressing"), true, QStringLiteral("ReplicaSetUpdated"),
                      QStringLiteral("ReplicaSet \"%1\" is progressing.").arg(currentName), now);
    const int maxUnavailable = replicas / 4;
    const bool available = ready >= replicas - maxUnavailable;
    const QJsonObject availability =
        condition(previousConditions, QStringLiteral("Available"), available,
                  available ? QStringLiteral("MinimumReplicasAvailable") : QStringLiteral("MinimumReplicasUnavailable"),
                  available ? QStringLiteral("Deployment has minimum availability.")
                            : QStringLiteral("Deployment does not have minimum availability."),
                  now);
    QJsonObject status{{QStringLiteral("observedGeneration"), generation},
                       {QStringLiteral("replicas"), total},
                       {QStringLiteral("updatedReplicas"), updated},
                       {QStringLiteral("readyReplicas"), ready},
                       {QStringLiteral("availableReplicas"), ready},
                       {QStringLiteral("conditions"), QJsonArray{availability, progressing}}};
    if (replicas - ready > 0)
        status.insert(QStringLiteral("unavailableReplicas"), replicas - ready);
    m_store.writeStatus(QStringLiteral("deployments.apps"), ns, name, status);
}

void KubeController::reconcileReplicaSet(const QJsonObject &replicaSet)
{
    const QJsonObject metadata = metadataOf(replicaSet);
    const QString ns = metadata.value(QLatin1String("namespace")).toString();
    const QString uid = uidOf(replicaSet);
    const QJsonObject spec = replicaSet.value(QLatin1String("spec")).toObject();
    const int wanted = spec.value(QLatin1String("replicas")).toInt(1);
    QList<QJsonObject> pods;
    for (const QJsonObject &pod : m_store.objects(QStringLiteral("pods"), ns)) {
        if (ownedBy(pod, uid))
            pods.append(pod);
    }
    const ResourceType &podType = *m_store.type({}, QStringLiteral("v1"), QStringLiteral("pods"));
    const QJsonObject podTemplate = spec.value(QLatin1String("template")).toObject();
    for (qsizetype i = pods.size(); i < wanted; ++i) {
        QJsonObject podMetadata = podTemplate.value(QLatin1String("metadata")).toObject();
        podMetadata.insert(QStringLiteral("name"),
                           metadata.value(QLatin1String("name")).toString() + u'-' + randomSuffix());
        podMetadata.insert(QStringLiteral("namespace"), ns);
        podMetadata.insert(QStringLiteral("ownerReferences"),
                           QJsonArray{ownerReference(QStringLiteral("ReplicaSet"), replicaSet)});
        m_store.writeObject(
            podType, {{QStringLiteral("metadata"), podMetadata},
                      {QStringLiteral("spec"), podTemplate.value(QLatin1String("spec"))},
                      {QStringLiteral("status"), QJsonObject{{QStringLiteral("phase"), QStringLiteral("Pending")}}}});
    }
    // The unready go first, as the ReplicaSet controller prefers.
    std::stable_sort(pods.begin(), pods.end(),
                     [](const QJsonObject &a, const QJsonObject &b) { return !podReady(a) && podReady(b); });
    for (qsizetype i = wanted; i < pods.size(); ++i)
        m_store.remove(podType, ns, metadataOf(pods.at(i)).value(QLatin1String("name")).toString(),
                       QStringLiteral("Background"));
    int ready = 0;
    for (qsizetype i = 0; i < std::min<qsizetype>(wanted, pods.size()); ++i)
        ready += podReady(pods.at(i)) ? 1 : 0;
    m_store.writeStatus(
        QStringLiteral("replicasets.apps"), ns, metadata.value(QLatin1String("name")).toString(),
        {{QStringLiteral("replicas"), int(std::min<qsizetype>(wanted, std::max<qsizetype>(pods.size(), wanted)))},
         {QStringLiteral("fullyLabeledReplicas"), wanted},
         {QStringLiteral("readyReplicas"), ready},
         {QStringLiteral("availableReplicas"), ready},
         {QStringLiteral("observedGeneration"), metadata.value(QLatin1String("generation")).toInteger(1)}});
}

QJsonObject KubeController::podStatus(const QJsonObject &pod, const QDateTime &now) const
{
    const QJsonObject metadata = metadataOf(pod);
    const QDateTime created =
        QDateTime::fromString(metadata.value(QLatin1String("creationTimestamp")).toString(), Qt::ISODate);
    const qint64 age = created.msecsTo(now);
    const QJsonArray containers =
        pod.value(QLatin1String("spec")).toObject().value(QLatin1String("containers")).toArray();
    const QString image = containers.at(0).toObject().value(QLatin1String("image")).toString();
    const PodFate fate = m_fates.value(image, PodFate::Ready);
    bool ready = false;
    QString phase = QStringLiteral("Running");
    QJsonObject state;
    int restarts = 0;
    QJsonObject lastState;
    if (m_nodeLost) {
        phase = QStringLiteral("Unknown");
        state = {{QStringLiteral("running"), QJsonObject{{QStringLiteral("startedAt"), stamp(created)}}}};
    } else if (fate == PodFate::ImagePullError) {
        phase = QStringLiteral("Pending");
        state = {
            {QStringLiteral("waiting"),
             QJsonObject{{QStringLiteral("reason"),
                          age < 1000 ? QStringLiteral("ErrImagePull") : QStringLiteral("ImagePullBackOff")},
                         {QStringLiteral("message"), QStringLiteral("Back-off pulling image \"%1\"").arg(image)}}}};
    } else if (fate == PodFate::CrashLoop) {
        restarts = int(std::max<qint64>(1, age / 1000));
        state = {{QStringLiteral("waiting"),
                  QJsonObject{{QStringLiteral("reason"), QStringLiteral("CrashLoopBackOff")},
                              {QStringLiteral("message"), QStringLiteral("back-off restarting failed container")}}}};
        lastState = {{QStringLiteral("terminated"), QJsonObject{{QStringLiteral("exitCode"), 1},
                                                                {QStringLiteral("reason"), QStringLiteral("Error")}}}};
    } else {
        state = {{QStringLiteral("running"), QJsonObject{{QStringLiteral("startedAt"), stamp(created)}}}};
        ready = fate == PodFate::Ready;
    }
    QJsonArray statuses;
    for (const QJsonValue &container : containers)
        statuses.append(QJsonObject{{QStringLiteral("name"), container.toObject().value(QLatin1String("name"))},
                                    {QStringLiteral("image"), container.toObject().value(QLatin1String("image"))},
                                    {QStringLiteral("ready"), ready},
                                    {QStringLiteral("started"), phase == QLatin1String("Running")},
                                    {QStringLiteral("restartCount"), restarts},
                                    {QStringLiteral("state"), state},
                                    {QStringLiteral("lastState"), lastState}});
    const QString readyText =
        m_nodeLost ? QStringLiteral("Unknown") : (ready ? QStringLiteral("True") : QStringLiteral("False"));
    return {{QStringLiteral("phase"), phase},
            {QStringLiteral("startTime"), stamp(created)},
            {QStringLiteral("hostIP"), QStringLiteral("10.0.0.11")},
            {QStringLiteral("podIP"),
             QStringLiteral("10.42.0.%1").arg(qHash(metadata.value(QLatin1String("name")).toString()) % 250 + 2)},
            {QStringLiteral("conditions"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("PodScheduled")},
                             {QStringLiteral("status"), QStringLiteral("True")}},
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("Ready")}, {QStringLiteral("status"), readyText}},
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("ContainersReady")},
                             {QStringLiteral("status"), readyText}}}},
            {QStringLiteral("containerStatuses"), statuses}};
}

void KubeController::runPod(const QJsonObject &pod, const QDateTime &now)
{
    const QString phase = pod.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString();
    if (phase == QLatin1String("Succeeded") || phase == QLatin1String("Failed"))
        return;
    const QJsonObject metadata = metadataOf(pod);
    m_store.writeStatus(QStringLiteral("pods"), metadata.value(QLatin1String("namespace")).toString(),
                        metadata.value(QLatin1String("name")).toString(), podStatus(pod, now));
}

} // namespace adp::test::kube
