#include "KeyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <sodium.h>
#include <stdexcept>

namespace adp::server::crypto {

QByteArray loadOrCreateKey(const QString &path, int size, const char *purpose)
{
    const std::string what = std::string("the ") + purpose + " key " + path.toStdString();
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium failed to initialise");
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            throw std::runtime_error("cannot read " + what);
        const QByteArray key = QByteArray::fromBase64(existing.readAll().trimmed());
        if (key.size() != size)
            throw std::runtime_error(what + " is not " + std::to_string(size) + " bytes");
        return key;
    }
    QByteArray key(size, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    // Restricted before the first byte is written.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        throw std::runtime_error("cannot create " + what);
    file.write(key.toBase64() + '\n');
    if (!file.commit())
        throw std::runtime_error("cannot write " + what);
    return key;
}

} // namespace adp::server::crypto
