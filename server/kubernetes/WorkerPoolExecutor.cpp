#include "WorkerPoolExecutor.h"

#include "KubernetesExecutorRules.h"

#include <QFile>
#include <QJsonDocument>

namespace adp::server::kubernetes {

std::optional<WorkerPoolExecutor> WorkerPoolExecutor::load(const QString &file, QString &error)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("kubernetes_executor: cannot read %1").arg(file);
        return std::nullopt;
    }
    QJsonParseError parsed;
    QJsonObject object = QJsonDocument::fromJson(input.read(1024 * 1024), &parsed).object();
    if (parsed.error != QJsonParseError::NoError) {
        error = QStringLiteral("kubernetes_executor: %1 is not JSON: %2").arg(file, parsed.errorString());
        return std::nullopt;
    }
    const QString kubeconfig = object.take(QStringLiteral("kubeconfig")).toString();
    const QString context = object.take(QStringLiteral("context")).toString();
    const bool namespaceGiven = object.contains(QStringLiteral("namespace"));
    shared::FieldErrors errors;
    const auto fields = shared::KubernetesExecutorFields::fromJson(object, errors);
    WorkerPoolExecutor pool;
    pool.m_settings.clusterName = kubeconfig == u"in-cluster" ? QStringLiteral("in-cluster") : context;
    pool.m_settings.image = QString::fromLatin1(shared::KubernetesExecutor::kDefaultImage);
    pool.m_settings.helperImage = QString::fromLatin1(shared::KubernetesExecutor::kDefaultHelperImage);
    KubernetesExecutorRules::apply(fields, pool.m_settings, errors);
    if (kubeconfig.isEmpty())
        errors.append({QStringLiteral("kubeconfig"), QString::fromLatin1(shared::fieldcodes::Required),
                       QStringLiteral("is required: a kubeconfig file's path, or in-cluster")});
    if (fields.clusterId)
        errors.append(shared::invalidField(QStringLiteral("cluster_id"),
                                           QStringLiteral("is a project's; a worker pool names its kubeconfig")));
    if (!errors.isEmpty()) {
        error = QStringLiteral("kubernetes_executor: %1: %2").arg(file, shared::fieldErrorsText(errors));
        return std::nullopt;
    }
    QString problem;
    if (kubeconfig != u"in-cluster") {
        QFile configFile(kubeconfig);
        QStringList problems;
        if (!configFile.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("kubernetes_executor: cannot read the kubeconfig %1").arg(kubeconfig);
            return std::nullopt;
        }
        pool.m_fixed = kube::KubeConfig::parse(configFile.read(kube::KubeConfig::kMaxBytes + 1), context, problems);
        if (!pool.m_fixed) {
            error = QStringLiteral("kubernetes_executor: the kubeconfig %1: %2")
                        .arg(kubeconfig, problems.join(QStringLiteral("; ")));
            return std::nullopt;
        }
        pool.m_settings.clusterName = pool.m_fixed->context;
    }
    const auto credentials = pool.credentials(problem);
    if (!credentials) {
        error = QStringLiteral("kubernetes_executor: %1").arg(problem);
        return std::nullopt;
    }
    if (!namespaceGiven)
        pool.m_settings.namespaceName = credentials->namespaceName;
    return pool;
}

std::optional<kube::KubeConfig> WorkerPoolExecutor::credentials(QString &error) const
{
    if (m_fixed)
        return m_fixed;
    return kube::KubeConfig::inCluster(QString::fromLatin1(kube::KubeConfig::kServiceAccountDir),
                                       qEnvironmentVariable("KUBERNETES_SERVICE_HOST"),
                                       qEnvironmentVariable("KUBERNETES_SERVICE_PORT"), error);
}

} // namespace adp::server::kubernetes
