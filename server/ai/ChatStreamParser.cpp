#include "ChatStreamParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace adp::server::ai {

bool ChatStreamParser::fail(const QString &why)
{
    m_error = why;
    return false;
}

bool ChatStreamParser::feed(QByteArrayView bytes, const DeltaSink &sink)
{
    if (m_done || !m_error.isEmpty())
        return false;
    for (qsizetype start = 0; start < bytes.size();) {
        const qsizetype end = bytes.indexOf('\n', start);
        const QByteArrayView piece = bytes.sliced(start, (end < 0 ? bytes.size() : end) - start);
        if (m_line.size() + piece.size() > kMaxLine)
            return fail(QStringLiteral("the provider sent a line longer than %1 bytes").arg(kMaxLine));
        m_line.append(piece);
        if (end < 0)
            break;
        start = end + 1;
        QByteArrayView line(m_line);
        if (line.endsWith('\r'))
            line.chop(1);
        const bool goOn = event(line, sink);
        m_line.clear();
        if (!goOn)
            return false;
    }
    return true;
}

bool ChatStreamParser::event(QByteArrayView line, const DeltaSink &sink)
{
    // Blank lines end events; ":" lines are comments (keep-alives); only data lines carry chunks.
    if (line.isEmpty() || line.startsWith(':') || line.startsWith("event:") || line.startsWith("id:") ||
        line.startsWith("retry:"))
        return true;
    if (!line.startsWith("data:"))
        return fail(QStringLiteral("the provider did not answer with a chat completion stream"));
    QByteArrayView data = line.sliced(5);
    if (data.startsWith(' '))
        data = data.sliced(1);
    if (data == "[DONE]") {
        m_done = true;
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data.toByteArray(), &parseError);
    if (!document.isObject())
        return fail(QStringLiteral("the provider sent a chunk that is not JSON (%1)").arg(parseError.errorString()));
    const QJsonObject chunk = document.object();
    if (chunk.value(QStringLiteral("error")).isObject())
        return fail(
            QStringLiteral("the provider reported an error: %1")
                .arg(chunk.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString()));
    if (const QJsonObject usage = chunk.value(QStringLiteral("usage")).toObject(); !usage.isEmpty()) {
        m_promptTokens = usage.value(QStringLiteral("prompt_tokens")).toInt();
        m_completionTokens = usage.value(QStringLiteral("completion_tokens")).toInt();
    }
    for (const QJsonValue &choice : chunk.value(QStringLiteral("choices")).toArray()) {
        const QJsonObject delta = choice.toObject().value(QStringLiteral("delta")).toObject();
        Delta next{delta.value(QStringLiteral("content")).toString(),
                   delta.value(QStringLiteral("refusal")).toString()};
        if (const QString reason = choice.toObject().value(QStringLiteral("finish_reason")).toString();
            !reason.isEmpty())
            m_finishReason = reason;
        if (next.content.isEmpty() && next.refusal.isEmpty())
            continue;
        m_answer += next.content.size() + next.refusal.size();
        if (m_answer > m_maxAnswer)
            return fail(QStringLiteral("the answer is longer than %1 characters").arg(m_maxAnswer));
        if (!sink(next))
            return false;
    }
    return true;
}

} // namespace adp::server::ai
