#include "OAuthLoginStore.h"

namespace adp::server::oauth {

void OAuthLoginStore::putLogin(const QString &stateHash, const Login &login, qint64 nowMs)
{
    storage::Transaction tx(m_database);
    tx.exec(QStringLiteral("DELETE FROM oauth_logins WHERE expires_at < ?"), {nowMs}); // abandoned sign-ins
    tx.exec(QStringLiteral("INSERT INTO oauth_logins (state_hash, provider_id, code_verifier, nonce, client_redirect, "
                           "client_challenge, client_state, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {stateHash, login.providerId, login.codeVerifier, login.nonce, login.clientRedirect, login.clientChallenge,
             login.clientState, login.expiresAtMs});
    tx.commit();
}

std::optional<OAuthLoginStore::Login> OAuthLoginStore::takeLogin(const QString &stateHash)
{
    const auto rows = m_database.query(
        QStringLiteral("DELETE FROM oauth_logins WHERE state_hash = ? RETURNING provider_id, "
                       "code_verifier, nonce, client_redirect, client_challenge, client_state, expires_at"),
        {stateHash});
    if (rows.isEmpty())
        return std::nullopt;
    return Login{rows.value(0, 0).toLongLong(), rows.value(0, 1).toString(), rows.value(0, 2).toString(),
                 rows.value(0, 3).toString(),   rows.value(0, 4).toString(), rows.value(0, 5).toString(),
                 rows.value(0, 6).toLongLong()};
}

void OAuthLoginStore::putCode(const QString &codeHash, const Code &code, qint64 nowMs)
{
    storage::Transaction tx(m_database);
    tx.exec(QStringLiteral("DELETE FROM oauth_codes WHERE expires_at < ?"), {nowMs});
    tx.exec(
        QStringLiteral(
            "INSERT INTO oauth_codes (code_hash, user_id, client_challenge, provider, expires_at) VALUES (?, ?, ?, ?, ?)"),
        {codeHash, code.userId, code.clientChallenge, code.provider, code.expiresAtMs});
    tx.commit();
}

std::optional<OAuthLoginStore::Code> OAuthLoginStore::takeCode(const QString &codeHash)
{
    const auto rows = m_database.query(QStringLiteral("DELETE FROM oauth_codes WHERE code_hash = ? RETURNING user_id, "
                                                      "client_challenge, provider, expires_at"),
                                       {codeHash});
    if (rows.isEmpty())
        return std::nullopt;
    return Code{rows.value(0, 0).toLongLong(), rows.value(0, 1).toString(), rows.value(0, 2).toString(),
                rows.value(0, 3).toLongLong()};
}

std::optional<qint64> OAuthLoginStore::userOfIdentity(qint64 providerId, const QString &subject)
{
    const auto rows =
        m_database.query(QStringLiteral("SELECT user_id FROM user_identities WHERE provider_id = ? AND subject = ?"),
                         {providerId, subject});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.value(0, 0).toLongLong();
}

bool OAuthLoginStore::hasIdentityAt(qint64 providerId, qint64 userId)
{
    return !m_database
                .query(QStringLiteral("SELECT 1 FROM user_identities WHERE provider_id = ? AND user_id = ?"),
                       {providerId, userId})
                .isEmpty();
}

void OAuthLoginStore::addIdentity(storage::Transaction &tx, qint64 providerId, const QString &subject, qint64 userId,
                                  const QString &email, qint64 nowMs)
{
    tx.exec(
        QStringLiteral(
            "INSERT INTO user_identities (provider_id, subject, user_id, email, created_at) VALUES (?, ?, ?, ?, ?)"),
        {providerId, subject, userId, email, nowMs});
}

} // namespace adp::server::oauth
