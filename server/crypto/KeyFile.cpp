#include "KeyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <sodium.h>
#include <stdexcept>

namespace adp::server::crypto {

namespace {

std::string describe(const QString &path, const char *purpose)
{
    return std::string("the ") + purpose + " key " + path.toStdString();
}

} // namespace

QByteArray randomKey(int size)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium failed to initialise");
    QByteArray key(size, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    return key;
}

void writeKeyRing(const QString &path, const QList<QByteArray> &keys, const char *purpose)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    // Restricted before the first byte is written.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        throw std::runtime_error("cannot create " + describe(path, purpose));
    for (const QByteArray &key : keys)
        file.write(key.toBase64() + '\n');
    if (!file.commit())
        throw std::runtime_error("cannot write " + describe(path, purpose));
}

QList<QByteArray> loadOrCreateKeyRing(const QString &path, int size, const char *purpose)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium failed to initialise");
    QFile existing(path);
    if (!existing.exists()) {
        const QList<QByteArray> keys{randomKey(size)};
        writeKeyRing(path, keys, purpose);
        return keys;
    }
    if (!existing.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + describe(path, purpose));
    QList<QByteArray> keys;
    for (const QByteArray &line : existing.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QByteArray key = QByteArray::fromBase64(line.trimmed());
        if (key.size() != size)
            throw std::runtime_error(describe(path, purpose) + " holds a key that is not " + std::to_string(size) +
                                     " bytes");
        keys.append(key);
    }
    if (keys.isEmpty())
        throw std::runtime_error(describe(path, purpose) + " is empty");
    return keys;
}

QByteArray loadOrCreateKey(const QString &path, int size, const char *purpose)
{
    return loadOrCreateKeyRing(path, size, purpose).first();
}

} // namespace adp::server::crypto
