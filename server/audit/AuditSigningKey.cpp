#include "AuditSigningKey.h"

#include "crypto/KeyFile.h"

#include <stdexcept>

namespace adp::server::audit {

AuditSigningKey AuditSigningKey::fromKeyFile(const QString &path)
{
    const QByteArray seed = crypto::loadOrCreateKey(path, shared::audit::Ed25519Key::kSeedBytes, "audit signing");
    auto key = shared::audit::Ed25519Key::fromSeed(seed);
    if (!key)
        throw std::runtime_error("cannot make an Ed25519 key from the audit signing key file");
    return AuditSigningKey(std::move(*key));
}

AuditSigningKey::AuditSigningKey(shared::audit::Ed25519Key key)
    : m_key(std::move(key))
    , m_publicKey(m_key.publicKey())
{
}

QJsonObject AuditSigningKey::toJson() const
{
    return {{QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
            {QStringLiteral("key_id"), keyId()},
            {QStringLiteral("public_key"), QString::fromLatin1(m_publicKey.toBase64())},
            {QStringLiteral("pem"), QString::fromLatin1(shared::audit::ed25519PublicKeyPem(m_publicKey))}};
}

} // namespace adp::server::audit
