#pragma once

#include "ApiClient.h"
#include "shared/core/RepositoryFile.h"

#include <QDateTime>
#include <optional>

namespace adp::shared {

// A project's repository token as the API shows it: never the token itself.
struct RepositoryTokenStatus
{
    bool set = false;
    QString provider; // github, gitlab
    QString apiUrl;
    QString repository;
    QDateTime updatedAt;

    static std::optional<RepositoryTokenStatus> fromJson(const QJsonObject &object);
};

// A new webhook secret, shown once, with the URLs to register it at.
struct WebhookSetup
{
    QString secret;
    QString githubUrl;
    QString gitlabUrl;

    static std::optional<WebhookSetup> fromJson(const QJsonObject &object);
};

// /api/v1/projects/{project}/repository-token and /webhook-secret (maintainers); a file of the
// repository (/repository/files).
class RepositoryApi
{
public:
    RepositoryApi(ApiClient &client, const QString &project);

    template <typename T> using Done = std::function<void(const ApiResult<T> &)>;

    void tokenStatus(QObject *context, Done<RepositoryTokenStatus> done);
    // `apiUrl` and `repository` empty: the server derives them from the repository URL.
    void setToken(const QString &provider, const QString &token, const QString &apiUrl, const QString &repository,
                  QObject *context, Done<RepositoryTokenStatus> done);
    void removeToken(QObject *context, Done<shared::Done> done);
    // A new random secret when `secret` is empty.
    void setWebhookSecret(const QString &secret, QObject *context, Done<WebhookSetup> done);
    // One text file at a branch, tag or commit (reporters and up).
    void file(const QString &ref, const QString &path, QObject *context, Done<RepositoryFile> done);

private:
    ApiClient &m_client;
    QString m_project; // /api/v1/projects/{project}/
};

} // namespace adp::shared
