#pragma once

#include "ApiCalls.h"
#include "shared/core/KubernetesExecutor.h"
#include "shared/core/KubernetesTarget.h"

namespace adp::shared {

// /api/v1/projects/{project}/kubernetes-targets and /kubernetes-rollouts: which environments
// deploy to Kubernetes, and how their rollouts went; /kubernetes-executor: whether the project's
// jobs run as pods.
class KubernetesApi
{
public:
    KubernetesApi(ApiClient &client, const QString &project)
        : m_client(client)
        , m_project(QStringLiteral("/api/v1/projects/%1").arg(pathSegment(project)))
    {
    }

    template <typename T> using Done = std::function<void(const ApiResult<T> &)>;

    void targets(QObject *context, Done<QList<KubernetesTarget>> done)
    {
        fetchItems<KubernetesTarget>(m_client, m_project + QStringLiteral("/kubernetes-targets"), {}, context,
                                     std::move(done));
    }
    void setTarget(const KubernetesTargetFields &fields, QObject *context, Done<KubernetesTarget> done)
    {
        sendForOne<KubernetesTarget>(m_client, "PUT", m_project + QStringLiteral("/kubernetes-targets"),
                                     fields.toJson(), context, std::move(done), "a Kubernetes target");
    }
    void removeTarget(qint64 id, QObject *context, Done<shared::Done> done)
    {
        sendForNothing(m_client, "DELETE", m_project + QStringLiteral("/kubernetes-targets/%1").arg(id), context,
                       std::move(done));
    }
    void rollouts(const QString &environment, int limit, QObject *context, Done<QList<KubernetesRollout>> done)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("environment"), environment);
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        fetchItems<KubernetesRollout>(m_client, m_project + QStringLiteral("/kubernetes-rollouts"), query, context,
                                      std::move(done));
    }

    // Asks the cluster now whether the environment's objects are still what its latest rollout applied.
    void checkDrift(const QString &environment, QObject *context, Done<KubernetesDrift> done)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("environment"), environment);
        sendForOne<KubernetesDrift>(m_client, "POST", m_project + QStringLiteral("/kubernetes-drift"), QJsonObject(),
                                    context, std::move(done), "a drift check", query);
    }

    void executor(QObject *context, Done<KubernetesExecutor> done)
    {
        sendForOne<KubernetesExecutor>(m_client, "GET", m_project + QStringLiteral("/kubernetes-executor"), {}, context,
                                       std::move(done), "a Kubernetes executor");
    }
    void setExecutor(const KubernetesExecutorFields &fields, QObject *context, Done<KubernetesExecutor> done)
    {
        sendForOne<KubernetesExecutor>(m_client, "PUT", m_project + QStringLiteral("/kubernetes-executor"),
                                       fields.toJson(), context, std::move(done), "a Kubernetes executor");
    }
    void removeExecutor(QObject *context, Done<shared::Done> done)
    {
        sendForNothing(m_client, "DELETE", m_project + QStringLiteral("/kubernetes-executor"), context,
                       std::move(done));
    }

private:
    ApiClient &m_client;
    QString m_project;
};

} // namespace adp::shared
