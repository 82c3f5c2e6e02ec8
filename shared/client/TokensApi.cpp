#include "TokensApi.h"

#include "ApiCalls.h"

#include <QJsonArray>
#include <QJsonObject>

namespace adp::shared {

void TokensApi::list(QObject *context, std::function<void(const ApiResult<QList<ApiToken>> &)> done)
{
    fetchItems<ApiToken>(m_client, QStringLiteral("/api/v1/tokens"), {}, context, std::move(done));
}

void TokensApi::create(const ApiTokenRequest &request, QObject *context,
                       std::function<void(const ApiResult<CreatedApiToken> &)> done)
{
    m_client.send("POST", QStringLiteral("/api/v1/tokens"), {}, QJsonDocument(request.toJson()), context,
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
    sendForNothing(m_client, "DELETE", QStringLiteral("/api/v1/tokens/%1").arg(id), context, std::move(done));
}

} // namespace adp::shared
