#include "FailureAnalyzer.h"

#include <algorithm>

namespace adp::shared::analysis {

namespace {
constexpr int kStrongWeight = 30;
constexpr int kHitsCounted = 3; // a rule's weight counts up to this many times
constexpr qint64 kReadPiece = 1 << 20;

// A log is text: a NUL byte, or mostly control bytes, in its first kilobytes says otherwise.
bool looksBinary(QByteArrayView start)
{
    int control = 0;
    for (const char c : start) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == 0)
            return true;
        if (byte < 0x20 && byte != '\n' && byte != '\r' && byte != '\t' && byte != 0x1b && byte != '\b' && byte != '\f')
            ++control;
    }
    return control * 10 > start.size();
}
} // namespace

FailureAnalyzer::FailureAnalyzer()
    : m_rules(FailureRules::instance())
    , m_ruleHits(size_t(m_rules.ruleCount()), 0)
{
}

void FailureAnalyzer::feed(QByteArrayView chunk)
{
    if (!m_sniffed && !chunk.isEmpty()) {
        m_sniffed = true;
        m_binary = looksBinary(chunk.first(std::min<qsizetype>(chunk.size(), 8192)));
    }
    m_bytes += chunk.size();
    if (m_binary)
        return;
    const KeywordScanner &scanner = m_rules.scanner();
    const auto *bytes = reinterpret_cast<const unsigned char *>(chunk.data());
    const qsizetype size = chunk.size();
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char byte = bytes[i];
        if (byte == '\n') {
            if (!m_lineKeywords.empty()) {
                if (m_carry.isEmpty()) {
                    endLine(chunk.sliced(lineStart, std::min<qsizetype>(i - lineStart, kMaxLine)));
                } else {
                    m_carry.append(chunk.sliced(lineStart, std::min<qsizetype>(i - lineStart, kMaxLine)));
                    endLine(QByteArrayView(m_carry).first(std::min<qsizetype>(m_carry.size(), kMaxLine)));
                }
                m_lineKeywords.clear();
            }
            m_carry.clear();
            m_state = KeywordScanner::kStart;
            ++m_line;
            lineStart = i + 1;
            continue;
        }
        m_state = scanner.step(m_state, byte);
        if (scanner.matchesAny(m_state) && i - lineStart < kMaxLine) {
            for (const int keyword : scanner.matches(m_state)) {
                if (std::find(m_lineKeywords.begin(), m_lineKeywords.end(), keyword) == m_lineKeywords.end())
                    m_lineKeywords.push_back(keyword);
            }
        }
    }
    // The rest begins a line the next piece ends; its start is all a rule looks at.
    if (m_carry.size() < kMaxLine)
        m_carry.append(chunk.sliced(lineStart, std::min<qsizetype>(size - lineStart, kMaxLine - m_carry.size())));
}

void FailureAnalyzer::endLine(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    LineText text(line);
    // In rule order, so that a line's verdict does not depend on where its keywords end.
    std::vector<int> rules;
    for (const int keyword : m_lineKeywords)
        rules.insert(rules.end(), m_rules.rulesOfKeyword(keyword).begin(), m_rules.rulesOfKeyword(keyword).end());
    std::sort(rules.begin(), rules.end());
    for (const int rule : rules)
        apply(rule, text);
}

void FailureAnalyzer::apply(int ruleIndex, LineText &text)
{
    const FailureRule &rule = m_rules.rule(ruleIndex);
    QRegularExpressionMatch match;
    if (rule.pattern) {
        match = m_rules.pattern(ruleIndex).match(text.get());
        if (!match.hasMatch())
            return;
    }
    switch (rule.capture) {
    case Capture::ExitCode: {
        const FailureClass meant = FailureRules::classOfExitCode(match.captured(QStringLiteral("code")).toInt());
        note(meant, ruleIndex, meant == FailureClass::Unknown ? 0 : 30, text);
        return;
    }
    case Capture::Test: {
        const QString name = match.captured(QStringLiteral("test")).trimmed();
        if (!name.isEmpty() && !m_tests.contains(name) && m_tests.size() < kMaxTests)
            m_tests.append(name);
        m_lastTestLine = m_line;
        break;
    }
    case Capture::Location:
        m_lastErrorLine = m_line;
        m_lastErrorMessage = match.captured(QStringLiteral("msg")).trimmed();
        m_lastErrorTool = QString::fromLatin1(rule.tool);
        if (!match.captured(QStringLiteral("file")).isEmpty())
            locate(rule, match, false);
        break;
    case Capture::FollowingLocation:
        if (m_lastErrorLine > 0 && m_line - m_lastErrorLine <= kLocationReach)
            locate(rule, match, false);
        return;
    case Capture::TestLocation:
        if (m_lastTestLine > 0 && m_line - m_lastTestLine <= kLocationReach)
            locate(rule, match, true);
        return;
    case Capture::None:
        break;
    }
    note(rule.failureClass, ruleIndex, rule.weight, text);
}

