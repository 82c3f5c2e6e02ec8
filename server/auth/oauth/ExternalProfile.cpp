#include "ExternalProfile.h"

#include <QRegularExpression>

namespace adp::server::oauth {

namespace {
QString idText(const QJsonValue &value)
{
    // GitHub and GitLab ids are numbers; keep them as their decimal text.
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}
} // namespace

std::optional<ExternalProfile> ExternalProfile::fromGitHub(const QJsonObject &user, const QJsonArray &emails)
{
    ExternalProfile profile;
    profile.subject = idText(user.value(QStringLiteral("id")));
    profile.username = user.value(QStringLiteral("login")).toString();
    profile.name = user.value(QStringLiteral("name")).toString();
    if (profile.subject.isEmpty() || profile.username.isEmpty())
        return std::nullopt;
    for (const QJsonValue &value : emails) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("primary")).toBool() && entry.value(QStringLiteral("verified")).toBool()) {
            profile.email = entry.value(QStringLiteral("email")).toString();
            profile.emailVerified = true;
        }
    }
    if (profile.email.isEmpty())
        profile.email = user.value(QStringLiteral("email")).toString(); // public address, not known to be verified
    return profile;
}

std::optional<ExternalProfile> ExternalProfile::fromGitLab(const QJsonObject &user)
{
    ExternalProfile profile;
    profile.name = user.value(QStringLiteral("name")).toString();
    profile.email = user.value(QStringLiteral("email")).toString();
    if (user.contains(QStringLiteral("sub"))) { // /oauth/userinfo
        profile.subject = idText(user.value(QStringLiteral("sub")));
        profile.username = user.value(QStringLiteral("nickname"))
                               .toString(user.value(QStringLiteral("preferred_username")).toString());
        profile.emailVerified = user.value(QStringLiteral("email_verified")).toBool();
    } else { // /api/v4/user
        profile.subject = idText(user.value(QStringLiteral("id")));
        profile.username = user.value(QStringLiteral("username")).toString();
        profile.emailVerified = !user.value(QStringLiteral("confirmed_at")).toString().isEmpty();
    }
    if (profile.subject.isEmpty())
        return std::nullopt;
    return profile;
}

std::optional<ExternalProfile> ExternalProfile::fromOidc(const QJsonObject &claims, const QJsonObject &userinfo)
{
    ExternalProfile profile;
    profile.subject = claims.value(QStringLiteral("sub")).toString();
    // Userinfo only counts when it is about the same subject (OIDC Core 5.3.2).
    const bool sameSubject = userinfo.value(QStringLiteral("sub")).toString() == profile.subject;
    const auto claim = [&](const char *name) {
        const QString key = QString::fromLatin1(name);
        return claims.contains(key) || !sameSubject ? claims.value(key) : userinfo.value(key);
    };
    if (profile.subject.isEmpty())
        return std::nullopt;
    profile.username = claim("preferred_username").toString();
    profile.email = claim("email").toString();
    profile.emailVerified = claim("email_verified").toBool();
    profile.name = claim("name").toString();
    return profile;
}

QString ExternalProfile::localUsername() const
{
    QString base = username.isEmpty() ? email.section(u'@', 0, 0) : username;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^[._-]+")));
    base = base.left(48);
    return base.isEmpty() ? QStringLiteral("user") : base;
}

} // namespace adp::server::oauth
