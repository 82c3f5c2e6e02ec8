#include "Ed25519.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace adp::shared::audit {

namespace {
constexpr int kPublicKeyBytes = 32;
constexpr int kSignatureBytes = 64;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}
} // namespace

std::optional<Ed25519Key> Ed25519Key::fromSeed(QByteArrayView seed)
{
    if (seed.size() != kSeedBytes)
        return std::nullopt;
    EVP_PKEY *key = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(seed), size_t(seed.size()));
    if (!key)
        return std::nullopt;
    Ed25519Key result;
    result.m_key.reset(key, EVP_PKEY_free);
    return result;
}

QByteArray Ed25519Key::publicKey() const
{
    QByteArray raw(kPublicKeyBytes, Qt::Uninitialized);
    size_t length = size_t(raw.size());
    if (EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char *>(raw.data()), &length) != 1)
        return {};
    raw.resize(qsizetype(length));
    return raw;
}

QByteArray Ed25519Key::sign(QByteArrayView message) const
{
    QByteArray signature(kSignatureBytes, Qt::Uninitialized);
    size_t length = size_t(signature.size());
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    const bool done = context && EVP_DigestSignInit(context, nullptr, nullptr, nullptr, m_key.get()) == 1 &&
                      EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &length,
                                     bytes(message), size_t(message.size())) == 1;
    EVP_MD_CTX_free(context);
    if (!done)
        return {};
    signature.resize(qsizetype(length));
    return signature;
}

bool ed25519Verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    if (publicKey.size() != kPublicKeyBytes || signature.size() != kSignatureBytes)
        return false;
    EVP_PKEY *key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), size_t(publicKey.size()));
    EVP_MD_CTX *context = key ? EVP_MD_CTX_new() : nullptr;
    const bool valid = context && EVP_DigestVerifyInit(context, nullptr, nullptr, nullptr, key) == 1 &&
                       EVP_DigestVerify(context, bytes(signature), size_t(signature.size()), bytes(message),
                                        size_t(message.size())) == 1;
    EVP_MD_CTX_free(context);
    EVP_PKEY_free(key);
    return valid;
}

QByteArray ed25519PublicKeyPem(QByteArrayView publicKey)
{
    EVP_PKEY *key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), size_t(publicKey.size()));
    BIO *out = key ? BIO_new(BIO_s_mem()) : nullptr;
    QByteArray pem;
    if (out && PEM_write_bio_PUBKEY(out, key) == 1) {
        char *data = nullptr;
        const long length = BIO_get_mem_data(out, &data);
        pem = QByteArray(data, qsizetype(length));
    }
    BIO_free(out);
    EVP_PKEY_free(key);
    return pem;
}

std::optional<QByteArray> ed25519PublicKeyFromText(QByteArrayView text)
{
    const QByteArray trimmed = text.toByteArray().trimmed();
    if (trimmed.startsWith("-----BEGIN PUBLIC KEY-----")) {
        BIO *in = BIO_new_mem_buf(trimmed.constData(), int(trimmed.size()));
        EVP_PKEY *key = in ? PEM_read_bio_PUBKEY(in, nullptr, nullptr, nullptr) : nullptr;
        BIO_free(in);
        std::optional<QByteArray> raw;
        if (key && EVP_PKEY_get_base_id(key) == EVP_PKEY_ED25519) {
            QByteArray bytes(kPublicKeyBytes, Qt::Uninitialized);
            size_t length = size_t(bytes.size());
            if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(bytes.data()), &length) == 1 &&
                length == size_t(kPublicKeyBytes))
                raw = bytes;
        }
        EVP_PKEY_free(key);
        return raw;
    }
    QByteArray base64 = trimmed;
    if (trimmed.startsWith('{')) {
        const QJsonDocument document = QJsonDocument::fromJson(trimmed);
        base64 = document.object().value(QStringLiteral("public_key")).toString().toLatin1();
    }
    const auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != kPublicKeyBytes)
        return std::nullopt;
    return decoded.decoded;
}

QString ed25519KeyId(QByteArrayView publicKey)
{
    return QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace adp::shared::audit
