#include "AuditChain.h"

#include "StoredAuditEvent.h"
#include "crypto/KeyFile.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace adp::server::audit {

AuditChain AuditChain::fromKeyFile(const QString &path)
{
    return AuditChain(crypto::loadOrCreateKey(path, kKeyBytes, "audit"));
}

QString AuditChain::mac(const QByteArray &message) const
{
    // OpenSSL's one-shot HMAC: the chain is checked a million events at a time.
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), m_key.constData(), int(m_key.size()), reinterpret_cast<const unsigned char *>(message.constData()),
         size_t(message.size()), digest, &length);
    static constexpr char kHex[] = "0123456789abcdef";
    QString hex(int(length) * 2, Qt::Uninitialized);
    QChar *out = hex.data();
    for (unsigned int i = 0; i < length; ++i) {
        *out++ = QLatin1Char(kHex[digest[i] >> 4]);
        *out++ = QLatin1Char(kHex[digest[i] & 0xf]);
    }
    return hex;
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
