#pragma once

#include "ApiCalls.h"
#include "shared/core/Cluster.h"
#include "shared/core/ClusterConnection.h"

namespace adp::shared {

// /api/v1/projects/{project}/clusters: the Kubernetes clusters a project may use (its own and its
// organisation's); /api/v1/organisations/{organisation}/clusters: an organisation's own.
class ClustersApi
{
public:
    ClustersApi(ApiClient &client, const QString &project)
        : ClustersApi(client, QStringLiteral("/api/v1/projects/%1/clusters").arg(pathSegment(project)), 0)
    {
    }
    static ClustersApi ofOrganisation(ApiClient &client, const QString &organisation)
    {
        return ClustersApi(client, QStringLiteral("/api/v1/organisations/%1/clusters").arg(pathSegment(organisation)),
                           0);
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
    ClustersApi(ApiClient &client, QString path, int)
        : m_client(client)
        , m_path(std::move(path))
    {
    }

    ApiClient &m_client;
    QString m_path;
};

} // namespace adp::shared
