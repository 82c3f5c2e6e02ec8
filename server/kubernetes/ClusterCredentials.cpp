#include "ClusterCredentials.h"

#include "ClusterRepository.h"

namespace adp::server::kubernetes {

std::optional<kube::KubeConfig> ClusterCredentials::open(const storage::Executor &run, const crypto::SecretBox &secrets,
                                                         qint64 projectId, qint64 clusterId, QString &error)
{
    const auto cluster = ClusterRepository::find(run, projectId, clusterId);
    if (!cluster) {
        error = QStringLiteral("the cluster is no longer there");
        return std::nullopt;
    }
    return open(run, secrets, *cluster, error);
}

std::optional<kube::KubeConfig> ClusterCredentials::open(const storage::Executor &run, const crypto::SecretBox &secrets,
                                                         const shared::Cluster &cluster, QString &error)
{
    const auto kubeconfig = secrets.open(ClusterRepository::sealedKubeconfig(run, cluster.id));
    if (!kubeconfig) {
        error =
            QStringLiteral("the cluster %1's kubeconfig cannot be opened with the server's secrets key; add it again")
                .arg(cluster.name);
        return std::nullopt;
    }
    QStringList problems;
    auto config = kube::KubeConfig::parse(kubeconfig->toUtf8(), cluster.context, problems);
    if (!config)
        error =
            QStringLiteral("the cluster %1's kubeconfig is no longer usable: %2").arg(cluster.name, problems.value(0));
    return config;
}

} // namespace adp::server::kubernetes
