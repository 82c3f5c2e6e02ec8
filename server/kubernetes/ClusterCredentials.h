#pragma once

#include "crypto/SecretBox.h"
#include "kube/KubeConfig.h"
#include "shared/core/Cluster.h"
#include "storage/Executor.h"

namespace adp::server::kubernetes {

// A stored cluster's kubeconfig, opened with the server's secrets key and read again with the
// context it was added with: what every request to that cluster is made as.
class ClusterCredentials
{
public:
    // nullopt with `error` in words when the cluster is gone, the key cannot open it or the file no longer reads.
    static std::optional<kube::KubeConfig> open(const storage::Executor &run, const crypto::SecretBox &secrets,
                                                qint64 projectId, qint64 clusterId, QString &error);
    // A cluster already found (a project's or an organisation's).
    static std::optional<kube::KubeConfig> open(const storage::Executor &run, const crypto::SecretBox &secrets,
                                                const shared::Cluster &cluster, QString &error);
};

} // namespace adp::server::kubernetes
