#include "OAuthProviderRepository.h"

#include "storage/Transaction.h"

namespace adp::server::auth {

namespace {

const QString kSelect = QStringLiteral("SELECT id, name, type, client_id, issuer, authorize_url, token_url, "
                                       "userinfo_url, scopes, link_by_email FROM oauth_providers ");

OAuthProvider fromRow(const storage::ResultSet &rows, int row)
{
    return {rows.value(row, 0).toLongLong(),     rows.value(row, 1).toString(),
            rows.value(row, 2).toString(),       rows.value(row, 3).toString(),
            rows.value(row, 4).toString(),       QUrl(rows.value(row, 5).toString()),
            QUrl(rows.value(row, 6).toString()), QUrl(rows.value(row, 7).toString()),
            rows.value(row, 8).toString(),       rows.value(row, 9).toBool()};
}

} // namespace

qint64 OAuthProviderRepository::insert(storage::Transaction &tx, const OAuthProvider &provider,
                                       const QString &clientSecretSealed, qint64 nowMs)
{
    return tx
        .exec(QStringLiteral("INSERT INTO oauth_providers (name, type, client_id, client_secret_sealed, issuer, "
                             "authorize_url, token_url, userinfo_url, scopes, link_by_email, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
              {provider.name, provider.type, provider.clientId, clientSecretSealed, provider.issuer,
               provider.authorizeUrl.toString(), provider.tokenUrl.toString(), provider.userinfoUrl.toString(),
               provider.scopes, provider.linkByEmail, nowMs})
        .value(0, 0)
        .toLongLong();
}

QList<OAuthProvider> OAuthProviderRepository::list()
{
    const auto rows = m_database.query(kSelect + QStringLiteral("ORDER BY name"));
    return rows.map([&rows](int row) { return fromRow(rows, row); });
}

std::optional<OAuthProvider> OAuthProviderRepository::find(const QString &name)
{
    const auto rows = m_database.query(kSelect + QStringLiteral("WHERE name = ?"), {name});
    return rows.isEmpty() ? std::nullopt : std::optional<OAuthProvider>(fromRow(rows, 0));
}

std::optional<OAuthProvider> OAuthProviderRepository::remove(storage::Transaction &tx, const QString &name)
{
    const auto rows = tx.exec(kSelect + QStringLiteral("WHERE name = ?"), {name});
    if (rows.isEmpty())
        return std::nullopt;
    tx.exec(QStringLiteral("DELETE FROM oauth_providers WHERE name = ?"), {name});
    return fromRow(rows, 0);
}

std::optional<QString> OAuthProviderRepository::clientSecretSealed(const QString &name)
{
    const auto rows =
        m_database.query(QStringLiteral("SELECT client_secret_sealed FROM oauth_providers WHERE name = ?"), {name});
    return rows.isEmpty() ? std::nullopt : std::optional<QString>(rows.value(0, 0).toString());
}

} // namespace adp::server::auth
