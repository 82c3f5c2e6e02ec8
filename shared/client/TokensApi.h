#pragma once

#include "ApiClient.h"
#include "shared/core/ApiToken.h"

namespace adp::shared {

struct CreatedApiToken
{
    ApiToken token;
    QString secret; // shown once
};

// /api/v1/tokens: the signed-in user's API tokens; or, given a project slug,
// /api/v1/projects/{project}/tokens: that project's tokens.
class TokensApi
{
public:
    explicit TokensApi(ApiClient &client, const QString &project = {});

    void list(QObject *context, std::function<void(const ApiResult<QList<ApiToken>> &)> done);
    void create(const ApiTokenRequest &request, QObject *context,
                std::function<void(const ApiResult<CreatedApiToken> &)> done);
    void revoke(qint64 id, QObject *context, std::function<void(const ApiResult<Done> &)> done);

private:
    ApiClient &m_client;
    QString m_base;
};

} // namespace adp::shared
