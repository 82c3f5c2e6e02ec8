#include "PodProcesses.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>

namespace adp::test::kube {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QJsonObject metadataOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata")).toObject();
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        strings.append(item.toString());
    return strings;
}

} // namespace

PodProcesses::PodProcesses(KubeStore &store, LogSink log, ImageFails imageFails)
    : m_store(store)
    , m_log(std::move(log))
    , m_imageFails(std::move(imageFails))
{
}

PodProcesses::~PodProcesses()
{
    for (const auto &pod : std::as_const(m_pods))
        killAll(*pod);
}

bool PodProcesses::available(QString *why)
{
    QProcess probe;
    probe.start(QStringLiteral("bwrap"), {QStringLiteral("--ro-bind"), QStringLiteral("/"), QStringLiteral("/"),
                                          QStringLiteral("--unshare-pid"), QStringLiteral("true")});
    if (probe.waitForFinished(10000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
        return true;
    if (why)
        *why = QStringLiteral("the fake kubelet needs bubblewrap with namespaces: %1")
                   .arg(QString::fromUtf8(probe.readAllStandardError()).trimmed());
    return false;
}

bool PodProcesses::runs(const QJsonObject &pod) const
{
    return metadataOf(pod).value(QLatin1String("ownerReferences")).toArray().isEmpty();
}

int PodProcesses::processCount() const
{
    int count = 0;
    for (const auto &pod : std::as_const(m_pods)) {
        for (const QList<Container> *list : {&pod->initContainers, &pod->containers}) {
            for (const Container &container : *list)
                count += container.process && container.process->state() != QProcess::NotRunning ? 1 : 0;
        }
    }
    return count;
}

void PodProcesses::step()
{
    QSet<QString> present;
    for (const QJsonObject &object : m_store.objects(QStringLiteral("pods"))) {
        if (!runs(object))
            continue;
        const QJsonObject metadata = metadataOf(object);
        const QString uid = metadata.value(QLatin1String("uid")).toString();
        present.insert(uid);
        if (m_pods.contains(uid))
            continue;
        auto pod = std::make_shared<Pod>();
        pod->ns = metadata.value(QLatin1String("namespace")).toString();
        pod->name = metadata.value(QLatin1String("name")).toString();
        pod->uid = uid;
        pod->object = object;
        pod->dir = std::make_unique<QTemporaryDir>();
        pod->created = now();
        const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
        for (const QJsonValue &c : spec.value(QLatin1String("initContainers")).toArray())
            pod->initContainers.append({c.toObject().value(QLatin1String("name")).toString()});
        for (const QJsonValue &c : spec.value(QLatin1String("containers")).toArray())
            pod->containers.append({c.toObject().value(QLatin1String("name")).toString()});
        m_pods.insert(uid, pod);
    }
    for (auto it = m_pods.begin(); it != m_pods.end();) {
        if (!present.contains(it.key())) { // deleted: its processes go with it
            killAll(**it);
            it = m_pods.erase(it);
        } else {
            ++it;
        }
    }
    for (const auto &pointer : std::as_const(m_pods)) {
        Pod &pod = *pointer;
        if (!pod.endedPhase.isEmpty())
            continue;
        if (m_nodeLost) {
            killAll(pod);
            pod.endedPhase = QStringLiteral("Unknown");
            pod.endedReason = QStringLiteral("NodeLost");
            pod.endedMessage = QStringLiteral("Node is not ready");
            writeStatus(pod);
            continue;
        }
        const QJsonObject spec = pod.object.value(QLatin1String("spec")).toObject();
        if (!pod.volumesReady && !prepareVolumes(pod)) {
            writeStatus(pod);
            continue;
        }
        const QJsonArray initSpecs = spec.value(QLatin1String("initContainers")).toArray();
        bool initDone = true;
        for (qsizetype i = 0; i < pod.initContainers.size(); ++i) {
            Container &container = pod.initContainers[i];
            if (container.terminated && container.exitCode == 0)
                continue;
            initDone = false;
            if (!container.process && !container.terminated)
                start(pod, container, initSpecs.at(i).toObject());
            break;
        }
        if (initDone) {
            const QJsonArray specs = spec.value(QLatin1String("containers")).toArray();
            for (qsizetype i = 0; i < pod.containers.size(); ++i) {
                if (!pod.containers[i].process && !pod.containers[i].terminated)
                    start(pod, pod.containers[i], specs.at(i).toObject());
            }
        }
        writeStatus(pod);
    }
}

bool PodProcesses::prepareVolumes(Pod &pod)
{
    const QJsonObject spec = pod.object.value(QLatin1String("spec")).toObject();
    for (const QJsonValue &value : spec.value(QLatin1String("volumes")).toArray()) {
        const QJsonObject volume = value.toObject();
        const QString path =
            pod.dir->filePath(QStringLiteral("volumes/") + volume.value(QLatin1String("name")).toString());
        QDir().mkpath(path);
        if (!volume.contains(QLatin1String("secret")))
            continue; // emptyDir: the folder is it
        const QJsonObject source = volume.value(QLatin1String("secret")).toObject();
        const auto secret =
            m_store.object(QStringLiteral("secrets"), pod.ns, source.value(QLatin1String("secretName")).toString());
        if (!secret) {
            for (QList<Container> *list : {&pod.initContainers, &pod.containers}) {
                for (Container &container : *list)
                    container.waitingReason = QStringLiteral("ContainerCreating");
            }
            return false;
        }
        const QJsonObject data = secret->value(QLatin1String("data")).toObject();
        QList<QPair<QString, QString>> items;
        for (const QJsonValue &item : source.value(QLatin1String("items")).toArray())
            items.append({item.toObject().value(QLatin1String("key")).toString(),
                          item.toObject().value(QLatin1String("path")).toString()});
        if (items.isEmpty()) {
            for (auto it = data.constBegin(); it != data.constEnd(); ++it)
                items.append({it.key(), it.key()});
        }
        const int mode = source.value(QLatin1String("defaultMode")).toInt(0644);
        for (const auto &[key, relative] : std::as_const(items)) {
            const QString file = path + u'/' + relative;
            QDir().mkpath(QFileInfo(file).absolutePath());
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly))
                return false;
            out.write(QByteArray::fromBase64(data.value(key).toString().toLatin1()));
            out.close();
            QFile::setPermissions(
                file, QFileDevice::Permissions(((mode & 0444) ? QFileDevice::ReadOwner | QFileDevice::ReadUser : 0) |
                                               ((mode & 044) ? QFileDevice::ReadGroup | QFileDevice::ReadOther : 0)));
        }
    }
    QStringList hosts{QStringLiteral("127.0.0.1 localhost")};
    for (const QJsonValue &alias : spec.value(QLatin1String("hostAliases")).toArray())
        hosts.append(alias.toObject().value(QLatin1String("ip")).toString() + u' ' +
                     stringsOf(alias.toObject().value(QLatin1String("hostnames"))).join(u' '));
    QFile file(pod.dir->filePath(QStringLiteral("hosts")));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write((hosts.join(u'\n') + u'\n').toUtf8());
    pod.volumesReady = true;
    return true;
}

