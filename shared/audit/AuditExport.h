#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace adp::shared::audit {

// How an audit export is laid out, written (by the server) and read back (by the verifier).
//
// Every event is one record: CSV (RFC 4180, CRLF) with a header, or one JSON object per line.
// Each record ends with its digest, which chains it to the records before it:
//   digest(i) = first 32 hex digits of SHA-256(digest(i-1) "\n" bytes of record i before its digest)
// starting from kChainStart and the format's name. The last record is the proof: the chain's
// end, a checkpoint every kCheckpointEvery events, the filters and the first and last event's
// chain hashes, signed with the server's Ed25519 key (see ExportProof). A file without it was cut.
enum class ExportFormat { Csv, JsonLines };

QString exportFormatName(ExportFormat format); // csv, jsonl
std::optional<ExportFormat> exportFormatFromName(QStringView name);

// What makes an event a failure: a refusal (permission.denied, *.refused) or a failed attempt
// (*_failed). The one statement of the rule: the server's filter is built from it too.
struct FailureActions
{
    static constexpr std::array<const char *, 1> kExact{"permission.denied"};
    static constexpr std::array<const char *, 2> kSuffixes{".refused", "_failed"};
};
// "failure" or "success", by FailureActions.
QByteArrayView auditOutcomeOf(QByteArrayView action);

// One event as exported, every value as the trail keeps it (views valid while it is written).
struct ExportRow
{
    qint64 seq = 0;
    QByteArrayView occurredAt; // ISO 8601, UTC
    qint64 actorId = 0;        // 0: the system or an unknown user
    QByteArrayView actor;
    QByteArrayView action;
    QByteArrayView targetType;
    QByteArrayView targetId;
    QByteArrayView organisationId; // the event's scope, each empty for none
    QByteArrayView projectId;
    QByteArrayView environmentId;
    QByteArrayView requestId;
    QByteArrayView ip;
    QByteArrayView userAgent;
    QByteArrayView before; // JSON text, empty for none
    QByteArrayView after;
    QByteArrayView hash; // its link in the trail's chain
};

class ExportDigest
{
public:
    static constexpr int kCheckpointEvery = 256;
    static constexpr int kDigestHexDigits = 32;

    static QByteArray start(ExportFormat format);
    static QByteArray link(QByteArrayView previous, QByteArrayView covered);
};

// Writes one export: begin(), append() per event, end() with the signed proof.
class ExportWriter
{
public:
    ExportWriter(ExportFormat format, bool byteOrderMark);

    QByteArray begin() const;
    void append(const ExportRow &row, QByteArray &out);
    // The same in two steps, so that records can be laid out on several threads and chained
    // on one: the bytes a record's digest covers, then the record with its digest.
    static void layOut(ExportFormat format, const ExportRow &row, QByteArray &out);
    void appendLaidOut(QByteArrayView covered, QByteArray &out);
    QByteArray end(QByteArrayView proofJson, QByteArrayView signature) const;

    ExportFormat format() const { return m_format; }
    qint64 events() const { return m_events; }
    const QByteArray &digest() const { return m_digest; }
    const QList<QByteArray> &checkpoints() const { return m_checkpoints; }

    static const QByteArray &csvHeader(); // without the line end
    // Headers of exports written before events had a scope; their records verify the same way.
    static const QList<QByteArray> &earlierCsvHeaders();
    static QByteArrayView csvProofMarker() { return "#proof"; }

private:
    static void appendCsv(const ExportRow &row, QByteArray &out);
    static void appendJson(const ExportRow &row, QByteArray &out);

    ExportFormat m_format;
    bool m_byteOrderMark;
    qint64 m_events = 0;
    QByteArray m_digest;
    QList<QByteArray> m_checkpoints;
};

// A CSV cell as RFC 4180 wants it, and safe to open in a spreadsheet: text starting with
// = + - @ tab or CR gets a leading apostrophe so it is never taken for a formula.
void appendCsvCell(QByteArray &out, QByteArrayView value, bool neutralise = true);
// A JSON string literal with its quotes.
void appendJsonString(QByteArray &out, QByteArrayView utf8);

} // namespace adp::shared::audit