void FailureAnalyzer::locate(const FailureRule &rule, const QRegularExpressionMatch &match, bool forTest)
{
    std::optional<SourceLocation> &slot = forTest ? m_testLocation : m_location;
    if (slot)
        return;
    SourceLocation location;
    location.file = match.captured(QStringLiteral("file"));
    const QString line = match.captured(QStringLiteral("line"));
    location.line = (line.isEmpty() ? match.captured(QStringLiteral("line2")) : line).toInt();
    const QString column = match.captured(QStringLiteral("col"));
    location.column = (column.isEmpty() ? match.captured(QStringLiteral("col2")) : column).toInt();
    location.message = match.captured(QStringLiteral("msg")).trimmed();
    location.tool = QString::fromLatin1(rule.tool);
    if (rule.capture == Capture::FollowingLocation) { // the message is the error's, seen before
        location.message = m_lastErrorMessage;
        location.tool = m_lastErrorTool;
    }
    if (location.line > 0)
        slot = location;
}

void FailureAnalyzer::note(FailureClass failureClass, int ruleIndex, int weight, LineText &text)
{
    ClassTally &tally = m_classes[size_t(failureClass)];
    int &hits = m_ruleHits[size_t(ruleIndex)];
    if (hits++ < kHitsCounted)
        tally.score += weight;
    if (tally.firstLine == 0)
        tally.firstLine = m_line;
    if (weight >= kStrongWeight && tally.firstStrongLine == 0)
        tally.firstStrongLine = m_line;
    const bool sameLine = !tally.evidence.isEmpty() && tally.evidence.last().line == m_line;
    if (!sameLine && tally.evidence.size() < kEvidencePerClass)
        tally.evidence.append({m_line, shown(text.get()), QString::fromLatin1(m_rules.rule(ruleIndex).id)});
}

QString FailureAnalyzer::shown(const QString &text)
{
    QString line = text.trimmed();
    if (line.size() > FailureVerdict::kMaxEvidenceText)
        line = line.left(FailureVerdict::kMaxEvidenceText - 1) + QChar(0x2026);
    return line;
}

FailureVerdict FailureAnalyzer::finish()
{
    const bool unterminatedLine = !m_carry.isEmpty();
    if (!m_carry.isEmpty() && !m_lineKeywords.empty())
        endLine(QByteArrayView(m_carry).first(std::min<qsizetype>(m_carry.size(), kMaxLine)));
    m_carry.clear();
    m_lineKeywords.clear();
    FailureVerdict verdict;
    verdict.bytes = m_bytes;
    verdict.lines = unterminatedLine ? m_line : m_line - 1; // a last line without its line feed counts too
    verdict.binary = m_binary;
    if (m_binary)
        return verdict;
    // The heaviest class; on a tie, the one earlier in FailureClass (the more specific cause).
    int best = -1;
    for (size_t i = 0; i + 1 < m_classes.size(); ++i) {
        if (m_classes[i].score > 0 && (best < 0 || m_classes[i].score > m_classes[size_t(best)].score))
            best = int(i);
    }
    if (best >= 0) {
        const ClassTally &tally = m_classes[size_t(best)];
        verdict.failureClass = FailureClass(best);
        verdict.firstErrorLine = tally.firstStrongLine > 0 ? tally.firstStrongLine : tally.firstLine;
        verdict.evidence = tally.evidence;
    } else {
        const ClassTally &generic = m_classes[size_t(FailureClass::Unknown)];
        verdict.firstErrorLine = generic.firstLine;
        verdict.evidence = generic.evidence;
    }
    if (verdict.failureClass == FailureClass::TestFailure || verdict.failureClass == FailureClass::CompileError ||
        verdict.failureClass == FailureClass::Timeout)
        verdict.tests = m_tests;
    // Where it points, for the classes a place in the source explains.
    if (verdict.failureClass == FailureClass::CompileError || verdict.failureClass == FailureClass::MissingDependency)
        verdict.location = m_location;
    else if (verdict.failureClass == FailureClass::TestFailure)
        verdict.location = m_testLocation;
    return verdict;
}

std::optional<FailureVerdict> FailureAnalyzer::analyze(QIODevice &log, QString *error)
{
    FailureAnalyzer analyzer;
    QByteArray piece(kReadPiece, Qt::Uninitialized);
    for (;;) {
        const qint64 read = log.read(piece.data(), piece.size());
        if (read < 0) {
            if (error)
                *error = log.errorString();
            return std::nullopt;
        }
        if (read == 0)
            break;
        analyzer.feed(QByteArrayView(piece.constData(), read));
    }
    return analyzer.finish();
}

FailureVerdict FailureAnalyzer::analyze(QByteArrayView log)
{
    FailureAnalyzer analyzer;
    analyzer.feed(log);
    return analyzer.finish();
}

} // namespace adp::shared::analysis
