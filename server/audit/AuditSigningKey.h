#pragma once

#include "shared/audit/Ed25519.h"

#include <QJsonObject>
#include <QString>

namespace adp::server::audit {

// The server's Ed25519 key that signs audit exports, so anyone holding its public key can check
// an export offline. Its 32-byte seed lives in a file outside the database (created, mode 0600,
// on first start; a team's replicas share it like the chain key).
class AuditSigningKey
{
public:
    // Throws std::runtime_error when the file cannot be read or created.
    static AuditSigningKey fromKeyFile(const QString &path);

    QByteArray sign(QByteArrayView message) const { return m_key.sign(message); }
    const QByteArray &publicKey() const { return m_publicKey; }
    QString keyId() const { return shared::audit::ed25519KeyId(m_publicKey); }
    // What GET /.well-known/adp-audit-signing-key answers.
    QJsonObject toJson() const;

private:
    explicit AuditSigningKey(shared::audit::Ed25519Key key);

    shared::audit::Ed25519Key m_key;
    QByteArray m_publicKey;
};

} // namespace adp::server::audit
