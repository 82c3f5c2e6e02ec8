#include "StoredAuditEvent.h"

#include <QJsonDocument>
#include <algorithm>

namespace adp::server::audit {

namespace {
char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

void appendEscaped(QByteArray &out, ushort unit)
{
    out.append("\\u");
    out.append(hexDigit((unit >> 12) & 0xf)).append(hexDigit((unit >> 8) & 0xf));
    out.append(hexDigit((unit >> 4) & 0xf)).append(hexDigit(unit & 0xf));
}

// One ASCII character as QJsonDocument writes it inside a string.
void appendAscii(QByteArray &out, unsigned char unit)
{
    switch (unit) {
    case '"':
        out.append("\\\"");
        break;
    case '\\':
        out.append("\\\\");
        break;
    case '\b':
        out.append("\\b");
        break;
    case '\f':
        out.append("\\f");
        break;
    case '\n':
        out.append("\\n");
        break;
    case '\r':
        out.append("\\r");
        break;
    case '\t':
        out.append("\\t");
        break;
    default:
        if (unit < 0x20)
            appendEscaped(out, unit);
        else
            out.append(char(unit));
    }
}

// A JSON string exactly as QJsonDocument writes it (compact): the chain was
// defined by that output, and this is several times faster than building it.
void appendJsonString(QByteArray &out, const QString &text)
{
    out.append('"');
    const QChar *chars = text.constData();
    const qsizetype length = text.size();
    for (qsizetype i = 0; i < length; ++i) {
        const ushort unit = chars[i].unicode();
        if (unit < 0x80) {
            appendAscii(out, static_cast<unsigned char>(unit));
        } else if (unit < 0x800) {
            out.append(char(0xc0 | (unit >> 6))).append(char(0x80 | (unit & 0x3f)));
        } else if (QChar::isHighSurrogate(unit) && i + 1 < length && QChar::isLowSurrogate(chars[i + 1].unicode())) {
            const uint code = QChar::surrogateToUcs4(unit, chars[++i].unicode());
            out.append(char(0xf0 | (code >> 18))).append(char(0x80 | ((code >> 12) & 0x3f)));
            out.append(char(0x80 | ((code >> 6) & 0x3f))).append(char(0x80 | (code & 0x3f)));
        } else if (QChar::isSurrogate(unit)) {
            appendEscaped(out, unit); // a lone surrogate has no UTF-8 form
        } else {
            out.append(char(0xe0 | (unit >> 12)))
                .append(char(0x80 | ((unit >> 6) & 0x3f)))
                .append(char(0x80 | (unit & 0x3f)));
        }
    }
    out.append('"');
}
// The UTF-8 twin of appendJsonString: non-ASCII bytes pass through unchanged,
// which is what Qt's re-encoding of valid UTF-8 gives too.
void appendJsonUtf8(QByteArray &out, QByteArrayView text)
{
    out.append('"');
    const auto plain = [](char byte) {
        const auto unit = static_cast<unsigned char>(byte);
        return unit >= 0x20 && unit != '"' && unit != '\\';
    };
    if (std::all_of(text.begin(), text.end(), plain)) { // the usual case: nothing to escape
        out.append(text).append('"');
        return;
    }
    for (const char byte : text) {
        const auto unit = static_cast<unsigned char>(byte);
        if (unit < 0x80)
            appendAscii(out, unit);
        else
            out.append(byte); // UTF-8 continuation and lead bytes pass through
    }
    out.append('"');
}
} // namespace

QByteArray StoredAuditEvent::canonicalFromText(const std::array<QByteArrayView, 12> &columns,
                                               const std::array<QByteArrayView, 3> &scope)
{
    QByteArray out;
    out.reserve(256 + columns[10].size() + columns[11].size());
    out.append('[').append(columns[0]).append(',').append(columns[1]).append(',');
    out.append(columns[2].isEmpty() ? QByteArrayView("0") : columns[2]);
    for (size_t i = 3; i < columns.size(); ++i) {
        out.append(',');
        appendJsonUtf8(out, columns[i]);
    }
    if (!scope[0].isEmpty() || !scope[1].isEmpty() || !scope[2].isEmpty()) {
        out.append(",[");
        for (size_t i = 0; i < scope.size(); ++i)
            out.append(i ? "," : "").append(scope[i].isEmpty() ? QByteArrayView("0") : scope[i]);
        out.append(']');
    }
    out.append(']');
    return out;
}

QByteArray StoredAuditEvent::canonicalAt(qint64 sequence) const
{
    // [seq, occurred_at, actor_id, actor_name, action, target_type, target_id,
    //  request_id, ip, user_agent, before_json, after_json] as compact JSON.
    QByteArray out;
    out.reserve(256 + beforeJson.size() + afterJson.size());
    out.append('[')
        .append(QByteArray::number(sequence))
        .append(',')
        .append(QByteArray::number(occurredAtMs))
        .append(',');
    out.append(QByteArray::number(actorId));
    for (const QString *text :
         {&actorName, &action, &targetType, &targetId, &requestId, &ip, &userAgent, &beforeJson, &afterJson}) {
        out.append(',');
        appendJsonString(out, *text);
    }
    if (!scope.isEmpty()) {
        out.append(",[").append(QByteArray::number(scope.organisationId)).append(',');
        out.append(QByteArray::number(scope.projectId)).append(',');
        out.append(QByteArray::number(scope.environmentId)).append(']');
    }
    out.append(']');
    return out;
}

const QString &StoredAuditEvent::columns()
{
    static const QString kColumns =
        QStringLiteral("seq, occurred_at, actor_id, actor_name, action, target_type, target_id, request_id, ip, "
                       "user_agent, before_json, after_json, prev_hash, hash, entry_mac, id, scope_organisation, "
                       "scope_project, scope_environment");
    return kColumns;
}

StoredAuditEvent StoredAuditEvent::fromRow(const storage::ResultSet &rows, int row)
{
    StoredAuditEvent event;
    event.seq = rows.value(row, 0).toLongLong();
    event.occurredAtMs = rows.value(row, 1).toLongLong();
    event.actorId = rows.value(row, 2).toLongLong();
    event.actorName = rows.value(row, 3).toString();
    event.action = rows.value(row, 4).toString();
    event.targetType = rows.value(row, 5).toString();
    event.targetId = rows.value(row, 6).toString();
    event.requestId = rows.value(row, 7).toString();
    event.ip = rows.value(row, 8).toString();
    event.userAgent = rows.value(row, 9).toString();
    event.beforeJson = rows.value(row, 10).toString();
    event.afterJson = rows.value(row, 11).toString();
    event.prevHash = rows.value(row, 12).toString();
    event.hash = rows.value(row, 13).toString();
    event.entryMac = rows.value(row, 14).toString();
    event.id = rows.value(row, 15).toLongLong();
    event.scope = {rows.value(row, kScopeColumn).toLongLong(), rows.value(row, kScopeColumn + 1).toLongLong(),
                   rows.value(row, kScopeColumn + 2).toLongLong()};
    return event;
}

shared::AuditEvent StoredAuditEvent::toApi() const
{
    shared::AuditEvent api;
    api.seq = seq;
    api.occurredAt = QDateTime::fromMSecsSinceEpoch(occurredAtMs, Qt::UTC);
    api.actorId = actorId;
    api.actorName = actorName;
    api.action = action;
    api.targetType = targetType;
    api.targetId = targetId;
    api.requestId = requestId;
    api.ip = ip;
    api.userAgent = userAgent;
    api.before = QJsonDocument::fromJson(beforeJson.toUtf8()).object();
    api.after = QJsonDocument::fromJson(afterJson.toUtf8()).object();
    api.scope = scope;
    return api;
}

} // namespace adp::server::audit
