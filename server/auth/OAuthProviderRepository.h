#pragma once

#include "storage/Executor.h"

#include <QJsonObject>
#include <QUrl>
#include <optional>

namespace adp::server::auth {

// A configured sign-in provider. The client secret is only ever held sealed,
// except in `clientSecret` right before it is used.
struct OAuthProvider
{
    qint64 id = 0;
    QString name; // also the path segment: /auth/oauth/{name}/start
    QString type; // github | gitlab | oidc
    QString clientId;
    QString issuer;
    QUrl authorizeUrl; // empty for oidc: found by discovery at sign-in
    QUrl tokenUrl;
    QUrl userinfoUrl;
    QString scopes;
    // May a first sign-in attach to an existing local account with the same,
    // provider-verified email? Off unless the admin says so.
    bool linkByEmail = false;

    QJsonObject toPublicJson() const; // what the sign-in screen may know
};

// The `oauth_providers` table. The client secret comes and goes sealed.
class OAuthProviderRepository
{
public:
    explicit OAuthProviderRepository(storage::Database &database)
        : m_database(database)
    {
    }

    // Throws StorageError::UniqueViolation when the name is taken; answers the id.
    qint64 insert(storage::Transaction &tx, const OAuthProvider &provider, const QString &clientSecretSealed,
                  qint64 nowMs);
    QList<OAuthProvider> list();
    std::optional<OAuthProvider> find(const QString &name);
    // Removes the named provider; what it was, or nullopt when there is none.
    std::optional<OAuthProvider> remove(storage::Transaction &tx, const QString &name);
    std::optional<QString> clientSecretSealed(const QString &name);

private:
    storage::Database &m_database;
};

} // namespace adp::server::auth
