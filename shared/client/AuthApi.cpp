#include "AuthApi.h"

#include <QJsonObject>

namespace adp::shared {

CurrentUser CurrentUser::fromJson(const QJsonObject &object)
{
    CurrentUser user;
    user.id = object.value(QStringLiteral("id")).toInteger();
    user.username = object.value(QStringLiteral("username")).toString();
    user.isAdmin = object.value(QStringLiteral("is_admin")).toBool();
    return user;
}

void AuthApi::login(const QString &username, const QString &password, QObject *context,
                    std::function<void(const ApiResult<LoginResult> &)> done)
{
    const QJsonObject body{{QStringLiteral("username"), username}, {QStringLiteral("password"), password}};
    m_client.send("POST", QStringLiteral("/api/v1/auth/login"), {}, QJsonDocument(body), context,
                  [done](const ApiResult<QJsonDocument> &result) {
                      if (!result.ok())
                          return done(result.error());
                      const QJsonObject object = result.value().object();
                      LoginResult login;
                      login.token = object.value(QStringLiteral("token")).toString();
                      login.expiresAt = QDateTime::fromString(
                          object.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
                      login.user = CurrentUser::fromJson(object.value(QStringLiteral("user")).toObject());
                      if (login.token.isEmpty())
                          return done(ApiError::network(QStringLiteral("The login answer has no token")));
                      done(login);
                  });
}

void AuthApi::logout(QObject *context, std::function<void(const ApiResult<Done> &)> done)
{
    m_client.send("POST", QStringLiteral("/api/v1/auth/logout"), {}, {}, context,
                  [done](const ApiResult<QJsonDocument> &result) {
                      if (!result.ok())
                          return done(result.error());
                      done(Done{});
                  });
}

void AuthApi::me(QObject *context, std::function<void(const ApiResult<CurrentUser> &)> done)
{
    m_client.send("GET", QStringLiteral("/api/v1/auth/me"), {}, {}, context,
                  [done](const ApiResult<QJsonDocument> &result) {
                      if (!result.ok())
                          return done(result.error());
                      done(CurrentUser::fromJson(result.value().object()));
                  });
}

} // namespace adp::shared
