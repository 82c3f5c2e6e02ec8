#pragma once

#include "ApiCalls.h"
#include "shared/core/Cluster.h"

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
    void remove(qint64 id, QObject *context, Done<shared::Done> done)
    {
        sendForNothing(m_client, "DELETE", m_path + QStringLiteral("/%1").arg(id), context, std::move(done));
    }

private:
    ApiClient &m_client;
    QString m_path;
};

} // namespace adp::shared
