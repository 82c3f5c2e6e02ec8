#include "AuditExport.h"

#include <memory>
#include <openssl/evp.h>
#include <stdexcept>

namespace adp::shared::audit {

QString exportFormatName(ExportFormat format)
{
    return format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("jsonl");
}

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    if (name == u"csv")
        return ExportFormat::Csv;
    if (name == u"jsonl")
        return ExportFormat::JsonLines;
    return std::nullopt;
}

QByteArrayView auditOutcomeOf(QByteArrayView action)
{
    for (const char *exact : FailureActions::kExact) {
        if (action == exact)
            return "failure";
    }
    for (const char *suffix : FailureActions::kSuffixes) {
        if (action.endsWith(suffix))
            return "failure";
    }
    return "success";
}

QByteArray ExportDigest::start(ExportFormat format)
{
    return link("adp-audit-export-v1", exportFormatName(format).toLatin1());
}

QByteArray ExportDigest::link(QByteArrayView previous, QByteArrayView covered)
{
    // OpenSSL's SHA-256 (SHA-NI, AVX2 where the CPU has them): every byte of an export goes
    // through here, a million records in a few hundred milliseconds. One context per thread.
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    thread_local const std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX *)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!sha256 || !context || EVP_DigestInit_ex(context.get(), sha256, nullptr) != 1 ||
        EVP_DigestUpdate(context.get(), previous.data(), size_t(previous.size())) != 1 ||
        EVP_DigestUpdate(context.get(), "\n", 1) != 1 ||
        EVP_DigestUpdate(context.get(), covered.data(), size_t(covered.size())) != 1 ||
        EVP_DigestFinal_ex(context.get(), digest, &length) != 1)
        throw std::runtime_error("SHA-256 failed");
    static constexpr char kHex[] = "0123456789abcdef";
    QByteArray hex(kDigestHexDigits, Qt::Uninitialized);
    for (int i = 0; i < kDigestHexDigits / 2; ++i) {
        hex[2 * i] = kHex[digest[i] >> 4];
        hex[2 * i + 1] = kHex[digest[i] & 0xf];
    }
    return hex;
}

const QByteArray &ExportWriter::csvHeader()
{
    static const QByteArray header = QByteArrayLiteral(
        "seq,occurred_at,actor_id,actor,action,outcome,target_type,target_id,organisation_id,project_id,"
        "environment_id,request_id,ip,user_agent,before,after,hash,digest");
    return header;
}

const QList<QByteArray> &ExportWriter::earlierCsvHeaders()
{
    static const QList<QByteArray> headers{QByteArrayLiteral(
        "seq,occurred_at,actor_id,actor,action,outcome,target_type,target_id,request_id,ip,user_agent,before,after,"
        "hash,digest")};
    return headers;
}

ExportWriter::ExportWriter(ExportFormat format, bool byteOrderMark)
    : m_format(format)
    , m_byteOrderMark(byteOrderMark)
    , m_digest(ExportDigest::start(format))
{
}

QByteArray ExportWriter::begin() const
{
    QByteArray out;
    if (m_byteOrderMark)
        out += "\xEF\xBB\xBF";
    if (m_format == ExportFormat::Csv)
        out += csvHeader() + "\r\n";
    return out;
}

void appendCsvCell(QByteArray &out, QByteArrayView value, bool neutralise)
{
    const bool formula = neutralise && !value.isEmpty() &&
                         (value.front() == '=' || value.front() == '+' || value.front() == '-' ||
                          value.front() == '@' || value.front() == '\t' || value.front() == '\r');
    bool quote = false;
    for (const char c : value) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (formula)
            out += '\'';
        out += value;
        return;
    }
    out += '"';
    if (formula)
        out += '\'';
    for (const char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (byte < 0x20) {
                out += "\\u00";
                out += kHex[byte >> 4];
                out += kHex[byte & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void ExportWriter::appendCsv(const ExportRow &row, QByteArray &out)
{
    out += QByteArray::number(row.seq);
    out += ',';
    out += row.occurredAt;
    out += ',';
    if (row.actorId > 0)
        out += QByteArray::number(row.actorId);
    for (const QByteArrayView text :
         {row.actor, row.action, auditOutcomeOf(row.action), row.targetType, row.targetId}) {
        out += ',';
        appendCsvCell(out, text);
    }
    for (const QByteArrayView id : {row.organisationId, row.projectId, row.environmentId})
        out.append(',').append(id); // digits or nothing
    for (const QByteArrayView text : {row.requestId, row.ip, row.userAgent, row.before, row.after}) {
        out += ',';
        appendCsvCell(out, text);
    }
    out += ',';
    out += row.hash;
}

void ExportWriter::appendJson(const ExportRow &row, QByteArray &out)
{
    const auto field = [&out](const char *name, QByteArrayView value) {
        out += ",\"";
        out += name;
        out += "\":";
        appendJsonString(out, value);
    };
    const auto raw = [&out](const char *name, QByteArrayView json) {
        out += ",\"";
        out += name;
        out += "\":";
        out += json.isEmpty() ? QByteArrayView("null") : json;
    };
    out += "{\"seq\":";
    out += QByteArray::number(row.seq);
    field("occurred_at", row.occurredAt);
    out += ",\"actor\":{\"id\":";
    out += row.actorId > 0 ? QByteArray::number(row.actorId) : QByteArrayLiteral("null");
    out += ",\"name\":";
    appendJsonString(out, row.actor);
    out += '}';
    field("action", row.action);
    field("outcome", auditOutcomeOf(row.action));
    out += ",\"target\":{\"type\":";
    appendJsonString(out, row.targetType);
    out += ",\"id\":";
    appendJsonString(out, row.targetId);
    out += '}';
    const auto id = [&out](const char *name, QByteArrayView digits) {
        out += name;
        out += digits.isEmpty() ? QByteArrayView("null") : digits;
    };
    id(",\"scope\":{\"organisation_id\":", row.organisationId);
    id(",\"project_id\":", row.projectId);
    id(",\"environment_id\":", row.environmentId);
    out += '}';
    field("request_id", row.requestId);
    field("ip", row.ip);
    field("user_agent", row.userAgent);
    raw("before", row.before);
    raw("after", row.after);
    field("hash", row.hash);
}

void ExportWriter::layOut(ExportFormat format, const ExportRow &row, QByteArray &out)
{
    if (format == ExportFormat::Csv)
        appendCsv(row, out);
    else
        appendJson(row, out);
}

void ExportWriter::appendLaidOut(QByteArrayView covered, QByteArray &out)
{
    out += covered;
    m_digest = ExportDigest::link(m_digest, covered);
    if (m_format == ExportFormat::Csv)
        out += ',' + m_digest + "\r\n";
    else
        out += ",\"digest\":\"" + m_digest + "\"}\n";
    if (++m_events % ExportDigest::kCheckpointEvery == 0)
        m_checkpoints.append(m_digest);
}

void ExportWriter::append(const ExportRow &row, QByteArray &out)
{
    QByteArray covered;
    layOut(m_format, row, covered);
    appendLaidOut(covered, out);
}

QByteArray ExportWriter::end(QByteArrayView proofJson, QByteArrayView signature) const
{
    QByteArray out;
    if (m_format == ExportFormat::Csv) {
        out += csvProofMarker();
        out += ',';
        appendCsvCell(out, proofJson, false);
        out += ',';
        out += signature;
        out += "\r\n";
    } else {
        out += "{\"proof\":";
        out += proofJson;
        out += ",\"signature\":\"";
        out += signature;
        out += "\"}\n";
    }
    return out;
}

} // namespace adp::shared::audit
