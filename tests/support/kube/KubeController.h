#pragma once

#include "KubeStore.h"
#include "PodProcesses.h"

#include <QDateTime>
#include <QHash>

namespace adp::test::kube {

// What the kubelet does with the pods of one image, as a test chooses.
enum class PodFate {
    Ready,          // starts and becomes ready
    ImagePullError, // stays Pending: ErrImagePull, then ImagePullBackOff
    CrashLoop,      // starts, exits, restarts: CrashLoopBackOff
    NeverReady,     // runs, but its readiness probe never passes
};

// The controllers of a cluster, one step at a time over a KubeStore: the Deployment controller
// (a ReplicaSet per pod template, named by its hash, with the revision annotation; older ones
// scaled down once the new one is available; a rollback to an older template reuses its
// ReplicaSet under a new revision), the ReplicaSet controller (pods to the wanted count) and a
// kubelet (pods move through Pending and Running to ready, or fail as their image's fate says),
// and the status every one of them writes: observedGeneration, replica counts and the
// Available and Progressing conditions, ProgressDeadlineExceeded included.
class KubeController
{
public:
    explicit KubeController(KubeStore &store)
        : m_store(store)
    {
    }

    void setFate(const QString &image, PodFate fate) { m_fates.insert(image, fate); }
    PodFate fateOf(const QString &image) const { return m_fates.value(image, PodFate::Ready); }
    // Bare pods (job pods) are then run for real by `kubelet`, not simulated.
    void setPodProcesses(PodProcesses *kubelet) { m_processes = kubelet; }
    // Every pod on the lost node stops answering: phase Unknown, not ready.
    void loseNode()
    {
        m_nodeLost = true;
        if (m_processes)
            m_processes->loseNode();
    }
    void step(const QDateTime &now);

private:
    void reconcileDeployment(const QJsonObject &deployment, const QDateTime &now);
    void reconcileReplicaSet(const QJsonObject &replicaSet);
    void runPod(const QJsonObject &pod, const QDateTime &now);
    QJsonObject podStatus(const QJsonObject &pod, const QDateTime &now) const;

    KubeStore &m_store;
    QHash<QString, PodFate> m_fates;
    QHash<QString, QDateTime> m_progressSince; // a Deployment's uid -> when it last made progress
    QHash<QString, int> m_progressMark;        // ... and how far it had got then
    bool m_nodeLost = false;
    PodProcesses *m_processes = nullptr;
};

} // namespace adp::test::kube
