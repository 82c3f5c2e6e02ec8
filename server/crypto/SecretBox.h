#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace adp::server::crypto {

// Encrypts secrets at rest (OAuth client secrets now; variables and
// notification credentials later) with libsodium's secretbox
// (XSalsa20-Poly1305). The key lives in a file outside the database, so a
// leaked dump alone reveals no secret.
class SecretBox
{
public:
    // Reads the key file, creating it (32 random bytes, mode 0600) when absent.
    // Throws std::runtime_error when it cannot.
    static SecretBox fromKeyFile(const QString &path);

    // base64(nonce || ciphertext)
    QString seal(const QString &plaintext) const;
    // nullopt when the text was not sealed with this key or was altered.
    std::optional<QString> open(const QString &sealed) const;

private:
    explicit SecretBox(QByteArray key)
        : m_key(std::move(key))
    {
    }
    QByteArray m_key;
};

} // namespace adp::server::crypto
