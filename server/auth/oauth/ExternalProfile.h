#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace adp::server::oauth {

// Who a provider says the person is, in one shape for every provider.
struct ExternalProfile
{
    QString subject;  // stable id at the provider; never the email
    QString username; // a suggestion for a new local account
    QString email;
    bool emailVerified = false;
    QString name;

    // GitHub: GET /user and GET /user/emails (the primary, verified address wins).
    static std::optional<ExternalProfile> fromGitHub(const QJsonObject &user, const QJsonArray &emails);
    // GitLab: GET /oauth/userinfo (OpenID claims) or GET /api/v4/user.
    static std::optional<ExternalProfile> fromGitLab(const QJsonObject &user);
    // OpenID Connect: the verified ID token's claims, completed by the userinfo answer.
    static std::optional<ExternalProfile> fromOidc(const QJsonObject &claims, const QJsonObject &userinfo);

    // A free-to-try local username from the suggestion: letters, digits, '.', '_', '-'.
    QString localUsername() const;
};

} // namespace adp::server::oauth
