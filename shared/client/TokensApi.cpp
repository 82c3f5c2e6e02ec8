#include "TokensApi.h"

#include <QJsonArray>
#include <QJsonObject>

namespace adp::shared {

void TokensApi::list(QObject *context, std::function<void(const ApiResult<QList<ApiToken>> &)> done)
{
    m_client.send("GET", QStringLiteral("/api/v1/tokens"), {}, {}, context, [done](const ApiResult<QJsonDocument> &result) {
        if (!result.ok())
            return done(result.error());
        QList<ApiToken> tokens;
        for (const QJsonValue &item : result.value().object().value(QStringLiteral("items")).toArray()) {
            if (auto token = ApiToken::fromJson(item.toObject()))
                tokens.append(*token);
        }
        done(tokens);
    });
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
    m_client.send("DELETE", QStringLiteral("/api/v1/tokens/%1").arg(id), {}, {}, context,
                  [done](const ApiResult<QJsonDocument> &result) {
                      if (!result.ok())
                          return done(result.error());
                      done(Done{});
                  });
}

} // namespace adp::shared
