#pragma once

#include "ApiClient.h"
#include "shared/core/Deployment.h"
#include "shared/core/DeploymentComparison.h"

namespace adp::shared {

// A page of deployments, newest first.
struct DeploymentPage
{
    QList<Deployment> items;
    QString nextCursor; // empty on the last page
};

// /api/v1/projects/{p}/environments and /api/v1/projects/{p}/deployments.
class DeploymentsApi
{
public:
    explicit DeploymentsApi(ApiClient &client)
        : m_client(client)
    {
    }

    template <typename T> using Done = std::function<void(const ApiResult<T> &)>;

    void environments(const QString &project, QObject *context, Done<QList<Environment>> done);
    // `environment`: an id or a name.
    void environment(const QString &project, const QString &environment, QObject *context, Done<Environment> done);
    // Plays its stop job, or stops it at once; the environment afterwards.
    void stop(const QString &project, const QString &environment, QObject *context, Done<Environment> done);
    // Lifts a rollback's pin: deploy jobs held back by it go on.
    void unpin(const QString &project, const QString &environment, QObject *context, Done<Environment> done);
    // `filters`: environment, status, limit, cursor.
    void deployments(const QString &project, const QUrlQuery &filters, QObject *context, Done<DeploymentPage> done);
    void deployment(const QString &project, qint64 iid, QObject *context, Done<Deployment> done);
    // `decision`: approve or reject; the deployment as it is afterwards.
    void decide(const QString &project, qint64 iid, const QString &decision, const QString &comment, QObject *context,
                Done<Deployment> done);
    // Redeploys a successful deployment (its job again, at its commit) and pins its environment;
    // answers the new deployment.
    void rollback(const QString &project, qint64 iid, QObject *context, Done<Deployment> done);
    // What changed from deployment `fromIid` (0: the successful one before it) to `iid`.
    void compare(const QString &project, qint64 iid, qint64 fromIid, QObject *context, Done<DeploymentComparison> done);
    // Deployments across the caller's projects that wait for the caller's approval (each with its project).
    void waitingForMe(QObject *context, Done<QList<Deployment>> done);
    // Lets a deployment a hard freeze holds go on now (maintainers).
    void overrideFreeze(const QString &project, qint64 iid, QObject *context, Done<Deployment> done);

private:
    // POST .../environments/{environment}/{action}: stop, unpin.
    void onEnvironment(const QString &project, const QString &environment, const QString &action, QObject *context,
                       Done<Environment> done);
    // POST .../deployments/{iid}/{action} without a body: rollback, override-freeze.
    void onDeployment(const QString &project, qint64 iid, const QString &action, QObject *context,
                      Done<Deployment> done);

    ApiClient &m_client;
};

} // namespace adp::shared
