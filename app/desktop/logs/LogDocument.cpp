#include "LogDocument.h"

namespace adp::app {

namespace {

const QRegularExpression &sectionMarker()
{
    // GitLab: "\e[0Ksection_start:1560896352:name[collapsed=true]\r\e[0K", "...section_end:1560896353:name\r\e[0K".
    static const QRegularExpression marker(QStringLiteral(
        "(?:\\x1b\\[0K)?section_(start|end):(\\d+):([A-Za-z0-9_.:-]+)(\\[[^\\]]*\\])?\\r?(?:\\x1b\\[0K)?"));
    return marker;
}

const QRegularExpression &errorLine()
{
    static const QRegularExpression error(QStringLiteral("(?:^|[^\\w])(error|failed|fatal)(?:[^\\w]|$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    return error;
}

} // namespace

LogDocument::LogDocument(QObject *parent)
    : QObject(parent)
{
}

void LogDocument::clear()
{
    m_text.clear();
    m_offsets.assign(1, 0);
    m_runs.clear();
    m_runsBegin.assign(1, 0);
    m_styles.clear();
    m_partial.clear();
    m_parser = {};
    m_longest = 0;
    m_sections.clear();
    m_sectionByHeader.clear();
    m_open.clear();
    m_identity = true;
    m_visible.clear();
    Q_EMIT cleared();
}

void LogDocument::append(QByteArrayView bytes)
{
    const int before = lineCount();
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = bytes.indexOf('\n', start);
        if (newline < 0)
            break;
        if (m_partial.isEmpty()) {
            addLine(QString::fromUtf8(bytes.sliced(start, newline - start)));
        } else {
            m_partial.append(bytes.sliced(start, newline - start));
            addLine(QString::fromUtf8(m_partial));
            m_partial.clear();
        }
        start = newline + 1;
    }
    m_partial.append(bytes.sliced(start));
    if (!m_identity)
        rebuildVisible();
    if (lineCount() > before)
        Q_EMIT linesAdded(before, lineCount() - before);
}

void LogDocument::finish()
{
    if (m_partial.isEmpty())
        return;
    const int before = lineCount();
    addLine(QString::fromUtf8(m_partial));
    m_partial.clear();
    if (!m_identity)
        rebuildVisible();
    Q_EMIT linesAdded(before, lineCount() - before);
}

void LogDocument::addLine(QStringView raw)
{
    QString line = raw.toString();
    if (line.endsWith(u'\r'))
        line.chop(1);
    // Section markers first: an end closes the innermost open section of its name.
    const int index = lineCount();
    bool startsSection = false;
    bool onlyEnds = false;
    QRegularExpressionMatch match = sectionMarker().match(line);
    while (match.hasMatch()) {
        const QString name = match.captured(3);
        const qint64 time = match.captured(2).toLongLong();
        if (match.captured(1) == u"start") {
            Section section;
            section.name = name;
            section.header = index;
            section.depth = int(m_open.size());
            section.collapsed = match.captured(4).contains(QStringLiteral("collapsed=true"));
            section.startedAt = time;
            m_sectionByHeader.insert(index, int(m_sections.size()));
            m_open.append(int(m_sections.size()));
            m_sections.append(section);
            startsSection = true;
            if (section.collapsed)
                m_identity = false;
        } else {
            for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
                Section &section = m_sections[m_open.at(i)];
                if (section.name != name)
                    continue;
                section.last = std::max(section.header, index - 1);
                section.seconds = std::max<qint64>(0, time - section.startedAt);
                m_open.remove(i, m_open.size() - i);
                break;
            }
        }
        line.remove(match.capturedStart(), match.capturedLength());
        onlyEnds = !startsSection;
        match = sectionMarker().match(line);
    }
    // What a carriage return wrote over is gone.
    if (const qsizetype cr = line.lastIndexOf(u'\r'); cr >= 0)
        line = line.mid(cr + 1);
    if (onlyEnds && line.trimmed().isEmpty())
        return; // a line that only ended a section shows nothing
    AnsiParser::Line parsed = m_parser.parse(line);
    const QByteArray utf8 = parsed.text.toUtf8();
    m_text.append(utf8);
    m_offsets.push_back(m_text.size());
    m_longest = std::max(m_longest, int(parsed.text.size()));
    for (const StyleRun &run : std::as_const(parsed.runs))
        m_runs.push_back({run.start, run.length, styleIndex(run.style)});
    m_runsBegin.push_back(quint32(m_runs.size()));
}

quint32 LogDocument::styleIndex(const LogStyle &style)
{
    // Logs use a handful of styles; the one just used is the likeliest.
    for (size_t i = m_styles.size(); i-- > 0;) {
        if (m_styles[i] == style)
            return quint32(i);
    }
    m_styles.push_back(style);
    return quint32(m_styles.size() - 1);
}

QList<StyleRun> LogDocument::runs(int line) const
{
    QList<StyleRun> runs;
    if (line < 0 || size_t(line) + 1 >= m_runsBegin.size())
        return runs;
    for (quint32 i = m_runsBegin[size_t(line)]; i < m_runsBegin[size_t(line) + 1]; ++i)
        runs.append({m_runs[i].start, m_runs[i].length, m_styles[m_runs[i].style]});
    return runs;
}

QByteArrayView LogDocument::utf8(int line) const
{
    const qint64 begin = m_offsets.at(size_t(line));
    return QByteArrayView(m_text.constData() + begin, m_offsets.at(size_t(line) + 1) - begin);
}

QString LogDocument::text(int line) const
{
    return QString::fromUtf8(utf8(line));
}

void LogDocument::setCollapsed(int section, bool collapsed)
{
    if (section < 0 || section >= m_sections.size() || m_sections.at(section).collapsed == collapsed)
        return;
    m_sections[section].collapsed = collapsed;
    rebuildVisible();
    Q_EMIT foldingChanged();
}

void LogDocument::rebuildVisible()
{
    const bool anyCollapsed =
        std::any_of(m_sections.begin(), m_sections.end(), [](const Section &section) { return section.collapsed; });
    m_identity = !anyCollapsed;
    m_visible.clear();
    if (m_identity)
        return;
    m_visible.reserve(size_t(lineCount()));
    const int total = lineCount();
    int line = 0;
    while (line < total) {
        m_visible.push_back(line);
        const int section = m_sectionByHeader.value(line, -1);
        if (section >= 0 && m_sections.at(section).collapsed) {
            const int last = m_sections.at(section).last;
            line = last < 0 ? total : last + 1; // an open folded section hides the rest for now
            continue;
        }
        ++line;
    }
}

int LogDocument::visibleRowOf(int line) const
{
    if (m_identity)
        return line;
    const auto it = std::upper_bound(m_visible.begin(), m_visible.end(), line);
    return int(std::distance(m_visible.begin(), it)) - 1;
}

void LogDocument::reveal(int line)
{
    bool changed = false;
    for (Section &section : m_sections) {
        const int last = section.last < 0 ? lineCount() - 1 : section.last;
        if (section.collapsed && line > section.header && line <= last) {
            section.collapsed = false;
            changed = true;
        }
    }
    if (!changed)
        return;
    rebuildVisible();
    Q_EMIT foldingChanged();
}

QList<int> LogDocument::find(const QString &needle) const
{
    QList<int> lines;
    if (needle.isEmpty())
        return lines;
    const QByteArray lower = needle.toLower().toUtf8();
    const bool ascii = std::all_of(lower.begin(), lower.end(), [](char c) { return uchar(c) < 0x80; });
    const auto containsAscii = [&lower](QByteArrayView bytes) {
        for (qsizetype at = 0; at + lower.size() <= bytes.size(); ++at) {
            if (qstrnicmp(bytes.data() + at, lower.constData(), size_t(lower.size())) == 0)
                return true;
        }
        return false;
    };
    for (int line = 0; line < lineCount(); ++line) {
        const QByteArrayView bytes = utf8(line);
        if (bytes.size() < lower.size())
            continue;
        // ASCII needles (the usual case) are matched on the bytes, without copying; others through QString.
        if (ascii ? containsAscii(bytes) : text(line).contains(needle, Qt::CaseInsensitive))
            lines.append(line);
    }
    return lines;
}

int LogDocument::firstErrorLine() const
{
    for (int line = 0; line < lineCount(); ++line) {
        if (errorLine().match(text(line)).hasMatch())
            return line;
    }
    return -1;
}

QString LogDocument::plainText(int first, int last) const
{
    if (last < 0 || last >= lineCount())
        last = lineCount() - 1;
    QString out;
    for (int row = visibleRowOf(first); row >= 0 && row < visibleCount(); ++row) {
        const int line = lineAtVisible(row);
        if (line < first)
            continue;
        if (line > last)
            break;
        out += text(line) + u'\n';
    }
    return out;
}

} // namespace adp::app
