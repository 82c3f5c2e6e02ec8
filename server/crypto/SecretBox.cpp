#include "SecretBox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <sodium.h>
#include <stdexcept>

namespace adp::server::crypto {

SecretBox SecretBox::fromKeyFile(const QString &path)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium failed to initialise");
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            throw std::runtime_error("cannot read the secrets key " + path.toStdString());
        const QByteArray key = QByteArray::fromBase64(existing.readAll().trimmed());
        if (key.size() != crypto_secretbox_KEYBYTES)
            throw std::runtime_error("the secrets key " + path.toStdString() + " is not 32 bytes");
        return SecretBox(key);
    }
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    crypto_secretbox_keygen(reinterpret_cast<unsigned char *>(key.data()));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        throw std::runtime_error("cannot create the secrets key " + path.toStdString());
    file.write(key.toBase64() + '\n');
    if (!file.commit())
        throw std::runtime_error("cannot write the secrets key " + path.toStdString());
    return SecretBox(key);
}

QString SecretBox::seal(const QString &plaintext) const
{
    const QByteArray message = plaintext.toUtf8();
    QByteArray out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + message.size(), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char *>(message.constData()),
                          quint64(message.size()), nonce, reinterpret_cast<const unsigned char *>(m_key.constData()));
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
                                   quint64(cipherSize), nonce, reinterpret_cast<const unsigned char *>(m_key.constData()))
        != 0)
        return std::nullopt;
    return QString::fromUtf8(plain);
}

} // namespace adp::server::crypto
