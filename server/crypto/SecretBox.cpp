#include "SecretBox.h"

#include "KeyFile.h"

#include <sodium.h>

namespace adp::server::crypto {

SecretBox SecretBox::fromKeyFile(const QString &path)
{
    return SecretBox(loadOrCreateKey(path, crypto_secretbox_KEYBYTES, "secrets"));
}

QString SecretBox::seal(const QString &plaintext) const
{
    const QByteArray message = plaintext.toUtf8();
    QByteArray out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + message.size(), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()), nonce,
                          reinterpret_cast<const unsigned char *>(m_key.constData()));
    return QString::fromLatin1(out.toBase64());
}

std::optional<QString> SecretBox::open(const QString &sealed) const
{
    const QByteArray in = QByteArray::fromBase64(sealed.toLatin1());
    if (in.size() < int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES))
        return std::nullopt;
    const auto *nonce = reinterpret_cast<const unsigned char *>(in.constData());
    const qsizetype cipherSize = in.size() - qsizetype(crypto_secretbox_NONCEBYTES);
    QByteArray plain(cipherSize - qsizetype(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
                                   quint64(cipherSize), nonce,
                                   reinterpret_cast<const unsigned char *>(m_key.constData())) != 0)
        return std::nullopt;
    return QString::fromUtf8(plain);
}

} // namespace adp::server::crypto
