#include "SecretBox.h"

#include "KeyFile.h"

#include <QFileInfo>
#include <sodium.h>

namespace adp::server::crypto {

namespace {

constexpr qint64 kCheckEveryMs = 1000;

std::optional<QString> openWith(const QByteArray &in, const QByteArray &key)
{
    const auto *nonce = reinterpret_cast<const unsigned char *>(in.constData());
    const qsizetype cipherSize = in.size() - qsizetype(crypto_secretbox_NONCEBYTES);
    QByteArray plain(cipherSize - qsizetype(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
                                   quint64(cipherSize), nonce,
                                   reinterpret_cast<const unsigned char *>(key.constData())) != 0)
        return std::nullopt;
    return QString::fromUtf8(plain);
}

QByteArray decoded(const QString &sealed)
{
    const QByteArray in = QByteArray::fromBase64(sealed.toLatin1());
    return in.size() < int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) ? QByteArray() : in;
}

} // namespace

SecretBox::SecretBox(QString path, QList<QByteArray> keys)
    : m_path(std::move(path))
    , m_keys(std::move(keys))
    , m_modified(QFileInfo(m_path).lastModified())
    , m_checkedMs(QDateTime::currentMSecsSinceEpoch())
{
}

SecretBox::SecretBox(const SecretBox &other)
    : m_path(other.m_path)
    , m_keys(other.keys())
    , m_modified(QFileInfo(m_path).lastModified())
    , m_checkedMs(QDateTime::currentMSecsSinceEpoch())
{
}

SecretBox SecretBox::fromKeyFile(const QString &path)
{
    return SecretBox(path, loadOrCreateKeyRing(path, kKeyBytes, "secrets"));
}

QList<QByteArray> SecretBox::keys() const
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_checkedMs >= kCheckEveryMs) {
        m_checkedMs = now;
        const QDateTime modified = QFileInfo(m_path).lastModified();
        if (modified.isValid() && modified != m_modified) {
            try {
                m_keys = loadOrCreateKeyRing(m_path, kKeyBytes, "secrets");
                m_modified = modified;
            } catch (const std::exception &) {
                // Half-written by hand, or unreadable for a moment: keep the ring held.
            }
        }
    }
    return m_keys;
}

int SecretBox::keyCount() const
{
    return int(keys().size());
}

QString SecretBox::seal(const QString &plaintext) const
{
    const QByteArray key = keys().first();
    const QByteArray message = plaintext.toUtf8();
    QByteArray out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + message.size(), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()), nonce,
                          reinterpret_cast<const unsigned char *>(key.constData()));
    return QString::fromLatin1(out.toBase64());
}

std::optional<QString> SecretBox::open(const QString &sealed) const
{
    const QByteArray in = decoded(sealed);
    if (in.isEmpty())
        return std::nullopt;
    for (const QByteArray &key : keys()) {
        if (auto plain = openWith(in, key))
            return plain;
    }
    return std::nullopt;
}

bool SecretBox::sealedWithCurrentKey(const QString &sealed) const
{
    const QByteArray in = decoded(sealed);
    return !in.isEmpty() && openWith(in, keys().first()).has_value();
}

} // namespace adp::server::crypto
