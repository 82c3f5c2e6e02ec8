#include "OAuthProviderService.h"

#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace adp::server::auth {

namespace {
namespace fieldcodes = shared::fieldcodes;

// https anywhere; plain http only to this machine (a provider under test or in development).
bool acceptableIssuer(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return false;
    if (url.scheme() == u"https")
        return true;
    const QHostAddress host(url.host());
    return url.scheme() == u"http" && (url.host() == u"localhost" || host.isLoopback());
}

QString trimmedSlash(QString text)
{
    while (text.endsWith(u'/'))
        text.chop(1);
    return text;
}

// GitHub and GitLab need only a client id and secret; their endpoints are known.
OAuthProvider preset(const OAuthProviderService::Input &input)
{
    OAuthProvider provider;
    provider.name = input.name;
    provider.type = input.type;
    provider.clientId = input.clientId;
    if (input.type == u"github") {
        provider.authorizeUrl = QUrl(QStringLiteral("https://github.com/login/oauth/authorize"));
        provider.tokenUrl = QUrl(QStringLiteral("https://github.com/login/oauth/access_token"));
        provider.userinfoUrl = QUrl(QStringLiteral("https://api.github.com/user"));
        provider.scopes = QStringLiteral("read:user user:email");
    } else if (input.type == u"gitlab") {
        provider.issuer = trimmedSlash(input.issuer.isEmpty() ? QStringLiteral("https://gitlab.com") : input.issuer);
        provider.authorizeUrl = QUrl(provider.issuer + QStringLiteral("/oauth/authorize"));
        provider.tokenUrl = QUrl(provider.issuer + QStringLiteral("/oauth/token"));
        provider.userinfoUrl = QUrl(provider.issuer + QStringLiteral("/oauth/userinfo"));
        provider.scopes = QStringLiteral("openid profile email");
    } else {
        provider.issuer = trimmedSlash(input.issuer); // endpoints come from its discovery document
        provider.scopes = QStringLiteral("openid profile email");
    }
    provider.linkByEmail = input.linkByEmail;
    return provider;
}
} // namespace

QJsonObject OAuthProvider::toPublicJson() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("type"), type}, {QStringLiteral("issuer"), issuer}};
}

shared::FieldErrors OAuthProviderService::validate(const Input &input)
{
    static const QRegularExpression namePattern(QStringLiteral("^[a-z][a-z0-9-]{1,31}$"));
    shared::FieldErrors errors;
    if (!namePattern.match(input.name).hasMatch())
        errors.append({QStringLiteral("name"), QString::fromLatin1(fieldcodes::InvalidFormat),
                       QStringLiteral("must be 2-32 lowercase letters, digits or '-', starting with a letter")});
    if (input.type != u"github" && input.type != u"gitlab" && input.type != u"oidc")
        errors.append({QStringLiteral("type"), QString::fromLatin1(fieldcodes::InvalidValue),
                       QStringLiteral("must be github, gitlab or oidc")});
    if (input.clientId.trimmed().isEmpty())
        errors.append(
            {QStringLiteral("client_id"), QString::fromLatin1(fieldcodes::Required), QStringLiteral("is required")});
    else if (input.clientId.size() > 200)
        errors.append({QStringLiteral("client_id"), QString::fromLatin1(fieldcodes::TooLong),
                       QStringLiteral("must be at most 200 characters")});
    if (input.clientSecret.isEmpty())
        errors.append({QStringLiteral("client_secret"), QString::fromLatin1(fieldcodes::Required),
                       QStringLiteral("is required")});
    else if (input.clientSecret.size() > 500)
        errors.append({QStringLiteral("client_secret"), QString::fromLatin1(fieldcodes::TooLong),
                       QStringLiteral("must be at most 500 characters")});
    if (input.type == u"oidc" && input.issuer.isEmpty())
        errors.append({QStringLiteral("issuer"), QString::fromLatin1(fieldcodes::Required),
                       QStringLiteral("is required for OpenID Connect (the URL its discovery document lives under)")});
    else if (!input.issuer.isEmpty() && !acceptableIssuer(input.issuer))
        errors.append(
            {QStringLiteral("issuer"), QString::fromLatin1(fieldcodes::InvalidFormat),
             QStringLiteral("must be an https URL (http only on this machine) without query or credentials")});
    if (input.type == u"github" && !input.issuer.isEmpty())
        errors.append({QStringLiteral("issuer"), QString::fromLatin1(fieldcodes::InvalidValue),
                       QStringLiteral("is not used for github")});
    return errors;
}

Outcome<OAuthProvider> OAuthProviderService::add(const MutationContext &context, const Input &input)
{
    const shared::FieldErrors errors = validate(input);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    OAuthProvider provider = preset(input);
    try {
        storage::Transaction tx(m_database);
        provider.id = m_providers.insert(tx, provider, m_secrets.seal(input.clientSecret), m_clock.nowMs());
        QJsonObject summary = provider.toPublicJson();
        summary.insert(QStringLiteral("client_id"), provider.clientId); // never the secret
        summary.insert(QStringLiteral("link_by_email"), provider.linkByEmail);
        m_audit.record(
            tx, context,
            {QStringLiteral("provider.created"), QStringLiteral("oauth_provider"), provider.name, {}, summary});
        tx.commit();
    } catch (const storage::StorageError &error) {
        if (error.kind() != storage::StorageError::Kind::UniqueViolation)
            throw;
        return ServiceError::conflict(
            QStringLiteral("A provider with this name exists"),
            {{QStringLiteral("name"), QString::fromLatin1(fieldcodes::Taken), QStringLiteral("is already taken")}});
    }
    return provider;
}

QList<OAuthProvider> OAuthProviderService::list()
{
    return m_providers.list();
}

std::optional<OAuthProvider> OAuthProviderService::find(const QString &name)
{
    return m_providers.find(name);
}

Outcome<Unit> OAuthProviderService::remove(const MutationContext &context, const QString &name)
{
    storage::Transaction tx(m_database);
    const auto removed = m_providers.remove(tx, name);
    if (!removed)
        return ServiceError::notFound(QStringLiteral("Provider"));
    m_audit.record(
        tx, context,
        {QStringLiteral("provider.removed"), QStringLiteral("oauth_provider"), name, removed->toPublicJson(), {}});
    tx.commit();
    return Unit{};
}

std::optional<QString> OAuthProviderService::clientSecret(const QString &name)
{
    const auto sealed = m_providers.clientSecretSealed(name);
    if (!sealed)
        return std::nullopt;
    return m_secrets.open(*sealed);
}

} // namespace adp::server::auth
