#include "AuditReport.h"

#include "Ed25519.h"

#include <QBuffer>
#include <QCryptographicHash>

namespace adp::shared::audit {

namespace {

constexpr QByteArrayView kSlotOpen = "<adp:signature>";
constexpr QByteArrayView kSlotClose = "</adp:signature>";
constexpr QByteArrayView kExportOpen = "<adp:export>";
constexpr QByteArrayView kExportClose = "</adp:export>";
constexpr qsizetype kMaxExportBytes = qsizetype(512) << 20;

QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

QByteArray ReportSeal::xmpPacket(const QString &title, QByteArrayView exportJsonl)
{
    QByteArray xmp;
    xmp += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
           "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
           "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:adp=\"https://adp.dev/ns/audit-report/1/\">\n"
           "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">";
    xmp += xmlEscaped(title);
    xmp += "</rdf:li></rdf:Alt></dc:title>\n<pdf:Producer>ADP</pdf:Producer>\n";
    xmp += kSlotOpen;
    xmp += QByteArray(kSlotBytes, ' ');
    xmp += kSlotClose;
    xmp += '\n';
    xmp += kExportOpen;
    // qCompress prefixes the length; base64 keeps the bytes XML text.
    xmp += qCompress(reinterpret_cast<const uchar *>(exportJsonl.data()), qsizetype(exportJsonl.size()), 6).toBase64();
    xmp += kExportClose;
    xmp += "\n</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>";
    return xmp;
}

std::optional<qsizetype> ReportSeal::slotOf(QByteArrayView pdf)
{
    const qsizetype open = pdf.indexOf(kSlotOpen);
    if (open < 0 || pdf.indexOf(kSlotOpen, open + 1) >= 0)
        return std::nullopt;
    const qsizetype slot = open + kSlotOpen.size();
    if (slot + kSlotBytes + kSlotClose.size() > pdf.size() ||
        pdf.sliced(slot + kSlotBytes, kSlotClose.size()) != kSlotClose)
        return std::nullopt;
    return slot;
}

QByteArray ReportSeal::signedMessage(QByteArrayView pdf, qsizetype slot)
{
    QCryptographicHash sha256(QCryptographicHash::Sha256);
    sha256.addData(pdf.first(slot));
    sha256.addData(QByteArray(kSlotBytes, ' '));
    sha256.addData(pdf.sliced(slot + kSlotBytes));
    return "adp-audit-report-v1\n" + sha256.result().toHex();
}

std::optional<QByteArray> ReportSeal::embeddedExport(QByteArrayView pdf)
{
    const qsizetype open = pdf.indexOf(kExportOpen);
    if (open < 0)
        return std::nullopt;
    const qsizetype start = open + kExportOpen.size();
    const qsizetype close = pdf.indexOf(kExportClose, start);
    if (close < 0)
        return std::nullopt;
    const auto base64 = QByteArray::fromBase64Encoding(pdf.sliced(start, close - start).toByteArray(),
                                                       QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray &decoded = base64.decoded;
    if (!base64 || decoded.size() < 4)
        return std::nullopt;
    // The length qCompress put first: refuse a bomb before inflating it.
    const auto *length = reinterpret_cast<const uchar *>(decoded.constData());
    const quint32 expected =
        (quint32(length[0]) << 24) | (quint32(length[1]) << 16) | (quint32(length[2]) << 8) | quint32(length[3]);
    if (expected > quint32(kMaxExportBytes))
        return std::nullopt;
    QByteArray inflated = qUncompress(decoded);
    if (inflated.isEmpty())
        return std::nullopt;
    return inflated;
}

ExportCheck ReportVerifier::verify(QByteArrayView pdf, const QByteArray &publicKey)
{
    QList<ExportCheck::Finding> own;
    const auto finding = [&own](const char *kind, const QString &message) {
        own.append({QString::fromLatin1(kind), 0, message});
    };
    // A PDF ends with %%EOF (and perhaps a line end): without it the download was cut.
    const bool complete = pdf.trimmed().endsWith("%%EOF");
    if (!complete)
        finding("incomplete", tr("The PDF ends before its end-of-file marker: it was cut off."));
    const auto slot = ReportSeal::slotOf(pdf);
    bool signatureValid = false;
    if (!slot) {
        finding("malformed", tr("This PDF carries no audit report proof: it was not made by ADP, or it was saved "
                                "again by another program."));
    } else {
        const QByteArray signature = QByteArray::fromBase64(pdf.sliced(*slot, ReportSeal::kSlotBytes).toByteArray());
        signatureValid = ed25519Verify(publicKey, ReportSeal::signedMessage(pdf, *slot), signature);
        if (!signatureValid)
            finding("signature", tr("The PDF was changed after the server signed it (its pages, its metadata or "
                                    "the events inside), or another server's key signed it."));
    }

    ExportCheck check;
    if (const auto embedded = ReportSeal::embeddedExport(pdf)) {
        QByteArray bytes = *embedded;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        check = ExportVerifier::verify(buffer, publicKey);
    } else {
        finding("malformed", tr("The events inside the report are missing or cannot be read."));
    }
    check.format = QStringLiteral("pdf");
    check.complete = complete && check.complete;
    check.signatureValid = signatureValid && check.signatureValid;
    check.findings = own + check.findings;
    return check;
}

} // namespace adp::shared::audit
