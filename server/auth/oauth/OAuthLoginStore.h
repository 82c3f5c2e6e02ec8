#pragma once

#include "storage/Executor.h"

#include <optional>

namespace adp::server::oauth {

// The tables of sign-in through a provider: logins in progress (by the hash
// of their state), one-time codes (by hash), and identities. Taking a login
// or a code deletes it in the same statement, so each is usable once.
class OAuthLoginStore
{
public:
    explicit OAuthLoginStore(storage::Database &database)
        : m_database(database)
    {
    }

    struct Login
    {
        qint64 providerId = 0;
        QString codeVerifier; // ours, towards the provider
        QString nonce;
        QString clientRedirect;
        QString clientChallenge;
        QString clientState;
        qint64 expiresAtMs = 0;
    };
    void putLogin(const QString &stateHash, const Login &login, qint64 nowMs);
    std::optional<Login> takeLogin(const QString &stateHash);

    struct Code
    {
        qint64 userId = 0;
        QString clientChallenge;
        QString provider;
        qint64 expiresAtMs = 0;
    };
    void putCode(const QString &codeHash, const Code &code, qint64 nowMs);
    std::optional<Code> takeCode(const QString &codeHash);

    std::optional<qint64> userOfIdentity(qint64 providerId, const QString &subject);
    bool hasIdentityAt(qint64 providerId, qint64 userId);
    void addIdentity(storage::Transaction &tx, qint64 providerId, const QString &subject, qint64 userId,
                     const QString &email, qint64 nowMs);

private:
    storage::Database &m_database;
};

} // namespace adp::server::oauth
