#pragma once

#include "KubeStore.h"

#include <QHash>
#include <QObject>
#include <QTemporaryDir>
#include <functional>
#include <memory>

class QProcess;

namespace adp::test::kube {

// The kubelet for bare pods (no owner: job pods), running their containers for real as processes
// on this machine, each under bubblewrap so that the pod's volumes appear at their mountPaths:
// emptyDir volumes are folders of the pod, secret volumes the Secret's keys as files (items and
// defaultMode honoured; a missing Secret holds the pod in ContainerCreating), hostAliases go into
// the containers' /etc/hosts. Init containers run one after the other, then every container at
// once; their output is their log (followers get it live); their exit codes end up in the pod's
// status as the kubelet writes it (phase, initContainerStatuses, containerStatuses). The image is
// not pulled: the container runs this machine's programs, and an image with no command runs what
// setImageCommand() says (else it sleeps, as an idle service). Deleting the pod kills its
// processes; evict() and loseNode() do what a node under pressure or a lost node does.
class PodProcesses : public QObject
{
public:
    using LogSink = std::function<void(const QString &key, const QByteArray &text, bool finished)>;
    using ImageFails = std::function<bool(const QString &image)>; // its pull fails

    PodProcesses(KubeStore &store, LogSink log, ImageFails imageFails);
    ~PodProcesses() override;

    // Whether this machine can run pods so (bubblewrap may make namespaces here).
    static bool available(QString *why);
    void setImageCommand(const QString &image, const QStringList &command) { m_imageCommands.insert(image, command); }
    bool runs(const QJsonObject &pod) const;
    void step();
    void evict(const QString &ns, const QString &name, const QString &message);
    void loseNode();
    int processCount() const;

private:
    struct Container
    {
        QString name;
        QProcess *process = nullptr;
        QString waitingReason = QStringLiteral("PodInitializing");
        QString waitingMessage;
        QString startedAt;
        bool terminated = false;
        int exitCode = -1;
        QString finishedAt;
    };
    struct Pod
    {
        QString ns;
        QString name;
        QString uid;
        QJsonObject object;
        std::unique_ptr<QTemporaryDir> dir;
        QList<Container> initContainers;
        QList<Container> containers;
        bool volumesReady = false;
        QString endedPhase; // set when the kubelet stopped it (Failed/Evicted, Unknown)
        QString endedReason;
        QString endedMessage;
        QString created;
    };

    bool prepareVolumes(Pod &pod);
    void start(Pod &pod, Container &container, const QJsonObject &spec);
    void writeStatus(Pod &pod);
    void killAll(Pod &pod);

    KubeStore &m_store;
    LogSink m_log;
    ImageFails m_imageFails;
    QHash<QString, QStringList> m_imageCommands;
    QHash<QString, std::shared_ptr<Pod>> m_pods; // by uid
    bool m_nodeLost = false;
};

} // namespace adp::test::kube
