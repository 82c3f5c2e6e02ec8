#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

class QIODevice;

namespace adp::shared::audit {

// What checking an audit export against the server's public key found.
struct ExportCheck
{
    struct Finding
    {
        // incomplete (no proof: cut off), signature, malformed, changed, removed, inserted
        QString kind;
        qint64 seq = 0; // the event it is about, as the file names it; 0 for the file as a whole
        QString message;
    };
    QString format;        // csv or jsonl, as read
    bool complete = false; // the proof was found at the end
    bool signatureValid = false;
    qint64 events = 0;       // records read (the proof says how many there were)
    QJsonObject proof;       // as signed, when the signature holds
    QList<Finding> findings; // in file order

    bool intact() const { return complete && signatureValid && findings.isEmpty(); }
    QJsonObject toJson() const;
};

// Reads an export (CSV or JSON Lines, see AuditExport.h) in one pass in constant memory and
// checks every record's digest, the proof's signature and what the proof says of the records.
class ExportVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ExportVerifier)

public:
    // A PDF report (AuditReport.h) is recognised by its first bytes and checked as one.
    static ExportCheck verify(QIODevice &in, const QByteArray &publicKey);

private:
    static ExportCheck verifyReport(QIODevice &in, const QByteArray &publicKey);
};

} // namespace adp::shared::audit

Q_DECLARE_METATYPE(adp::shared::audit::ExportCheck)