void PodProcesses::start(Pod &pod, Container &container, const QJsonObject &spec)
{
    const QString image = spec.value(QLatin1String("image")).toString();
    if (m_imageFails && m_imageFails(image)) {
        const bool backedOff =
            QDateTime::fromString(pod.created, Qt::ISODate).msecsTo(QDateTime::currentDateTimeUtc()) > 1000;
        container.waitingReason = backedOff ? QStringLiteral("ImagePullBackOff") : QStringLiteral("ErrImagePull");
        container.waitingMessage = QStringLiteral("Back-off pulling image \"%1\"").arg(image);
        return;
    }
    QStringList argv = stringsOf(spec.value(QLatin1String("command")));
    const QStringList args = stringsOf(spec.value(QLatin1String("args")));
    if (argv.isEmpty() && args.isEmpty())
        argv = m_imageCommands.value(image, {QStringLiteral("sleep"), QStringLiteral("3600")});
    argv += args;
    QStringList bwrap{QStringLiteral("--ro-bind"), QStringLiteral("/usr"), QStringLiteral("/usr"),
                      QStringLiteral("--ro-bind"), QStringLiteral("/etc"), QStringLiteral("/etc")};
    for (const char *top : {"bin", "sbin", "lib", "lib32", "lib64", "libx32"}) {
        const QFileInfo info(u'/' + QLatin1String(top));
        if (info.isSymLink())
            bwrap << QStringLiteral("--symlink") << info.symLinkTarget() << info.absoluteFilePath();
        else if (info.isDir())
            bwrap << QStringLiteral("--ro-bind") << info.absoluteFilePath() << info.absoluteFilePath();
    }
    bwrap << QStringLiteral("--proc") << QStringLiteral("/proc") << QStringLiteral("--dev") << QStringLiteral("/dev")
          << QStringLiteral("--tmpfs") << QStringLiteral("/tmp") << QStringLiteral("--dir") << QStringLiteral("/root")
          << QStringLiteral("--ro-bind") << pod.dir->filePath(QStringLiteral("hosts")) << QStringLiteral("/etc/hosts");
    for (const QJsonValue &value : spec.value(QLatin1String("volumeMounts")).toArray()) {
        const QJsonObject mount = value.toObject();
        bwrap << (mount.value(QLatin1String("readOnly")).toBool() ? QStringLiteral("--ro-bind")
                                                                  : QStringLiteral("--bind"))
              << pod.dir->filePath(QStringLiteral("volumes/") + mount.value(QLatin1String("name")).toString())
              << mount.value(QLatin1String("mountPath")).toString();
    }
    const QString workingDir = spec.value(QLatin1String("workingDir")).toString(QStringLiteral("/"));
    bwrap << QStringLiteral("--dir") << workingDir << QStringLiteral("--chdir") << workingDir
          << QStringLiteral("--unshare-pid") << QStringLiteral("--die-with-parent") << QStringLiteral("--new-session")
          << QStringLiteral("--setenv") << QStringLiteral("PATH")
          << QStringLiteral("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
          << QStringLiteral("--setenv") << QStringLiteral("HOME") << QStringLiteral("/root")
          << QStringLiteral("--setenv") << QStringLiteral("HOSTNAME") << pod.name;
    for (const QJsonValue &value : spec.value(QLatin1String("env")).toArray())
        bwrap << QStringLiteral("--setenv") << value.toObject().value(QLatin1String("name")).toString()
              << value.toObject().value(QLatin1String("value")).toString();
    bwrap << QStringLiteral("--") << argv;

    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setProcessEnvironment(QProcessEnvironment());
    const QString key = pod.ns + u'/' + pod.name + u'/' + container.name;
    const QString uid = pod.uid;
    const QString name = container.name;
    connect(process, &QProcess::readyRead, this, [this, process, key]() { m_log(key, process->readAll(), false); });
    connect(process, &QProcess::finished, this,
            [this, process, key, uid, name](int exitCode, QProcess::ExitStatus status) {
                m_log(key, process->readAll(), true);
                const auto pod = m_pods.value(uid);
                if (!pod)
                    return;
                for (QList<Container> *list : {&pod->initContainers, &pod->containers}) {
                    for (Container &container : *list) {
                        if (container.name == name && container.process == process) {
                            container.terminated = true;
                            container.exitCode = status == QProcess::NormalExit ? exitCode : 137;
                            container.finishedAt = now();
                        }
                    }
                }
                if (pod->endedPhase.isEmpty())
                    writeStatus(*pod);
            });
    container.process = process;
    container.startedAt = now();
    container.waitingReason.clear();
    process->start(QStringLiteral("/usr/bin/bwrap"), bwrap);
}

void PodProcesses::writeStatus(Pod &pod)
{
    const QJsonObject spec = pod.object.value(QLatin1String("spec")).toObject();
    const auto statusesOf = [&pod](const QList<Container> &containers, const QJsonArray &specs) {
        QJsonArray statuses;
        for (qsizetype i = 0; i < containers.size(); ++i) {
            const Container &container = containers.at(i);
            QJsonObject state;
            if (container.terminated)
                state = {{QStringLiteral("terminated"),
                          QJsonObject{{QStringLiteral("exitCode"), container.exitCode},
                                      {QStringLiteral("reason"),
                                       container.exitCode == 0 ? QStringLiteral("Completed") : QStringLiteral("Error")},
                                      {QStringLiteral("startedAt"), container.startedAt},
                                      {QStringLiteral("finishedAt"), container.finishedAt}}}};
            else if (container.process && pod.endedPhase.isEmpty())
                state = {{QStringLiteral("running"), QJsonObject{{QStringLiteral("startedAt"), container.startedAt}}}};
            else
                state = {
                    {QStringLiteral("waiting"), QJsonObject{{QStringLiteral("reason"), container.waitingReason},
                                                            {QStringLiteral("message"), container.waitingMessage}}}};
            statuses.append(QJsonObject{{QStringLiteral("name"), container.name},
                                        {QStringLiteral("image"), specs.at(i).toObject().value(QLatin1String("image"))},
                                        {QStringLiteral("ready"), bool(container.process) && !container.terminated},
                                        {QStringLiteral("started"), bool(container.process)},
                                        {QStringLiteral("restartCount"), 0},
                                        {QStringLiteral("state"), state}});
        }
        return statuses;
    };
    QString phase = QStringLiteral("Pending");
    bool initFailed = false;
    bool initDone = true;
    for (const Container &container : std::as_const(pod.initContainers)) {
        initFailed = initFailed || (container.terminated && container.exitCode != 0);
        initDone = initDone && container.terminated && container.exitCode == 0;
    }
    bool allEnded = !pod.containers.isEmpty();
    bool allSucceeded = true;
    bool anyRunning = false;
    for (const Container &container : std::as_const(pod.containers)) {
        allEnded = allEnded && container.terminated;
        allSucceeded = allSucceeded && container.terminated && container.exitCode == 0;
        anyRunning = anyRunning || (container.process && !container.terminated);
    }
    if (!pod.endedPhase.isEmpty())
        phase = pod.endedPhase;
    else if (initFailed || (allEnded && !allSucceeded))
        phase = QStringLiteral("Failed");
    else if (allEnded)
        phase = QStringLiteral("Succeeded");
    else if (initDone && anyRunning)
        phase = QStringLiteral("Running");
    QJsonObject status{{QStringLiteral("phase"), phase},
                       {QStringLiteral("startTime"), pod.created},
                       {QStringLiteral("hostIP"), QStringLiteral("10.0.0.11")},
                       {QStringLiteral("podIP"), QStringLiteral("10.42.0.%1").arg(qHash(pod.name) % 250 + 2)},
                       {QStringLiteral("conditions"),
                        QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("PodScheduled")},
                                               {QStringLiteral("status"), QStringLiteral("True")}},
                                   QJsonObject{{QStringLiteral("type"), QStringLiteral("Initialized")},
                                               {QStringLiteral("status"),
                                                initDone ? QStringLiteral("True") : QStringLiteral("False")}}}},
                       {QStringLiteral("initContainerStatuses"),
                        statusesOf(pod.initContainers, spec.value(QLatin1String("initContainers")).toArray())},
                       {QStringLiteral("containerStatuses"),
                        statusesOf(pod.containers, spec.value(QLatin1String("containers")).toArray())}};
    if (!pod.endedReason.isEmpty()) {
        status.insert(QStringLiteral("reason"), pod.endedReason);
        status.insert(QStringLiteral("message"), pod.endedMessage);
    }
    m_store.writeStatus(QStringLiteral("pods"), pod.ns, pod.name, status);
}

void PodProcesses::killAll(Pod &pod)
{
    for (QList<Container> *list : {&pod.initContainers, &pod.containers}) {
        for (Container &container : *list) {
            if (!container.process)
                continue;
            QProcess *process = container.process;
            process->disconnect(this);
            if (process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished(5000);
            }
            m_log(pod.ns + u'/' + pod.name + u'/' + container.name, process->readAll(), true);
            process->deleteLater();
            container.process = nullptr;
            if (!container.terminated) {
                container.terminated = true;
                container.exitCode = 137;
                container.finishedAt = now();
            }
        }
    }
}

void PodProcesses::evict(const QString &ns, const QString &name, const QString &message)
{
    for (const auto &pod : std::as_const(m_pods)) {
        if (pod->ns != ns || pod->name != name)
            continue;
        killAll(*pod);
        pod->endedPhase = QStringLiteral("Failed");
        pod->endedReason = QStringLiteral("Evicted");
        pod->endedMessage = message;
        writeStatus(*pod);
    }
}

void PodProcesses::loseNode()
{
    m_nodeLost = true;
}

} // namespace adp::test::kube
