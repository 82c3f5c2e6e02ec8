#include "ConnectionCheck.h"

#include <QJsonArray>

namespace adp::server::kubernetes {

using shared::ClusterConnection;

namespace {

const QString kAccessReviews = QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews");
const QString kRulesReviews = QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectrulesreviews");

QStringList stringsOf(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

// Records why `reply` ended the test; false when it did.
bool usable(const KubeApiClient::Reply &reply, ClusterConnection &connection)
{
    if (!reply.answered()) {
        switch (reply.failure) {
        case KubeApiClient::Failure::Unreachable:
            connection.problem = QString::fromLatin1(ClusterConnection::kUnreachable);
            break;
        case KubeApiClient::Failure::Certificate:
            connection.problem = QString::fromLatin1(ClusterConnection::kCertificate);
            break;
        case KubeApiClient::Failure::Timeout:
            connection.problem = QString::fromLatin1(ClusterConnection::kTimeout);
            break;
        default:
            connection.problem = QString::fromLatin1(ClusterConnection::kUnexpected);
        }
        connection.message = reply.error;
        return false;
    }
    if (reply.status == 401) {
        connection.problem = QString::fromLatin1(ClusterConnection::kUnauthorized);
        connection.message = QStringLiteral("The API server did not accept the credentials (%1); a token may have "
                                            "expired or been revoked")
                                 .arg(reply.message());
        return false;
    }
    if (!reply.ok()) {
        connection.problem = QString::fromLatin1(ClusterConnection::kUnexpected);
        connection.message = reply.message();
        return false;
    }
    return true;
}

void readVersion(const QJsonObject &version, ClusterConnection &connection)
{
    connection.version = version.value(QLatin1String("gitVersion")).toString();
    connection.platform = version.value(QLatin1String("platform")).toString();
}

bool askEachNeed(KubeApiClient &client, ClusterConnection &connection)
{
    for (ClusterConnection::Permission need : ConnectionCheck::needs()) {
        QJsonObject attributes{{QStringLiteral("namespace"), connection.namespaceName},
                               {QStringLiteral("verb"), need.verb},
                               {QStringLiteral("group"), need.group},
                               {QStringLiteral("resource"), need.resource}};
        if (!need.subresource.isEmpty())
            attributes.insert(QStringLiteral("subresource"), need.subresource);
        const auto reply =
            client.create(kAccessReviews,
                          {{QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1")},
                           {QStringLiteral("kind"), QStringLiteral("SelfSubjectAccessReview")},
                           {QStringLiteral("spec"), QJsonObject{{QStringLiteral("resourceAttributes"), attributes}}}});
        if (!usable(reply, connection))
            return false;
        const QJsonObject status = reply.object().value(QLatin1String("status")).toObject();
        need.allowed = status.value(QLatin1String("allowed")).toBool();
        need.reason = status.value(QLatin1String("reason")).toString();
        if (need.reason.isEmpty())
            need.reason = status.value(QLatin1String("evaluationError")).toString();
        connection.permissions.append(need);
    }
    return true;
}

// The listed rules are shown, not relied on: an authoriser may allow what it cannot list.
void listRules(KubeApiClient &client, ClusterConnection &connection)
{
    const auto reply =
        client.create(kRulesReviews,
                      {{QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1")},
                       {QStringLiteral("kind"), QStringLiteral("SelfSubjectRulesReview")},
                       {QStringLiteral("spec"), QJsonObject{{QStringLiteral("namespace"), connection.namespaceName}}}});
    if (!reply.ok()) {
        connection.rulesIncomplete = true;
        return;
    }
    const QJsonObject status = reply.object().value(QLatin1String("status")).toObject();
    for (const QJsonValue &value : status.value(QLatin1String("resourceRules")).toArray()) {
        const QJsonObject rule = value.toObject();
        connection.rules.append(
            {stringsOf(rule.value(QLatin1String("verbs"))), stringsOf(rule.value(QLatin1String("apiGroups"))),
             stringsOf(rule.value(QLatin1String("resources"))), stringsOf(rule.value(QLatin1String("resourceNames")))});
    }
    connection.rulesIncomplete = status.value(QLatin1String("incomplete")).toBool();
}

QString summary(const ClusterConnection &connection)
{
    QStringList refused;
    for (const auto &permission : connection.permissions) {
        if (!permission.allowed)
            refused.append(permission.describe());
    }
    if (refused.isEmpty())
        return QStringLiteral("Connected to Kubernetes %1; the credentials may deploy and run jobs in namespace %2")
            .arg(connection.version, connection.namespaceName);
    return QStringLiteral("Connected to Kubernetes %1, but in namespace %2 the credentials may not: %3")
        .arg(connection.version, connection.namespaceName, refused.join(QStringLiteral(", ")));
}

} // namespace

QList<ClusterConnection::Permission> ConnectionCheck::needs()
{
    const QString deploy = QStringLiteral("deploy");
    const QString jobs = QStringLiteral("jobs");
    const QString apps = QStringLiteral("apps");
    return {
        {deploy, QStringLiteral("patch"), apps, QStringLiteral("deployments"), {}, false, {}},
        {deploy, QStringLiteral("watch"), apps, QStringLiteral("deployments"), {}, false, {}},
        {deploy, QStringLiteral("list"), apps, QStringLiteral("replicasets"), {}, false, {}},
        {deploy, QStringLiteral("delete"), apps, QStringLiteral("deployments"), {}, false, {}},
        {deploy, QStringLiteral("patch"), {}, QStringLiteral("services"), {}, false, {}},
        {deploy, QStringLiteral("patch"), {}, QStringLiteral("configmaps"), {}, false, {}},
        {jobs, QStringLiteral("create"), {}, QStringLiteral("pods"), {}, false, {}},
        {jobs, QStringLiteral("watch"), {}, QStringLiteral("pods"), {}, false, {}},
        {jobs, QStringLiteral("get"), {}, QStringLiteral("pods"), QStringLiteral("log"), false, {}},
        {jobs, QStringLiteral("delete"), {}, QStringLiteral("pods"), {}, false, {}},
    };
}

ClusterConnection ConnectionCheck::run(KubeApiClient &client, const QDateTime &now)
{
    ClusterConnection connection;
    connection.checkedAt = now;
    connection.namespaceName = client.config().namespaceName;
    const auto version = client.get(QStringLiteral("/version"));
    if (!usable(version, connection))
        return connection;
    readVersion(version.object(), connection);
    if (!askEachNeed(client, connection))
        return connection;
    listRules(client, connection);
    connection.connected = true;
    connection.message = summary(connection);
    return connection;
}

} // namespace adp::server::kubernetes
