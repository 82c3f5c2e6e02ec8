#pragma once

#include "FailureRules.h"
#include "FailureVerdict.h"

#include <QByteArray>
#include <QIODevice>
#include <array>
#include <optional>

namespace adp::shared::analysis {

// Reads a failed job's log once, in pieces of any size and in bounded memory whatever the log's
// length, and says why the job failed: the class whose evidence weighs most, the first line of
// that evidence, the failing tests, and where the compiler points. Deterministic: the same log
// always gets the same verdict.
class FailureAnalyzer
{
public:
    static constexpr int kMaxLine = 16 * 1024;  // longer lines are looked at by their start
    static constexpr int kEvidencePerClass = 8; // lines kept per class
    static constexpr int kMaxTests = 200;       // failing test names kept
    static constexpr int kLocationReach = 6;    // lines after an error its location may follow

    FailureAnalyzer();

    void feed(QByteArrayView chunk);
    FailureVerdict finish();

    // The whole of `log`, read in pieces; nullopt (and `error`) when it cannot be read.
    static std::optional<FailureVerdict> analyze(QIODevice &log, QString *error = nullptr);
    static FailureVerdict analyze(QByteArrayView log);

private:
    struct ClassTally
    {
        int score = 0;
        qint64 firstLine = 0;       // the first line of any evidence
        qint64 firstStrongLine = 0; // the first line whose rule weighs 30 or more
        QList<LogEvidence> evidence;
    };

    void endLine(QByteArrayView line);
    // The line as text, made once and only when a pattern or the evidence needs it.
    class LineText
    {
    public:
        explicit LineText(QByteArrayView bytes)
            : m_bytes(bytes)
        {
        }
        const QString &get()
        {
            if (!m_text)
                m_text = QString::fromUtf8(m_bytes);
            return *m_text;
        }

    private:
        QByteArrayView m_bytes;
        std::optional<QString> m_text;
    };

    void apply(int ruleIndex, LineText &text);
    void note(FailureClass failureClass, int ruleIndex, int weight, LineText &text);
    void locate(const FailureRule &rule, const QRegularExpressionMatch &match, bool forTest);
    static QString shown(const QString &text);

    const FailureRules &m_rules;
    KeywordScanner::State m_state = KeywordScanner::kStart;
    std::vector<int> m_lineKeywords; // keywords seen on the current line
    QByteArray m_carry;              // the current line's start, when it began in an earlier piece
    qint64 m_line = 1;
    qint64 m_bytes = 0;
    bool m_binary = false;
    bool m_sniffed = false;
    std::array<ClassTally, 9> m_classes;
    std::vector<int> m_ruleHits;
    QStringList m_tests;
    std::optional<SourceLocation> m_location;     // the compiler's, first
    std::optional<SourceLocation> m_testLocation; // a failing test's, first
    qint64 m_lastErrorLine = 0;                   // an error waiting for its location (rustc, Python)
    QString m_lastErrorMessage;
    QString m_lastErrorTool;
    qint64 m_lastTestLine = 0;
};

} // namespace adp::shared::analysis
