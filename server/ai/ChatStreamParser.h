#pragma once

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace adp::server::ai {

// Reads an OpenAI-compatible chat completion stream (server-sent events: "data: {chunk}" lines,
// blank lines between events, "data: [DONE]" at the end) in pieces of any size. What it gathers
// is bounded: lines longer than kMaxLine and answers longer than the caller's limit are errors.
class ChatStreamParser
{
public:
    static constexpr qsizetype kMaxLine = 1024 * 1024;

    struct Delta
    {
        QString content; // text to show next
        QString refusal; // the model declined: its words
    };
    // Each delta as it arrives; returns false to stop reading.
    using DeltaSink = std::function<bool(const Delta &)>;

    explicit ChatStreamParser(qsizetype maxAnswer = 256 * 1024)
        : m_maxAnswer(maxAnswer)
    {
    }

    // Feeds bytes; false once the stream is over (done or failed): see error() and isDone().
    bool feed(QByteArrayView bytes, const DeltaSink &sink);
    // The stream's bytes have ended. A last event cut short is dropped (as SSE wants); a last
    // line that is no event at all says the answer was not a stream.
    bool end(const DeltaSink &sink)
    {
        if (m_line.isEmpty() || m_line.startsWith("data:") || m_line.startsWith(':'))
            return true;
        return feed("\n", sink);
    }
    bool isDone() const { return m_done; }
    const QString &error() const { return m_error; }
    const QString &finishReason() const { return m_finishReason; }
    std::optional<int> promptTokens() const { return m_promptTokens; }
    std::optional<int> completionTokens() const { return m_completionTokens; }
    qsizetype answerSize() const { return m_answer; }

private:
    bool event(QByteArrayView line, const DeltaSink &sink);
    bool fail(const QString &why);

    qsizetype m_maxAnswer;
    QByteArray m_line;
    qsizetype m_answer = 0;
    bool m_done = false;
    QString m_error;
    QString m_finishReason;
    std::optional<int> m_promptTokens;
    std::optional<int> m_completionTokens;
};

} // namespace adp::server::ai
