#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>
#include <optional>

struct evp_pkey_st;

namespace adp::shared::audit {

// An Ed25519 signing key (RFC 8032) from its 32-byte seed: what signs audit exports.
class Ed25519Key
{
public:
    static constexpr int kSeedBytes = 32;
    static std::optional<Ed25519Key> fromSeed(QByteArrayView seed);

    QByteArray publicKey() const;                  // 32 raw bytes
    QByteArray sign(QByteArrayView message) const; // 64 raw bytes

private:
    std::shared_ptr<evp_pkey_st> m_key;
};

// Checks a detached Ed25519 signature against a 32-byte public key.
bool ed25519Verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

// The public key as PEM (SubjectPublicKeyInfo), how OpenSSL and most tools read it.
QByteArray ed25519PublicKeyPem(QByteArrayView publicKey);
// A public key from what a person may hold: PEM, the 32 bytes in base64, or the JSON the server
// publishes ({"public_key": base64}). nullopt when it is none of them.
std::optional<QByteArray> ed25519PublicKeyFromText(QByteArrayView text);
// A short name for a public key: the first 16 hex digits of its SHA-256.
QString ed25519KeyId(QByteArrayView publicKey);

} // namespace adp::shared::audit
