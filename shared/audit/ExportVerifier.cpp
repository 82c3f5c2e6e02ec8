#include "ExportVerifier.h"

#include "AuditExport.h"
#include "AuditReport.h"
#include "Ed25519.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace adp::shared::audit {

QJsonObject ExportCheck::toJson() const
{
    QJsonArray list;
    for (const Finding &finding : findings)
        list.append(QJsonObject{{QStringLiteral("kind"), finding.kind},
                                {QStringLiteral("seq"), finding.seq},
                                {QStringLiteral("message"), finding.message}});
    return {{QStringLiteral("intact"), intact()},   {QStringLiteral("format"), format},
            {QStringLiteral("complete"), complete}, {QStringLiteral("signature_valid"), signatureValid},
            {QStringLiteral("events"), events},     {QStringLiteral("proof"), proof},
            {QStringLiteral("findings"), list}};
}

namespace {

constexpr qsizetype kReadBytes = 1 << 20;
constexpr qsizetype kMaxRecordBytes = 64 << 20; // a proof of a very large export stays far below

// Hands out the file's records one at a time: CSV records (quoted cells may hold line breaks)
// or lines, without their line end.
class RecordReader
{
public:
    explicit RecordReader(QIODevice &in)
        : m_in(in)
    {
    }
    void setCsv(bool csv) { m_csv = csv; }
    QByteArrayView peek(qsizetype bytes)
    {
        fill(bytes);
        return QByteArrayView(m_buffer).sliced(m_pos, std::min(bytes, m_buffer.size() - m_pos));
    }
    void skip(qsizetype bytes) { m_pos += bytes; }
    // False at the end of the file; `tooLong` when a record passes kMaxRecordBytes. A last
    // record without its line end is given with `terminated` false: the file was cut in it.
    bool next(QByteArray &record, bool &tooLong, bool *terminated = nullptr)
    {
        tooLong = false;
        if (terminated)
            *terminated = true;
        bool quoted = false;
        qsizetype scan = m_pos;
        while (true) {
            if (scan >= m_buffer.size()) {
                if (scan - m_pos > kMaxRecordBytes) {
                    tooLong = true;
                    return false;
                }
                const qsizetype before = m_buffer.size() - m_pos;
                fill(before + kReadBytes);
                scan = m_pos + before;
                if (scan >= m_buffer.size()) { // the end: what is left is the last record
                    if (m_pos >= m_buffer.size())
                        return false;
                    record = m_buffer.sliced(m_pos);
                    m_pos = m_buffer.size();
                    if (terminated)
                        *terminated = false;
                    return true;
                }
            }
            const char c = m_buffer.at(scan);
            if (m_csv && c == '"')
                quoted = !quoted;
            else if (c == '\n' && !quoted) {
                qsizetype end = scan;
                if (end > m_pos && m_buffer.at(end - 1) == '\r')
                    --end;
                record = m_buffer.sliced(m_pos, end - m_pos);
                m_pos = scan + 1;
                return true;
            }
            ++scan;
        }
    }

private:
    void fill(qsizetype wanted)
    {
        if (m_pos > 0 && m_pos >= m_buffer.size() / 2) {
            m_buffer.remove(0, m_pos);
            m_pos = 0;
        }
        while (m_buffer.size() - m_pos < wanted) {
            const QByteArray more = m_in.read(kReadBytes);
            if (more.isEmpty())
                return;
            m_buffer += more;
        }
    }

