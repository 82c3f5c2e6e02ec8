#include "RolloutWatcher.h"

#include <QDateTime>
#include <QJsonArray>
#include <QThread>
#include <QUrlQuery>

namespace adp::server::kube {

namespace {

using State = ResourceHealth::State;

const QString kRevision = QStringLiteral("deployment.kubernetes.io/revision");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString selectorOf(const QJsonObject &deployment)
{
    QStringList terms;
    const QJsonObject labels = deployment.value(QLatin1String("spec"))
                                   .toObject()
                                   .value(QLatin1String("selector"))
                                   .toObject()
                                   .value(QLatin1String("matchLabels"))
                                   .toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        terms.append(it.key() + u'=' + it.value().toString());
    return terms.join(u',');
}

QString line(const ObjectHealth &entry)
{
    const QString state = ResourceHealth::name(entry.health.state);
    return entry.health.message.isEmpty()
               ? QStringLiteral("%1: %2").arg(entry.object.describe(), state)
               : QStringLiteral("%1: %2 (%3)").arg(entry.object.describe(), state, entry.health.message);
}

} // namespace

RolloutWatcher::RolloutWatcher(KubeApiClient &client, KubeDiscovery &discovery, Options options, Log log)
    : m_client(client)
    , m_discovery(discovery)
    , m_options(options)
    , m_log(std::move(log))
{
}

// The pod-template-hash of the Deployment's newest ReplicaSet: its pods are the rollout's; the old
// ones failing says nothing about this revision.
QString RolloutWatcher::newestTemplateHash(const QJsonObject &deployment, const QString &ns, bool &answered)
{
    const QString revision = deployment.value(QLatin1String("metadata"))
                                 .toObject()
                                 .value(QLatin1String("annotations"))
                                 .toObject()
                                 .value(kRevision)
                                 .toString();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("labelSelector"),
                       QString::fromLatin1(QUrl::toPercentEncoding(selectorOf(deployment))));
    const auto sets = m_client.get(QStringLiteral("/apis/apps/v1/namespaces/%1/replicasets?").arg(ns) +
                                   query.toString(QUrl::FullyEncoded));
    if (!sets.ok()) {
        answered = answered && sets.answered();
        return {};
    }
    for (const QJsonValue &value : sets.object().value(QLatin1String("items")).toArray()) {
        const QJsonObject metadata = value.toObject().value(QLatin1String("metadata")).toObject();
        if (!revision.isEmpty() &&
            metadata.value(QLatin1String("annotations")).toObject().value(kRevision).toString() == revision)
            return metadata.value(QLatin1String("labels"))
                .toObject()
                .value(QLatin1String("pod-template-hash"))
                .toString();
    }
    return {};
}

ResourceHealth RolloutWatcher::failingPod(const QJsonObject &deployment, const QString &ns, bool &answered)
{
    const QString hash = newestTemplateHash(deployment, ns, answered);
    if (hash.isEmpty())
        return {};
    const QString selector = selectorOf(deployment) + QStringLiteral(",pod-template-hash=") + hash;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("labelSelector"), QString::fromLatin1(QUrl::toPercentEncoding(selector)));
    const auto pods =
        m_client.get(QStringLiteral("/api/v1/namespaces/%1/pods?").arg(ns) + query.toString(QUrl::FullyEncoded));
    if (!pods.ok()) {
        answered = answered && pods.answered();
        return {};
    }
    for (const QJsonValue &value : pods.object().value(QLatin1String("items")).toArray()) {
        QJsonObject pod = value.toObject();
        pod.insert(QStringLiteral("kind"), QStringLiteral("Pod"));
        pod.insert(QStringLiteral("apiVersion"), QStringLiteral("v1"));
        const QString name = pod.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
        const ResourceHealth health = ResourceHealth::of(pod);
        if (health.state != State::Degraded) {
            m_failingSince.remove(name);
            continue;
        }
        const qint64 since = m_failingSince.value(name, m_now);
        m_failingSince.insert(name, since);
        if (m_now - since >= m_options.podFailureGraceMs)
            return {State::Degraded, QStringLiteral("pod %1: %2").arg(name, health.message)};
    }
    return {};
}

