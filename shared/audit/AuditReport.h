#pragma once

#include "ExportVerifier.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace adp::shared::audit {

// How a PDF audit report carries its proof. adp-audit-report draws the report from a signed JSON
// Lines export and puts that export inside the PDF (its XMP metadata: zlib, then base64) with an
// empty slot for a signature. The server then signs the whole file, every byte but the slot's, and
// writes the signature into the slot. So the pages can be checked as the server made them, and the
// events under them as the trail held them (ExportVerifier names any that changed).
class ReportSeal
{
public:
    static constexpr qsizetype kSlotBytes = 88; // an Ed25519 signature in base64
    static constexpr qsizetype kMaxReportBytes = qsizetype(1) << 30;

    static bool isPdf(QByteArrayView head) { return head.startsWith("%PDF-"); }
    // The XMP packet a report carries: its title, the embedded export and the empty slot.
    static QByteArray xmpPacket(const QString &title, QByteArrayView exportJsonl);
    // Where the slot's bytes start; nullopt unless the file has exactly one.
    static std::optional<qsizetype> slotOf(QByteArrayView pdf);
    // What the server signs: a version line and the SHA-256 of the file with its slot blank.
    static QByteArray signedMessage(QByteArrayView pdf, qsizetype slot);
    // The export inside; nullopt when it is missing or does not decode.
    static std::optional<QByteArray> embeddedExport(QByteArrayView pdf);
};

// Checks a PDF report: the file's signature, then the export inside it (see ExportVerifier).
class ReportVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ReportVerifier)

public:
    static ExportCheck verify(QByteArrayView pdf, const QByteArray &publicKey);
};

} // namespace adp::shared::audit
