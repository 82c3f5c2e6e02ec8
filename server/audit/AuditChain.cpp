#include "AuditChain.h"

#include "StoredAuditEvent.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSaveFile>
#include <sodium.h>
#include <stdexcept>

namespace adp::server::audit {

QByteArray StoredAuditEvent::canonical() const
{
    const QJsonArray fields{seq, occurredAtMs, actorId, actorName, action, targetType, targetId,
                            requestId, ip, userAgent, beforeJson, afterJson};
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

AuditChain AuditChain::fromKeyFile(const QString &path)
{
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            throw std::runtime_error("cannot read the audit key " + path.toStdString());
        const QByteArray key = QByteArray::fromBase64(existing.readAll().trimmed());
        if (key.size() < 32)
            throw std::runtime_error("the audit key " + path.toStdString() + " is shorter than 32 bytes");
        return AuditChain(key);
    }
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium failed to initialise");
    QByteArray key(32, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        throw std::runtime_error("cannot create the audit key " + path.toStdString());
    file.write(key.toBase64() + '\n');
    if (!file.commit())
        throw std::runtime_error("cannot write the audit key " + path.toStdString());
    return AuditChain(key);
}

QString AuditChain::mac(const QByteArray &message) const
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha256).toHex());
}

QString AuditChain::eventHash(const QString &previousHash, const StoredAuditEvent &event) const
{
    return mac(previousHash.toLatin1() + '\n' + event.canonical());
}

QString AuditChain::headMac(qint64 lastSeq, const QString &lastHash) const
{
    return mac("head\n" + QByteArray::number(lastSeq) + '\n' + lastHash.toLatin1());
}

} // namespace adp::server::audit
