#pragma once

#include "kube/KubeConfig.h"
#include "shared/core/KubernetesExecutor.h"

#include <optional>

namespace adp::server::kubernetes {

// A worker pool that runs every job it takes as a pod (kubernetes_executor: in the server's
// configuration): the cluster it reaches (a kubeconfig file the operator names, or the service
// account of the pod the server runs in) and the executor's settings, checked as a project's are.
// A project's own executor, where it has one, still decides where that project's jobs run.
//
//   {"kubeconfig": "/etc/adp/kubeconfig" | "in-cluster", "context"?: "ci", "namespace"?: "ci",
//    "image"?, "helper_image"?, "service_account"?, "node_selector"?, "tolerations"?,
//    "cpu_request"?, "cpu_limit"?, "memory_request"?, "memory_limit"?, "max_cpu"?, "max_memory"?}
class WorkerPoolExecutor
{
public:
    // nullopt with `error` in words (the file, the field and what is wrong with it).
    static std::optional<WorkerPoolExecutor> load(const QString &file, QString &error);

    const shared::KubernetesExecutor &settings() const { return m_settings; }
    // What each request is made as; the in-cluster identity is read again each time (its token rotates).
    std::optional<kube::KubeConfig> credentials(QString &error) const;

private:
    shared::KubernetesExecutor m_settings;
    std::optional<kube::KubeConfig> m_fixed; // from a kubeconfig file; none: in-cluster
};

} // namespace adp::server::kubernetes
