#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

struct evp_mac_ctx_st;

namespace adp::server::audit {

struct StoredAuditEvent;

// The keyed hash chain of the audit trail. Each event's hash is an
// HMAC-SHA256 over the previous event's hash and the event's own fields,
// under a key that lives outside the database: whoever can edit the table
// still cannot forge a consistent chain.
class AuditChain
{
public:
    explicit AuditChain(QByteArray key);

    static constexpr int kKeyBytes = 32;

    // Reads the key file, creating it (32 random bytes, mode 0600) when absent.
    // Throws std::runtime_error when it cannot be read or created.
    static AuditChain fromKeyFile(const QString &path);

    QString eventHash(const QString &previousHash, const StoredAuditEvent &event) const;
    // The same hash from an event's canonical bytes, as hex bytes.
    QByteArray hashOf(QByteArrayView previousHash, QByteArrayView canonical) const;
    QString headMac(qint64 lastSeq, const QString &lastHash) const;
    // The retention anchor's: the last archived (and removed) event's seq and hash.
    QString anchorMac(qint64 seq, const QString &hash) const;
    // What an event carries from its insert until it is sealed: a random nonce
    // and an HMAC over the nonce and the event's canonical bytes with seq 0, so
    // an unsealed event cannot be forged, edited or copied (entry_mac is unique).
    QString entryMac(QByteArrayView unsealedCanonical) const;
    bool entryMacMatches(QByteArrayView entryMac, QByteArrayView unsealedCanonical) const;

private:
    QString mac(const QByteArray &message) const;
    QByteArray entryMacFor(QByteArrayView nonce, QByteArrayView unsealedCanonical) const;
    QByteArray macHex(QByteArrayView message) const;
    QByteArray m_key;
    // HMAC-SHA256 already keyed; each MAC starts from a copy, which spares
    // the algorithm lookup and key schedule per event. Shared, read-only.
    std::shared_ptr<evp_mac_ctx_st> m_keyed;
};

} // namespace adp::server::audit