    QIODevice &m_in;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_csv = true;
};

// The text of one quoted or bare CSV cell.
QByteArray csvCellText(QByteArrayView cell)
{
    if (cell.size() < 2 || cell.front() != '"' || cell.back() != '"')
        return cell.toByteArray();
    QByteArray text;
    text.reserve(cell.size());
    for (qsizetype i = 1; i + 1 < cell.size(); ++i) {
        text += cell[i];
        if (cell[i] == '"')
            ++i; // "" stands for one quote
    }
    return text;
}

struct Record
{
    qint64 seq = 0;
    QByteArrayView covered; // the bytes its digest covers
    QByteArrayView stated;  // the digest the file gives it
};

std::optional<Record> dataRecord(QByteArrayView raw, bool csv)
{
    Record record;
    if (csv) {
        const qsizetype comma = raw.lastIndexOf(',');
        const qsizetype first = raw.indexOf(',');
        if (comma <= 0 || first <= 0)
            return std::nullopt;
        record.covered = raw.first(comma);
        record.stated = raw.sliced(comma + 1);
        bool ok = false;
        record.seq = raw.first(first).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        static constexpr QByteArrayView kDigest = ",\"digest\":\"";
        static constexpr QByteArrayView kSeq = "{\"seq\":";
        const qsizetype at = raw.lastIndexOf(kDigest);
        if (at <= 0 || !raw.startsWith(kSeq) || !raw.endsWith("\"}"))
            return std::nullopt;
        record.covered = raw.first(at);
        record.stated = raw.sliced(at + kDigest.size()).chopped(2);
        const qsizetype end = raw.indexOf(',', kSeq.size());
        bool ok = false;
        record.seq = raw.sliced(kSeq.size(), end - kSeq.size()).toLongLong(&ok);
        if (end < 0 || !ok)
            return std::nullopt;
    }
    if (record.stated.size() != ExportDigest::kDigestHexDigits)
        return std::nullopt;
    return record;
}

// The proof's exact signed bytes and its signature, from the last record.
bool proofRecord(QByteArrayView raw, bool csv, QByteArray &proof, QByteArray &signature)
{
    if (csv) {
        const QByteArrayView marker = ExportWriter::csvProofMarker();
        const qsizetype comma = raw.lastIndexOf(',');
        if (!raw.startsWith(marker) || raw.size() <= marker.size() || raw[marker.size()] != ',' ||
            comma <= marker.size())
            return false;
        proof = csvCellText(raw.sliced(marker.size() + 1, comma - marker.size() - 1));
        signature = raw.sliced(comma + 1).toByteArray();
        return true;
    }
    static constexpr QByteArrayView kProof = "{\"proof\":";
    static constexpr QByteArrayView kSignature = ",\"signature\":\"";
    const qsizetype at = raw.lastIndexOf(kSignature);
    if (!raw.startsWith(kProof) || at <= kProof.size() || !raw.endsWith("\"}"))
        return false;
    proof = raw.sliced(kProof.size(), at - kProof.size()).toByteArray();
    signature = raw.sliced(at + kSignature.size()).chopped(2).toByteArray();
    return true;
}

bool isProof(QByteArrayView raw, bool csv)
{
    return csv ? raw.startsWith(ExportWriter::csvProofMarker()) : raw.startsWith("{\"proof\":");
}

struct Break
{
    qint64 row = 0;
    qint64 seq = 0;
};

} // namespace

