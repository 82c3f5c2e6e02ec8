#pragma once

#include "ApiClient.h"
#include "shared/core/ProviderRequest.h"

#include <QDateTime>
#include <optional>

namespace adp::shared {

// Who a session belongs to, as /api/v1/auth/me reports it.
struct CurrentUser
{
    qint64 id = 0;
    QString username;
    bool isAdmin = false;
    bool isAuditor = false;

    bool mayReadAudit() const { return isAdmin || isAuditor; }
    static CurrentUser fromJson(const QJsonObject &object);
};

// One of the signed-in user's sessions.
struct SessionInfo
{
    QString id;
    QDateTime createdAt;
    QDateTime expiresAt;
    QString ip;
    QString userAgent;
    bool current = false;
};

struct LoginResult
{
    QString token;
    QDateTime expiresAt;
    CurrentUser user;
};

// A way to sign in other than a local account.
struct SignInProvider
{
    QString name; // what /auth/oauth/{name}/start takes
    QString type; // github | gitlab | oidc
    QString issuer;

    static std::optional<SignInProvider> fromJson(const QJsonObject &object);
};

// /api/v1/auth: sign in with a local account, sign out, who am I.
class AuthApi
{
public:
    explicit AuthApi(ApiClient &client)
        : m_client(client)
    {
    }

    void login(const QString &username, const QString &password, QObject *context,
               std::function<void(const ApiResult<LoginResult> &)> done);
    // The last step of signing in through a provider: the one-time code and the PKCE verifier.
    void exchangeOAuthCode(const QString &code, const QString &verifier, QObject *context,
                           std::function<void(const ApiResult<LoginResult> &)> done);
    // Sign-in providers configured on the server (public); administrators add and remove them.
    void providers(QObject *context, std::function<void(const ApiResult<QList<SignInProvider>> &)> done);
    void addProvider(const ProviderRequest &request, QObject *context,
                     std::function<void(const ApiResult<SignInProvider> &)> done);
    void removeProvider(const QString &name, QObject *context, std::function<void(const ApiResult<Done> &)> done);
    void logout(QObject *context, std::function<void(const ApiResult<Done> &)> done);
    void me(QObject *context, std::function<void(const ApiResult<CurrentUser> &)> done);
    void sessions(QObject *context, std::function<void(const ApiResult<QList<SessionInfo>> &)> done);
    void revokeSession(const QString &id, QObject *context, std::function<void(const ApiResult<Done> &)> done);
    // Ends every session but the one making the call; the value is how many ended.
    void revokeOtherSessions(QObject *context, std::function<void(const ApiResult<int> &)> done);

private:
    void signIn(const QString &path, const QJsonObject &body, QObject *context,
                std::function<void(const ApiResult<LoginResult> &)> done);

    ApiClient &m_client;
};

} // namespace adp::shared
