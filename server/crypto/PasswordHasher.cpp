#include "PasswordHasher.h"

#include <QCryptographicHash>
#include <sodium.h>
#include <stdexcept>

namespace adp::server::crypto {

namespace {
void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium failed to initialise");
}

const QString &dummyHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("adp-dummy-password"));
    return hash;
}
} // namespace

QString PasswordHasher::hash(const QString &password)
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

void PasswordHasher::verifyDummy(const QString &password)
{
    verify(dummyHash(), password);
}

QString Secrets::randomToken(int bytes)
{
    ensureSodium();
    QByteArray buffer(bytes, Qt::Uninitialized);
    randombytes_buf(buffer.data(), size_t(buffer.size()));
    return QString::fromLatin1(buffer.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Secrets::tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace adp::server::crypto
