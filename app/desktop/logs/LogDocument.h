#pragma once

#include "AnsiText.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QRegularExpression>
#include <vector>

namespace adp::app {

// A job's log as the viewer shows it, built as it arrives: each line's ANSI
// is parsed once, on arrival, into plain UTF-8 (one buffer for all lines,
// an offset per line) and style runs kept only for lines that have any, so a
// million lines cost little more than their text. GitLab's section markers
// (section_start:TIME:NAME[collapsed=true] ... section_end:TIME:NAME) make
// foldable sections; a carriage return keeps what was written after it.
// "Visible" lines are those not inside a folded section.
class LogDocument : public QObject
{
    Q_OBJECT

public:
    struct Section
    {
        QString name;
        int header = 0; // the line that opens it
        int last = -1;  // its last line; -1 while open
        int depth = 0;
        bool collapsed = false;
        qint64 startedAt = 0; // its start marker's Unix time
        qint64 seconds = -1;  // how long it took, once ended
    };

    explicit LogDocument(QObject *parent = nullptr);

    // Raw log bytes as they come (a chunk may end inside a line or a UTF-8 sequence).
    void append(QByteArrayView bytes);
    // The log ended: its last line need not end with a newline.
    void finish();
    void clear();

    int lineCount() const { return int(m_offsets.size()) - 1; }
    QString text(int line) const;
    QByteArrayView utf8(int line) const;
    QList<StyleRun> runs(int line) const;
    qint64 textBytes() const { return m_text.size(); }
    int longestLine() const { return m_longest; } // in characters

    const QList<Section> &sections() const { return m_sections; }
    int sectionAt(int headerLine) const { return m_sectionByHeader.value(headerLine, -1); }
    void setCollapsed(int section, bool collapsed);
    void toggle(int section) { setCollapsed(section, !m_sections.at(section).collapsed); }

    int visibleCount() const { return m_identity ? lineCount() : int(m_visible.size()); }
    int lineAtVisible(int row) const { return m_identity ? row : m_visible.at(size_t(row)); }
    // The row showing `line`, or of the folded section hiding it.
    int visibleRowOf(int line) const;
    // Unfolds whatever hides `line`.
    void reveal(int line);

    // Lines containing `needle`, ignoring case, in order.
    QList<int> find(const QString &needle) const;
    // The first line that reads like an error (error, failed, fatal), or -1.
    int firstErrorLine() const;
    // Every visible line's plain text, or those from `first` to `last`.
    QString plainText(int first = 0, int last = -1) const;

Q_SIGNALS:
    void linesAdded(int first, int count);
    void foldingChanged();
    void cleared();

private:
    void addLine(QStringView raw);
    void rebuildVisible();

    QByteArray m_text;
    std::vector<qint64> m_offsets{0}; // line i is m_text[m_offsets[i], m_offsets[i + 1])
    // Every line's style runs in one array, line i's from m_runsBegin[i] to m_runsBegin[i + 1],
    // each naming its style in a table of the few distinct ones: 12 bytes a run and 4 a line
    // instead of a list (and a hash node) per styled line.
    struct PackedRun
    {
        qint32 start;
        qint32 length;
        quint32 style;
    };
    std::vector<PackedRun> m_runs;
    std::vector<quint32> m_runsBegin{0};
    std::vector<LogStyle> m_styles;
    quint32 styleIndex(const LogStyle &style);
    QByteArray m_partial; // the unfinished last line
    AnsiParser m_parser;
    int m_longest = 0;
    QList<Section> m_sections;
    QHash<int, int> m_sectionByHeader;
    QList<int> m_open;          // sections not yet ended, innermost last
    bool m_identity = true;     // nothing folded: row == line
    std::vector<int> m_visible; // otherwise the lines shown
};

} // namespace adp::app
