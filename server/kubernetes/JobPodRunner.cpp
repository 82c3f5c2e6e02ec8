#include "JobPodRunner.h"

#include "ClusterCredentials.h"
#include "JobPodRepository.h"
#include "JobPodSpec.h"
#include "KubernetesExecutorRepository.h"
#include "kube/KubeApiClient.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QStringDecoder>
#include <QThread>
#include <spdlog/spdlog.h>

namespace adp::server::kubernetes {

using ports::PodJobOutcome;
using Ended = ports::PodJobOutcome::Ended;

namespace {

constexpr qint64 kApiSilenceMs = 60 * 1000; // the API unanswered this long: the worker is lost

QString podsPath(const QString &ns)
{
    return QStringLiteral("/api/v1/namespaces/%1/pods").arg(ns);
}
QString secretsPath(const QString &ns)
{
    return QStringLiteral("/api/v1/namespaces/%1/secrets").arg(ns);
}

// A container's state as the pod's status tells it.
struct ContainerState
{
    bool started = false; // running or terminated
    bool terminated = false;
    int exitCode = -1;
    QString waitingReason;
    QString message;
};

ContainerState stateOf(const QJsonObject &pod, const QString &container)
{
    ContainerState state;
    const QJsonObject status = pod.value(QLatin1String("status")).toObject();
    for (const char *list : {"initContainerStatuses", "containerStatuses"}) {
        for (const QJsonValue &entry : status.value(QLatin1String(list)).toArray()) {
            const QJsonObject object = entry.toObject();
            if (object.value(QLatin1String("name")).toString() != container)
                continue;
            const QJsonObject current = object.value(QLatin1String("state")).toObject();
            if (current.contains(QLatin1String("terminated"))) {
                const QJsonObject terminated = current.value(QLatin1String("terminated")).toObject();
                state.started = state.terminated = true;
                state.exitCode = terminated.value(QLatin1String("exitCode")).toInt(-1);
                state.message = terminated.value(QLatin1String("reason")).toString();
            } else if (current.contains(QLatin1String("running"))) {
                state.started = true;
            } else {
                const QJsonObject waiting = current.value(QLatin1String("waiting")).toObject();
                state.waitingReason = waiting.value(QLatin1String("reason")).toString();
                state.message = waiting.value(QLatin1String("message")).toString();
            }
        }
    }
    return state;
}

// Waiting reasons that will not pass by themselves.
bool hopeless(const QString &reason)
{
    return reason == u"ImagePullBackOff" || reason == u"InvalidImageName" || reason == u"CreateContainerConfigError" ||
           reason == u"CreateContainerError" || reason == u"ErrImageNeverPull";
}

// How the pod as a whole is, in a line for the log ("Pending: ContainerCreating").
QString summaryOf(const QJsonObject &pod, const QString &container)
{
    const QJsonObject status = pod.value(QLatin1String("status")).toObject();
    QString summary = status.value(QLatin1String("phase")).toString(QStringLiteral("Pending"));
    const ContainerState state = stateOf(pod, container);
    if (!state.waitingReason.isEmpty())
        summary += QStringLiteral(": ") + state.waitingReason;
    for (const QJsonValue &condition : status.value(QLatin1String("conditions")).toArray()) {
        const QJsonObject c = condition.toObject();
        if (c.value(QLatin1String("type")).toString() == u"PodScheduled" &&
            c.value(QLatin1String("status")).toString() == u"False")
            summary += QStringLiteral(" (%1)").arg(c.value(QLatin1String("message")).toString());
    }
    return summary;
}

// Deletes the job's pod and Secret; true when neither is left.
bool removeObjects(kube::KubeApiClient &api, const QString &ns, const QString &name)
{
    const auto pod = api.remove(podsPath(ns) + u'/' + name);
    const auto secret = api.remove(secretsPath(ns) + u'/' + name);
    return (pod.ok() || pod.status == 404) && (secret.ok() || secret.status == 404);
}

// Creates `object`; one left from an earlier try of the same attempt is replaced.
kube::KubeApiClient::Reply createFresh(kube::KubeApiClient &api, const QString &path, const QString &name,
                                       const QJsonObject &object)
{
    auto reply = api.create(path, object);
    for (int tries = 0; reply.status == 409 && tries < 20; ++tries) {
        api.remove(path + u'/' + name);
        QThread::msleep(250);
        reply = api.create(path, object);
    }
    return reply;
}

} // namespace

bool JobPodRunner::runsJobsOf(qint64 projectId)
{
    return m.pool || KubernetesExecutorRepository::find(storage::executorOf(m.database), projectId).has_value();
}

PodJobOutcome JobPodRunner::run(const ports::PodJob &job, const Log &log, const KeepGoing &keepGoing)
{
    PodJobOutcome outcome;
    // The project's own executor, else this process's worker pool's.
    auto executor = KubernetesExecutorRepository::find(storage::executorOf(m.database), job.projectId);
    QString error;
    std::optional<kube::KubeConfig> config;
    if (executor) {
        config = ClusterCredentials::open(storage::executorOf(m.database), m.secrets, job.projectId,
                                          executor->clusterId, error);
    } else if (m.pool) {
        executor = m.pool->settings();
        config = m.pool->credentials(error);
    } else {
        error = QStringLiteral("the project no longer runs its jobs on Kubernetes");
    }
    if (!config) {
        outcome.reason = error;
        return outcome;
    }
    const JobPodSpec::Made made = JobPodSpec::make(job, *executor);
    if (!made.objects) {
        outcome.reason = made.refusal;
        return outcome;
    }
    outcome.cpuMillicores = made.cpuMillicores;
    outcome.memoryMiB = made.memoryMiB;
    const QString ns = executor->namespaceName;
    const QString name = JobPodSpec::nameOf(job);
    log(QStringLiteral("Using the Kubernetes executor: cluster %1, namespace %2, image %3\n")
            .arg(executor->clusterName, ns, JobPodSpec::imageOf(job, *executor)));
    kube::KubeApiClient api(*config);
    kube::KubeApiClient statusApi(*config); // asked while `api` streams a log
    JobPodRepository::put(m.database, {job.jobId, job.attempt, job.projectId, executor->clusterId, ns, name},
                          m.clock.nowMs());
    const auto finish = [&](PodJobOutcome ending) {
        if (removeObjects(api, ns, name))
            JobPodRepository::remove(m.database, job.jobId);
        else
            spdlog::warn("jobs: the pod {}/{} of job {} cannot be deleted now; the clean-up will", ns.toStdString(),
                         name.toStdString(), job.jobId);
        return ending;
    };
    const auto refused = [&](const QString &reason) {
        PodJobOutcome ending;
        ending.reason = reason;
        ending.cpuMillicores = outcome.cpuMillicores; // the pod was made: it held what it asked for
        ending.memoryMiB = outcome.memoryMiB;
        return finish(ending);
    };
    for (const auto &[path, object, what] :
         {std::tuple{secretsPath(ns), made.objects->secret, QStringLiteral("Secret")},
          std::tuple{podsPath(ns), made.objects->pod, QStringLiteral("pod")}}) {
        const auto reply = createFresh(api, path, name, object);
        if (!reply.ok())
            return refused(QStringLiteral("the job's %1 cannot be made in namespace %2: %3")
                               .arg(what, ns, reply.answered() ? reply.message() : reply.error));
    }
    log(QStringLiteral("Waiting for pod %1/%2 to be running\n").arg(ns, name));

    QStringList steps{QStringLiteral("fetch"), QStringLiteral("build")};
    if (!job.returnPaths.isEmpty())
        steps.append(QStringLiteral("helper"));
    qsizetype step = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    QElapsedTimer lastAnswer;
    lastAnswer.start();
    QString lastSummary;
    QString lostReason;
    const auto timedOut = [&]() { return elapsed.elapsed() > job.timeoutMs; };
    // The pod as it is now; nullopt when the API did not answer. Sets lostReason when the pod is gone for good.
    const auto look = [&](kube::KubeApiClient &client) -> std::optional<QJsonObject> {
        const auto reply = client.get(podsPath(ns) + u'/' + name);
        if (!reply.answered()) {
            if (lastAnswer.elapsed() > kApiSilenceMs)
                lostReason = QStringLiteral("the cluster's API stopped answering: %1").arg(reply.error);
            return std::nullopt;
        }
        lastAnswer.restart();
        if (reply.status == 404) {
            lostReason = QStringLiteral("the pod was deleted by someone else");
            return std::nullopt;
        }
        const QJsonObject pod = reply.object();
        const QJsonObject status = pod.value(QLatin1String("status")).toObject();
        const QString phase = status.value(QLatin1String("phase")).toString();
        const QString reason = status.value(QLatin1String("reason")).toString();
        if (phase == u"Failed" && reason == u"Evicted")
            lostReason =
                QStringLiteral("the pod was evicted: %1").arg(status.value(QLatin1String("message")).toString());
        else if (phase == u"Unknown")
            lostReason = QStringLiteral("the pod's node stopped answering");
        return pod;
    };
    QHash<QString, qint64> shown; // bytes of each step's log already in the job's log
    QElapsedTimer sinceLook;
    sinceLook.start();
    while (step < steps.size()) {
        if (!keepGoing()) {
            outcome.ended = Ended::Canceled;
            return finish(outcome);
        }
        if (timedOut()) {
            outcome.ended = Ended::TimedOut;
            return finish(outcome);
        }
        const auto pod = look(api);
        if (!lostReason.isEmpty()) {
            outcome.ended = Ended::Lost;
            outcome.reason = lostReason;
            return finish(outcome);
        }
        if (!pod) {
            QThread::msleep(m.pollMs);
            continue;
        }
        const QString container = steps.at(step);
        const ContainerState state = stateOf(*pod, container);
        if (!state.started) {
            if (hopeless(state.waitingReason))
                return refused(QStringLiteral("the %1 container cannot start: %2: %3")
                                   .arg(container, state.waitingReason, state.message));
            if (const QString summary = summaryOf(*pod, container); summary != lastSummary) {
                if (!lastSummary.isEmpty() || summary != u"Pending")
                    log(QStringLiteral("Pod %1 is %2\n").arg(name, summary));
                lastSummary = summary;
            }
            QThread::msleep(m.pollMs);
            continue;
        }
        // Its log, as it comes, until the container ends (a stream cut short is taken up where it stopped).
        QStringDecoder utf8(QStringDecoder::Utf8);
        qint64 seen = 0;
        const qint64 already = shown.value(container);
        const auto stillWanted = [&]() {
            if (!keepGoing() || timedOut())
                return false;
            if (sinceLook.elapsed() >= 2000) {
                sinceLook.restart();
                look(statusApi);
                return lostReason.isEmpty();
            }
            return true;
        };
        const auto streamed = api.stream(
            podsPath(ns) + QStringLiteral("/%1/log?container=%2&follow=true").arg(name, container),
            [&](const QByteArray &bytes) {
                const qint64 skip = std::clamp<qint64>(already - seen, 0, bytes.size());
                seen += bytes.size();
                if (skip < bytes.size())
                    log(utf8.decode(bytes.mid(skip)));
                return true;
            },
            long(std::max<qint64>(1000, job.timeoutMs - elapsed.elapsed())), stillWanted);
        shown.insert(container, std::max(already, seen));
        if (streamed.answered() && !streamed.ok())
            log(QStringLiteral("WARNING: the %1 container's log cannot be read: %2\n")
                    .arg(container, streamed.message()));
        const auto after = look(api);
        if (!lostReason.isEmpty())
            continue; // evicted or gone while this container ran (the fetch too): a lost worker, not its failure
        const ContainerState ended = after ? stateOf(*after, container) : ContainerState{};
        if (!ended.terminated) {
            QThread::msleep(m.pollMs);
            continue; // canceled, timed out, lost or the stream broke: the loop's checks say which
        }
        if (container == u"fetch" && ended.exitCode != 0)
            return refused(
                QStringLiteral("the workspace could not be fetched into the pod (exit code %1)").arg(ended.exitCode));
        if (container == u"build")
            outcome.exitCode = ended.exitCode;
        if (container == u"helper")
            outcome.returned = ended.exitCode == 0;
        ++step;
    }
    outcome.ended = Ended::Finished;
    return finish(outcome);
}

void JobPodCleanup::tidy()
{
    int deleted = 0;
    for (const JobPodRepository::JobPod &pod : JobPodRepository::ended(m_database)) {
        const bool pooled = pod.clusterId == 0;
        if (pooled && !m_pool)
            continue; // a worker pool's: its own processes delete it
        QString error;
        const auto config = pooled ? m_pool->credentials(error)
                                   : ClusterCredentials::open(storage::executorOf(m_database), m_secrets, pod.projectId,
                                                              pod.clusterId, error);
        if (!config && pooled)
            continue;  // the pool's cluster does not answer now: next time
        if (!config) { // the cluster is gone: nothing left that could reach the pod
            spdlog::warn("jobs: the pod {}/{} of job {} cannot be deleted: {}", pod.namespaceName.toStdString(),
                         pod.podName.toStdString(), pod.jobId, error.toStdString());
            JobPodRepository::remove(m_database, pod.jobId);
            continue;
        }
        kube::KubeApiClient api(*config);
        if (removeObjects(api, pod.namespaceName, pod.podName)) {
            JobPodRepository::remove(m_database, pod.jobId);
            ++deleted;
        }
    }
    if (deleted > 0)
        spdlog::info("jobs: {} pod(s) of ended jobs deleted", deleted);
}

} // namespace adp::server::kubernetes
