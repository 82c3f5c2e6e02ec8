#include "RepositoryApi.h"

#include "ApiCalls.h"
#include "shared/core/ApiTime.h"

namespace adp::shared {

std::optional<RepositoryTokenStatus> RepositoryTokenStatus::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("set")).isBool())
        return std::nullopt;
    return RepositoryTokenStatus{
        object.value(QStringLiteral("set")).toBool(), object.value(QStringLiteral("provider")).toString(),
        object.value(QStringLiteral("api_url")).toString(), object.value(QStringLiteral("repository")).toString(),
        fromApiTime(object.value(QStringLiteral("updated_at")).toString())};
}

std::optional<WebhookSetup> WebhookSetup::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("secret")).isString())
        return std::nullopt;
    return WebhookSetup{object.value(QStringLiteral("secret")).toString(),
                        object.value(QStringLiteral("github_url")).toString(),
                        object.value(QStringLiteral("gitlab_url")).toString()};
}

RepositoryApi::RepositoryApi(ApiClient &client, const QString &project)
    : m_client(client)
    , m_project(QStringLiteral("/api/v1/projects/%1/").arg(pathSegment(project)))
{
}

void RepositoryApi::file(const QString &ref, const QString &path, QObject *context, Done<RepositoryFile> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("ref"), QString::fromUtf8(QUrl::toPercentEncoding(ref)));
    query.addQueryItem(QStringLiteral("path"), QString::fromUtf8(QUrl::toPercentEncoding(path)));
    sendForOne<RepositoryFile>(m_client, "GET", m_project + QStringLiteral("repository/files"), {}, context,
                               std::move(done), "a repository file", query);
}

void RepositoryApi::tokenStatus(QObject *context, Done<RepositoryTokenStatus> done)
{
    sendForOne<RepositoryTokenStatus>(m_client, "GET", m_project + QStringLiteral("repository-token"), {}, context,
                                      std::move(done), "a repository token");
}

void RepositoryApi::setToken(const QString &provider, const QString &token, const QString &apiUrl,
                             const QString &repository, QObject *context, Done<RepositoryTokenStatus> done)
{
    QJsonObject body{{QStringLiteral("provider"), provider}, {QStringLiteral("token"), token}};
    if (!apiUrl.isEmpty())
        body.insert(QStringLiteral("api_url"), apiUrl);
    if (!repository.isEmpty())
        body.insert(QStringLiteral("repository"), repository);
    sendForOne<RepositoryTokenStatus>(m_client, "PUT", m_project + QStringLiteral("repository-token"), body, context,
                                      std::move(done), "a repository token");
}

void RepositoryApi::removeToken(QObject *context, Done<shared::Done> done)
{
    sendForNothing(m_client, "DELETE", m_project + QStringLiteral("repository-token"), context, std::move(done));
}

void RepositoryApi::setWebhookSecret(const QString &secret, QObject *context, Done<WebhookSetup> done)
{
    QJsonObject body;
    if (!secret.isEmpty())
        body.insert(QStringLiteral("secret"), secret);
    sendForOne<WebhookSetup>(m_client, "POST", m_project + QStringLiteral("webhook-secret"), body, context,
                             std::move(done), "a webhook secret");
}

} // namespace adp::shared
