#include "AuditChain.h"

#include "StoredAuditEvent.h"
#include "crypto/KeyFile.h"

#include <QRandomGenerator>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <stdexcept>

namespace adp::server::audit {

AuditChain AuditChain::fromKeyFile(const QString &path)
{
    return AuditChain(crypto::loadOrCreateKey(path, kKeyBytes, "audit"));
}

AuditChain::AuditChain(QByteArray key)
    : m_key(std::move(key))
{
    EVP_MAC *hmac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    EVP_MAC_CTX *keyed = hmac ? EVP_MAC_CTX_new(hmac) : nullptr;
    EVP_MAC_free(hmac);
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("digest", digest, 0), OSSL_PARAM_construct_end()};
    if (!keyed || EVP_MAC_init(keyed, reinterpret_cast<const unsigned char *>(m_key.constData()), size_t(m_key.size()),
                               params) != 1) {
        EVP_MAC_CTX_free(keyed);
        throw std::runtime_error("cannot set up HMAC-SHA256 for the audit chain");
    }
    m_keyed.reset(keyed, EVP_MAC_CTX_free);
}

QByteArray AuditChain::macHex(QByteArrayView message) const
{
    // The chain is checked a million events at a time: start from the keyed copy.
    unsigned char digest[EVP_MAX_MD_SIZE];
    size_t length = 0;
    EVP_MAC_CTX *context = EVP_MAC_CTX_dup(m_keyed.get());
    const bool done =
        context &&
        EVP_MAC_update(context, reinterpret_cast<const unsigned char *>(message.data()), size_t(message.size())) == 1 &&
        EVP_MAC_final(context, digest, &length, sizeof digest) == 1;
    EVP_MAC_CTX_free(context);
    if (!done)
        throw std::runtime_error("HMAC-SHA256 failed");
    static constexpr char kHex[] = "0123456789abcdef";
    QByteArray hex(qsizetype(length) * 2, Qt::Uninitialized);
    char *out = hex.data();
    for (size_t i = 0; i < length; ++i) {
        *out++ = kHex[digest[i] >> 4];
        *out++ = kHex[digest[i] & 0xf];
    }
    return hex;
}

QString AuditChain::mac(const QByteArray &message) const
{
    return QString::fromLatin1(macHex(message));
}

QByteArray AuditChain::hashOf(QByteArrayView previousHash, QByteArrayView canonical) const
{
    QByteArray message;
    message.reserve(previousHash.size() + 1 + canonical.size());
    message.append(previousHash).append('\n').append(canonical);
    return macHex(message);
}

QString AuditChain::eventHash(const QString &previousHash, const StoredAuditEvent &event) const
{
    return mac(previousHash.toLatin1() + '\n' + event.canonical());
}

QString AuditChain::headMac(qint64 lastSeq, const QString &lastHash) const
{
    return mac("head\n" + QByteArray::number(lastSeq) + '\n' + lastHash.toLatin1());
}

QString AuditChain::anchorMac(qint64 seq, const QString &hash) const
{
    return mac("anchor\n" + QByteArray::number(seq) + '\n' + hash.toLatin1());
}

QByteArray AuditChain::entryMacFor(QByteArrayView nonce, QByteArrayView unsealedCanonical) const
{
    QByteArray message;
    message.reserve(6 + nonce.size() + 1 + unsealedCanonical.size());
    message.append("entry\n").append(nonce).append('\n').append(unsealedCanonical);
    return QByteArray(nonce.data(), nonce.size()) + '.' + macHex(message);
}

QString AuditChain::entryMac(QByteArrayView unsealedCanonical) const
{
    quint64 random[2];
    QRandomGenerator::system()->fillRange(random);
    const QByteArray nonce = QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex();
    return QString::fromLatin1(entryMacFor(nonce, unsealedCanonical));
}

bool AuditChain::entryMacMatches(QByteArrayView entryMac, QByteArrayView unsealedCanonical) const
{
    const qsizetype dot = entryMac.indexOf('.');
    if (dot <= 0)
        return false;
    const QByteArray expected = entryMacFor(entryMac.first(dot), unsealedCanonical);
    return expected.size() == entryMac.size() &&
           CRYPTO_memcmp(expected.constData(), entryMac.data(), size_t(expected.size())) == 0;
}

} // namespace adp::server::audit
