#pragma once

#include "AdminSession.h"

namespace adp::test {

// An AdminSession with the project "shop" (its repository at `repository`) and a cluster of it,
// "k3s", made from `kubeconfig`: how the Kubernetes suites begin.
struct ClusterProject : AdminSession
{
    qint64 clusterId = 0;

    static ClusterProject start(const QString &backend, const QString &repository, const QString &kubeconfig,
                                const std::function<void(server::ServerConfig &)> &configure = {})
    {
        ClusterProject made;
        static_cast<AdminSession &>(made) = AdminSession::start(backend, configure);
        if (!made.AdminSession::ok() ||
            made.admin->post("/api/v1/projects", {{"name", "Shop"}, {"slug", "shop"}, {"repository_url", repository}})
                    .status != 201)
            return made;
        const HttpResult cluster =
            made.admin->post("/api/v1/projects/shop/clusters", {{"name", "k3s"}, {"kubeconfig", kubeconfig}});
        if (cluster.status == 201)
            made.clusterId = cluster.json().value("id").toInteger();
        return made;
    }
    bool ok() const { return AdminSession::ok() && clusterId != 0; }
};

} // namespace adp::test
