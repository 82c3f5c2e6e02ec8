#include "TokensApi.h"

#include "ApiCalls.h"

#include <QJsonArray>
#include <QJsonObject>

namespace adp::shared {

TokensApi::TokensApi(ApiClient &client, const QString &project)
    : m_client(client)
    , m_base(project.isEmpty() ? QStringLiteral("/api/v1/tokens")
                               : QStringLiteral("/api/v1/projects/%1/tokens").arg(pathSegment(project)))
{
}

void TokensApi::list(QObject *context, std::function<void(const ApiResult<QList<ApiToken>> &)> done)
{
    fetchItems<ApiToken>(m_client, m_base, {}, context, std::move(done));
}

void TokensApi::create(const ApiTokenRequest &request, QObject *context,
                       std::function<void(const ApiResult<CreatedApiToken> &)> done)
{
    m_client.send("POST", m_base, {}, QJsonDocument(request.toJson()), context,
                  [done](const ApiResult<QJsonDocument> &result) {
                      if (!result.ok())
                          return done(result.error());
                      const QJsonObject object = result.value().object();
                      const auto token = ApiToken::fromJson(object);
                      const QString secret = object.value(QStringLiteral("token")).toString();
                      if (!token || secret.isEmpty())
                          return done(ApiError::network(QStringLiteral("The server's answer is not a new token")));
                      done(CreatedApiToken{*token, secret});
                  });
}

void TokensApi::revoke(qint64 id, QObject *context, std::function<void(const ApiResult<Done> &)> done)
{
    sendForNothing(m_client, "DELETE", m_base + QStringLiteral("/%1").arg(id), context, std::move(done));
}

} // namespace adp::shared
