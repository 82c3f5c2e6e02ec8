#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>
#include <optional>

namespace adp::server::crypto {

// Encrypts secrets at rest (variables, tokens, webhook and notification
// credentials, OAuth client secrets) with libsodium's secretbox
// (XSalsa20-Poly1305). The keys live in a file outside the database, so a
// leaked dump alone reveals no secret: a ring whose first key seals and whose
// every key opens. The file is read again when it changes (looked at once a
// second at most), so a running server follows a key rotation without a restart.
class SecretBox
{
public:
    static constexpr int kKeyBytes = 32;

    // Reads the key file, creating it (32 random bytes, mode 0600) when absent.
    // Throws std::runtime_error when it cannot.
    static SecretBox fromKeyFile(const QString &path);
    SecretBox(const SecretBox &other);

    // base64(nonce || ciphertext), under the current key.
    QString seal(const QString &plaintext) const;
    // nullopt when the text was sealed with none of the ring's keys or was altered.
    std::optional<QString> open(const QString &sealed) const;
    // Whether the current key opens it (else it needs sealing again after a rotation).
    bool sealedWithCurrentKey(const QString &sealed) const;
    int keyCount() const;

private:
    SecretBox(QString path, QList<QByteArray> keys);
    // The ring as the file says now; the one held when the file cannot be read.
    QList<QByteArray> keys() const;

    QString m_path;
    mutable QMutex m_mutex;
    mutable QList<QByteArray> m_keys;
    mutable QDateTime m_modified;
    mutable qint64 m_checkedMs = 0;
};

} // namespace adp::server::crypto