ExportCheck ExportVerifier::verify(QIODevice &in, const QByteArray &publicKey)
{
    if (ReportSeal::isPdf(in.peek(5)))
        return verifyReport(in, publicKey);
    ExportCheck check;
    const auto finding = [&check](const char *kind, qint64 seq, const QString &message) {
        check.findings.append({QString::fromLatin1(kind), seq, message});
    };
    RecordReader reader(in);
    if (reader.peek(3) == "\xEF\xBB\xBF")
        reader.skip(3);
    const bool csv = !reader.peek(1).startsWith('{');
    const ExportFormat format = csv ? ExportFormat::Csv : ExportFormat::JsonLines;
    check.format = exportFormatName(format);
    reader.setCsv(csv);

    QByteArray raw;
    bool tooLong = false;
    if (csv && (!reader.next(raw, tooLong) ||
                (raw != ExportWriter::csvHeader() && !ExportWriter::earlierCsvHeaders().contains(raw)))) {
        finding("malformed", 0, tr("The file does not start with the audit export's CSV header."));
        return check;
    }
    QByteArray previous = ExportDigest::start(format);
    QList<QByteArray> checkpoints;
    QList<Break> breaks;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    QByteArray proofBytes;
    QByteArray signature;
    bool terminated = true;
    while (reader.next(raw, tooLong, &terminated)) {
        if (raw.isEmpty())
            continue;
        if (!terminated)
            break; // every record ends its line: this one was cut, and the missing proof says so
        if (check.complete) {
            finding("inserted", 0, tr("There are records after the proof."));
            break;
        }
        if (isProof(raw, csv)) {
            check.complete = proofRecord(raw, csv, proofBytes, signature);
            if (!check.complete)
                finding("malformed", 0, tr("The proof record is malformed."));
            continue;
        }
        const auto record = dataRecord(raw, csv);
        if (!record) {
            finding("malformed", lastSeq, tr("Record %1 is not an audit event with a digest.").arg(check.events + 1));
            ++check.events;
            continue;
        }
        ++check.events;
        if (firstSeq == 0)
            firstSeq = record->seq;
        lastSeq = record->seq;
        if (ExportDigest::link(previous, record->covered) != record->stated)
            breaks.append({check.events, record->seq});
        previous = record->stated.toByteArray(); // follow the file: an untouched record after a change still checks
        if (check.events % ExportDigest::kCheckpointEvery == 0)
            checkpoints.append(previous);
    }
    if (tooLong)
        finding("malformed", lastSeq, tr("A record is longer than any export writes."));
    if (!check.complete) {
        finding("incomplete", 0,
                tr("The export has no proof at its end: it was cut off before it was complete, or the "
                   "proof was removed. Nothing in it can be trusted as complete."));
        for (const Break &at : breaks)
            finding("changed", at.seq,
                    tr("The event with seq %1 does not follow from the records before it.").arg(at.seq));
        return check;
    }

    const QByteArray decodedSignature = QByteArray::fromBase64(signature);
    check.signatureValid = ed25519Verify(publicKey, proofBytes, decodedSignature);
    if (!check.signatureValid) {
        finding("signature", 0,
                tr("The proof's signature does not match the public key: the proof was changed, or it "
                   "was signed by another server's key."));
        return check;
    }
    check.proof = QJsonDocument::fromJson(proofBytes).object();
    const qint64 promised = check.proof.value(QStringLiteral("events")).toInteger();
    const QJsonArray signedCheckpoints = check.proof.value(QStringLiteral("checkpoints")).toArray();
    const QString signedDigest = check.proof.value(QStringLiteral("digest")).toString();
    if (check.proof.value(QStringLiteral("format")).toString() != check.format)
        finding("malformed", 0,
                tr("The proof is for a %1 export, this file is %2.")
                    .arg(check.proof.value(QStringLiteral("format")).toString(), check.format));

    const qint64 missing = promised - check.events;
    for (const Break &at : breaks) {
        if (missing > 0)
            finding("removed", at.seq, tr("Events were removed just before the event with seq %1.").arg(at.seq));
        else if (missing < 0)
            finding("inserted", at.seq, tr("The event with seq %1 was inserted, or the one before it.").arg(at.seq));
        else
            finding("changed", at.seq, tr("The event with seq %1 was changed.").arg(at.seq));
    }
    if (breaks.isEmpty() && missing == 0 && QString::fromLatin1(previous) != signedDigest) {
        // Every record's digest was made again after a change: the signed checkpoints say where.
        qsizetype window = 0;
        while (window < checkpoints.size() && window < signedCheckpoints.size() &&
               QString::fromLatin1(checkpoints.at(window)) == signedCheckpoints.at(window).toString())
            ++window;
        const qint64 from = window * ExportDigest::kCheckpointEvery + 1;
        const qint64 to = std::min<qint64>((window + 1) * ExportDigest::kCheckpointEvery, check.events);
        finding("changed", 0,
                tr("Events %1 to %2 of the file were changed and their digests made again.").arg(from).arg(to));
    }
    if (missing > 0 && breaks.isEmpty())
        finding("removed", lastSeq, tr("%n event(s) were removed from the end of the export.", "", int(missing)));
    else if (missing > 0)
        finding("removed", 0, tr("The proof names %1 events; the file has %2.").arg(promised).arg(check.events));
    else if (missing < 0)
        finding("inserted", 0, tr("The proof names %1 events; the file has %2.").arg(promised).arg(check.events));
    const auto endpoint = [&](const char *name) {
        return check.proof.value(QString::fromLatin1(name)).toObject().value(QStringLiteral("seq")).toInteger();
    };
    if (check.findings.isEmpty() && promised > 0 && (endpoint("first") != firstSeq || endpoint("last") != lastSeq))
        finding("changed", 0, tr("The first or last event is not the one the proof names."));
    return check;
}

ExportCheck ExportVerifier::verifyReport(QIODevice &in, const QByteArray &publicKey)
{
    // A report is at most some tens of megabytes (it holds at most AuditReport's limit of events).
    if (in.size() > ReportSeal::kMaxReportBytes) {
        ExportCheck check;
        check.format = QStringLiteral("pdf");
        check.findings.append({QStringLiteral("malformed"), 0, tr("The PDF is larger than any audit report.")});
        return check;
    }
    const QByteArray pdf = in.readAll();
    return ReportVerifier::verify(pdf, publicKey);
}

} // namespace adp::shared::audit
