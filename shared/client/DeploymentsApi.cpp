#include "DeploymentsApi.h"

#include "ApiCalls.h"

#include <QUrlQuery>

namespace adp::shared {

namespace {
QString projectPath(const QString &project, const char *rest)
{
    return QStringLiteral("/api/v1/projects/%1/%2").arg(pathSegment(project), QLatin1String(rest));
}
} // namespace

void DeploymentsApi::environments(const QString &project, QObject *context, Done<QList<Environment>> done)
{
    fetchItems<Environment>(m_client, projectPath(project, "environments"), {}, context, std::move(done));
}

void DeploymentsApi::environment(const QString &project, const QString &environment, QObject *context,
                                 Done<Environment> done)
{
    sendForOne<Environment>(m_client, "GET", projectPath(project, "environments/") + pathSegment(environment), {},
                            context, std::move(done), "an environment");
}

void DeploymentsApi::stop(const QString &project, const QString &environment, QObject *context, Done<Environment> done)
{
    onEnvironment(project, environment, QStringLiteral("stop"), context, std::move(done));
}

void DeploymentsApi::unpin(const QString &project, const QString &environment, QObject *context, Done<Environment> done)
{
    onEnvironment(project, environment, QStringLiteral("unpin"), context, std::move(done));
}

void DeploymentsApi::onEnvironment(const QString &project, const QString &environment, const QString &action,
                                   QObject *context, Done<Environment> done)
{
    sendForOne<Environment>(m_client, "POST",
                            projectPath(project, "environments/") + pathSegment(environment) + u'/' + action,
                            QJsonObject{}, context, std::move(done), "an environment");
}

void DeploymentsApi::deployments(const QString &project, const QUrlQuery &filters, QObject *context,
                                 Done<DeploymentPage> done)
{
    fetchPage<DeploymentPage>(m_client, projectPath(project, "deployments"), filters, context, std::move(done));
}

void DeploymentsApi::deployment(const QString &project, qint64 iid, QObject *context, Done<Deployment> done)
{
    sendForOne<Deployment>(m_client, "GET", projectPath(project, "deployments/") + QString::number(iid), {}, context,
                           std::move(done), "a deployment");
}

void DeploymentsApi::decide(const QString &project, qint64 iid, const QString &decision, const QString &comment,
                            QObject *context, Done<Deployment> done)
{
    QJsonObject body;
    if (!comment.isEmpty())
        body.insert(QStringLiteral("comment"), comment);
    sendForOne<Deployment>(m_client, "POST",
                           projectPath(project, "deployments/") + QString::number(iid) + u'/' + pathSegment(decision),
                           body, context, std::move(done), "a deployment");
}

void DeploymentsApi::rollback(const QString &project, qint64 iid, QObject *context, Done<Deployment> done)
{
    onDeployment(project, iid, QStringLiteral("rollback"), context, std::move(done));
}

void DeploymentsApi::compare(const QString &project, qint64 iid, qint64 fromIid, QObject *context,
                             Done<DeploymentComparison> done)
{
    QUrlQuery query;
    if (fromIid > 0)
        query.addQueryItem(QStringLiteral("from"), QString::number(fromIid));
    sendForOne<DeploymentComparison>(
        m_client, "GET", projectPath(project, "deployments/") + QString::number(iid) + QStringLiteral("/compare"), {},
        context, std::move(done), "a comparison", query);
}

void DeploymentsApi::waitingForMe(QObject *context, Done<QList<Deployment>> done)
{
    fetchItems<Deployment>(m_client, QStringLiteral("/api/v1/approvals"), {}, context, std::move(done));
}

void DeploymentsApi::overrideFreeze(const QString &project, qint64 iid, QObject *context, Done<Deployment> done)
{
    onDeployment(project, iid, QStringLiteral("override-freeze"), context, std::move(done));
}

void DeploymentsApi::onDeployment(const QString &project, qint64 iid, const QString &action, QObject *context,
                                  Done<Deployment> done)
{
    sendForOne<Deployment>(m_client, "POST",
                           projectPath(project, "deployments/") + QString::number(iid) + u'/' + action, QJsonObject{},
                           context, std::move(done), "a deployment");
}

} // namespace adp::shared
