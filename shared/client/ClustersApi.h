#pragma once

#include "ApiCalls.h"
#include "shared/core/Cluster.h"
#include "shared/core/ClusterConnection.h"

namespace adp::shared {

// /api/v1/projects/{project}/clusters: a project's Kubernetes clusters.
class ClustersApi
{
public:
    ClustersApi(ApiClient &client, const QString &project)
        : m_client(client)
        , m_path(QStringLiteral("/api/v1/projects/%1/clusters").arg(pathSegment(project)))
    {
    }

    template <typename T> using Done = std::function<void(const ApiResult<T> &)>;

    void list(QObject *context, Done<QList<Cluster>> done)
    {
        fetchItems<Cluster>(m_client, m_path, {}, context, std::move(done));
    }
    void create(const ClusterFields &fields, QObject *context, Done<Cluster> done)
    {
        sendForOne<Cluster>(m_client, "POST", m_path, fields.toJson(), context, std::move(done), "a cluster");
    }
    // Tests a cluster's connection (the outcome is kept as its last check).
    void test(qint64 id, QObject *context, Done<ClusterConnection> done)
    {
        sendForOne<ClusterConnection>(m_client, "POST", m_path + QStringLiteral("/%1/test").arg(id), QJsonObject(),
                                      context, std::move(done), "a connection test");
    }
    // Tests a kubeconfig before it is added; nothing is kept.
    void testDraft(const ClusterFields &fields, QObject *context, Done<ClusterConnection> done)
    {
        sendForOne<ClusterConnection>(m_client, "POST", m_path + QStringLiteral("/test"), fields.toJson(), context,
                                      std::move(done), "a connection test");
    }
    void remove(qint64 id, QObject *context, Done<shared::Done> done)
    {
        sendForNothing(m_client, "DELETE", m_path + QStringLiteral("/%1").arg(id), context, std::move(done));
    }

private:
    ApiClient &m_client;
    QString m_path;
};

} // namespace adp::shared
