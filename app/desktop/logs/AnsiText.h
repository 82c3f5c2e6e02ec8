#pragma once

#include <QList>
#include <QRgb>
#include <QString>
#include <QStringView>

namespace adp::app {

// How a stretch of log text looks, as SGR escape codes set it.
struct LogStyle
{
    QRgb foreground = 0; // 0: the viewer's default
    QRgb background = 0;
    bool bold = false;
    bool italic = false;
    bool underline = false;

    bool isPlain() const { return foreground == 0 && background == 0 && !bold && !italic && !underline; }
    bool operator==(const LogStyle &other) const = default;
};

// A styled stretch of one line, in UTF-16 units of its plain text.
struct StyleRun
{
    int start = 0;
    int length = 0;
    LogStyle style;
};

// Turns terminal output into plain text and style runs: SGR colours (the 16
// standard ones, 256-colour and 24-bit), bold, italic, underline and reset;
// every other escape sequence (cursor movement, erase line) is dropped. The
// style carries over from one line to the next, as in a terminal.
class AnsiParser
{
public:
    struct Line
    {
        QString text;
        QList<StyleRun> runs; // only non-plain stretches
    };
    Line parse(QStringView line);
    static QRgb standardColour(int index); // 0-15
    static QRgb colour256(int index);

private:
    void applySgr(const QList<int> &codes);
    LogStyle m_style;
};

} // namespace adp::app
