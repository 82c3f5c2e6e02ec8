#include "AuditChain.h"

#include "StoredAuditEvent.h"
#include "crypto/KeyFile.h"

#include <QMessageAuthenticationCode>

namespace adp::server::audit {

AuditChain AuditChain::fromKeyFile(const QString &path)
{
    return AuditChain(crypto::loadOrCreateKey(path, kKeyBytes, "audit"));
}

QString AuditChain::mac(const QByteArray &message) const
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha256).toHex());
}

QString AuditChain::eventHash(const QString &previousHash, const StoredAuditEvent &event) const
{
    return mac(previousHash.toLatin1() + '\n' + event.canonical());
}

QString AuditChain::headMac(qint64 lastSeq, const QString &lastHash) const
{
    return mac("head\n" + QByteArray::number(lastSeq) + '\n' + lastHash.toLatin1());
}

} // namespace adp::server::audit