ResourceHealth RolloutWatcher::assessOne(const AppliedObject &object, bool &answered)
{
    QString error;
    const auto resource = m_discovery.find(object.apiVersion, object.kind, error);
    if (!resource) {
        answered = false;
        return {State::Progressing, error};
    }
    const auto live = m_client.get(resource->path(object.namespaceName, object.name));
    if (live.status == 404)
        return ResourceHealth::missing();
    if (!live.ok()) {
        answered = false;
        return {State::Progressing, QStringLiteral("cannot read it: %1").arg(live.message())};
    }
    const QJsonObject current = live.object();
    const ResourceHealth health = ResourceHealth::of(current);
    // Once the controller saw this revision (observedGeneration), its newest ReplicaSet is this revision's.
    const qint64 generation =
        current.value(QLatin1String("metadata")).toObject().value(QLatin1String("generation")).toInteger();
    const bool observed =
        current.value(QLatin1String("status")).toObject().value(QLatin1String("observedGeneration")).toInteger() >=
        generation;
    if (health.state == State::Progressing && object.kind == QLatin1String("Deployment") && observed) {
        const ResourceHealth pod = failingPod(current, object.namespaceName, answered);
        if (pod.state == State::Degraded)
            return pod;
    }
    return health;
}

QList<ObjectHealth> RolloutWatcher::assess(const QList<AppliedObject> &objects, bool &answered)
{
    m_now = nowMs();
    answered = true;
    QList<ObjectHealth> health;
    for (const AppliedObject &object : objects)
        health.append({object, assessOne(object, answered)});
    return health;
}

RolloutWatcher::Outcome RolloutWatcher::watch(const QList<AppliedObject> &objects, const Report &report,
                                              const Stopped &stopped)
{
    const qint64 started = nowMs();
    qint64 lastAnswer = started;
    Outcome outcome;
    QList<ObjectHealth> previous;
    while (true) {
        bool answered = true;
        const QList<ObjectHealth> health = assess(objects, answered);
        if (answered)
            lastAnswer = nowMs();
        for (const ObjectHealth &entry : health) {
            const auto before = std::find_if(previous.begin(), previous.end(),
                                             [&entry](const ObjectHealth &old) { return old.object == entry.object; });
            if (before == previous.end() || !(before->health == entry.health))
                m_log(line(entry));
        }
        if (health != previous && report)
            report(health);
        previous = health;
        outcome.health = health;
        bool settled = true;
        for (const ObjectHealth &entry : health) {
            if (entry.health.state == State::Degraded) {
                outcome.reason = line(entry);
                return outcome;
            }
            settled = settled && (entry.health.state == State::Healthy || entry.health.state == State::Suspended);
        }
        if (settled && answered) {
            outcome.healthy = true;
            return outcome;
        }
        if (stopped && stopped()) {
            outcome.reason = QStringLiteral("stopped while the rollout was in progress");
            return outcome;
        }
        if (nowMs() - lastAnswer >= m_options.lostAfterMs) {
            outcome.reason =
                QStringLiteral("lost contact with the API server for %1 s").arg(m_options.lostAfterMs / 1000);
            return outcome;
        }
        if (nowMs() - started >= m_options.timeoutMs) {
            QStringList waiting;
            for (const ObjectHealth &entry : health) {
                if (entry.health.state != State::Healthy && entry.health.state != State::Suspended)
                    waiting.append(line(entry));
            }
            outcome.reason = QStringLiteral("the rollout did not finish within %1 s: %2")
                                 .arg(m_options.timeoutMs / 1000)
                                 .arg(waiting.join(QStringLiteral("; ")));
            return outcome;
        }
        QThread::msleep(quint64(m_options.pollMs));
    }
}

} // namespace adp::server::kube
