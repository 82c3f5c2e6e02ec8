#include "AuthApi.h"

#include "ApiCalls.h"
#include "shared/core/ApiTime.h"

#include <QJsonArray>
#include <QJsonObject>

namespace adp::shared {

CurrentUser CurrentUser::fromJson(const QJsonObject &object)
{
    CurrentUser user;
    user.id = object.value(QStringLiteral("id")).toInteger();
    user.username = object.value(QStringLiteral("username")).toString();
    user.isAdmin = object.value(QStringLiteral("is_admin")).toBool();
    user.isAuditor = object.value(QStringLiteral("is_auditor")).toBool();
    return user;
}

std::optional<SignInProvider> SignInProvider::fromJson(const QJsonObject &object)
{
    const QString name = object.value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        return std::nullopt;
    return SignInProvider{name, object.value(QStringLiteral("type")).toString(),
                          object.value(QStringLiteral("issuer")).toString()};
}

void AuthApi::addProvider(const ProviderRequest &request, QObject *context,
                          std::function<void(const ApiResult<SignInProvider> &)> done)
{
    sendForOne<SignInProvider>(m_client, "POST", QStringLiteral("/api/v1/auth/providers"), request.toJson(), context,
                               std::move(done));
}

void AuthApi::removeProvider(const QString &name, QObject *context, std::function<void(const ApiResult<Done> &)> done)
{
    sendForNothing(m_client, "DELETE", QStringLiteral("/api/v1/auth/providers/") + pathSegment(name), context,
                   std::move(done));
}

void AuthApi::providers(QObject *context, std::function<void(const ApiResult<QList<SignInProvider>> &)> done)
{
    fetchItems<SignInProvider>(m_client, QStringLiteral("/api/v1/auth/providers"), {}, context, std::move(done));
}

void AuthApi::login(const QString &username, const QString &password, QObject *context,
                    std::function<void(const ApiResult<LoginResult> &)> done)
{
    signIn(QStringLiteral("/api/v1/auth/login"),
           {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}}, context, std::move(done));
}

void AuthApi::exchangeOAuthCode(const QString &code, const QString &verifier, QObject *context,
                                std::function<void(const ApiResult<LoginResult> &)> done)
{
    signIn(QStringLiteral("/api/v1/auth/oauth/exchange"),
           {{QStringLiteral("code"), code}, {QStringLiteral("code_verifier"), verifier}}, context, std::move(done));
}

void AuthApi::signIn(const QString &path, const QJsonObject &body, QObject *context,
                     std::function<void(const ApiResult<LoginResult> &)> done)
{
    m_client.send("POST", path, {}, QJsonDocument(body), context, [done](const ApiResult<QJsonDocument> &result) {
        if (!result.ok())
            return done(result.error());
        const QJsonObject object = result.value().object();
        LoginResult login;
        login.token = object.value(QStringLiteral("token")).toString();
        login.expiresAt = fromApiTime(object.value(QStringLiteral("expires_at")).toString());
        login.user = CurrentUser::fromJson(object.value(QStringLiteral("user")).toObject());
        if (login.token.isEmpty())
            return done(ApiError::network(QStringLiteral("The login answer has no token")));
        done(login);
    });
}

void AuthApi::logout(QObject *context, std::function<void(const ApiResult<Done> &)> done)
{
    sendForNothing(m_client, "POST", QStringLiteral("/api/v1/auth/logout"), context, std::move(done));
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

namespace adp::shared {

void AuthApi::sessions(QObject *context, std::function<void(const ApiResult<QList<SessionInfo>> &)> done)
{
    m_client.send("GET", QStringLiteral("/api/v1/auth/sessions"), {}, {}, context,
                  [done](const ApiResult<QJsonDocument> &result) {
                      if (!result.ok())
                          return done(result.error());
                      QList<SessionInfo> sessions;
                      for (const QJsonValue &value : result.value().object().value(QStringLiteral("items")).toArray()) {
                          const QJsonObject item = value.toObject();
                          sessions.append({item.value(QStringLiteral("id")).toString(),
                                           fromApiTime(item.value(QStringLiteral("created_at")).toString()),
                                           fromApiTime(item.value(QStringLiteral("expires_at")).toString()),
                                           item.value(QStringLiteral("ip")).toString(),
                                           item.value(QStringLiteral("user_agent")).toString(),
                                           item.value(QStringLiteral("current")).toBool()});
                      }
                      done(sessions);
                  });
}

void AuthApi::revokeSession(const QString &id, QObject *context, std::function<void(const ApiResult<Done> &)> done)
{
    sendForNothing(m_client, "DELETE", QStringLiteral("/api/v1/auth/sessions/") + pathSegment(id), context,
                   std::move(done));
}

void AuthApi::revokeOtherSessions(QObject *context, std::function<void(const ApiResult<int> &)> done)
{
    m_client.send("DELETE", QStringLiteral("/api/v1/auth/sessions"), {}, {}, context,
                  [done](const ApiResult<QJsonDocument> &result) {
                      if (!result.ok())
                          return done(result.error());
                      done(result.value().object().value(QStringLiteral("ended")).toInt());
                  });
}

} // namespace adp::shared
