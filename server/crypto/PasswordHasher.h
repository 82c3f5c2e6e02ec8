#pragma once

#include <QString>

namespace adp::server::crypto {

// Argon2id through libsodium's crypto_pwhash_str: salt and parameters are
// stored inside the hash string, verification is constant-time.
class PasswordHasher
{
public:
    static QString hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);
    // Burns the same time as a verify, for unknown users (no timing oracle).
    static void verifyDummy(const QString &password);
};

// Opaque random secrets: session tokens and generated passwords.
class Secrets
{
public:
    // URL-safe base64 of `bytes` random bytes.
    static QString randomToken(int bytes = 32);
    // What is stored for a token: hex SHA-256. Tokens are high-entropy, so a
    // fast hash is enough, and it lets lookups go by key.
    static QString tokenHash(const QString &token);
};

} // namespace adp::server::crypto
