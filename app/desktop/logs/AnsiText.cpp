#include "AnsiText.h"

namespace adp::app {

namespace {

// Readable on the viewer's dark background (GitLab's job log palette, roughly).
constexpr QRgb kStandard[16] = {
    0xff4e4e4e, 0xffe75a5a, 0xff6cc644, 0xffe5c07b, 0xff61afef, 0xffc678dd, 0xff56b6c2, 0xffd4d4d4,
    0xff7f848e, 0xffff7b72, 0xff8ee66b, 0xfff2d98c, 0xff82c4ff, 0xffe0a3f0, 0xff7fdcd6, 0xffffffff,
};

} // namespace

QRgb AnsiParser::standardColour(int index)
{
    return kStandard[qBound(0, index, 15)];
}

QRgb AnsiParser::colour256(int index)
{
    if (index < 16)
        return standardColour(index);
    if (index < 232) { // the 6x6x6 cube
        const int cube = index - 16;
        const auto level = [](int value) { return value == 0 ? 0 : 55 + value * 40; };
        return qRgb(level(cube / 36), level((cube / 6) % 6), level(cube % 6));
    }
    const int grey = 8 + (index - 232) * 10;
    return qRgb(grey, grey, grey);
}

void AnsiParser::applySgr(const QList<int> &codes)
{
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const int code = codes.at(i);
        if (code == 0)
            m_style = {};
        else if (code == 1)
            m_style.bold = true;
        else if (code == 3)
            m_style.italic = true;
        else if (code == 4)
            m_style.underline = true;
        else if (code == 22)
            m_style.bold = false;
        else if (code == 23)
            m_style.italic = false;
        else if (code == 24)
            m_style.underline = false;
        else if (code >= 30 && code <= 37)
            m_style.foreground = standardColour(code - 30);
        else if (code >= 90 && code <= 97)
            m_style.foreground = standardColour(code - 90 + 8);
        else if (code == 39)
            m_style.foreground = 0;
        else if (code >= 40 && code <= 47)
            m_style.background = standardColour(code - 40);
        else if (code >= 100 && code <= 107)
            m_style.background = standardColour(code - 100 + 8);
        else if (code == 49)
            m_style.background = 0;
        else if (code == 38 || code == 48) {
            QRgb colour = 0;
            if (i + 2 < codes.size() && codes.at(i + 1) == 5) {
                colour = colour256(qBound(0, codes.at(i + 2), 255));
                i += 2;
            } else if (i + 4 < codes.size() && codes.at(i + 1) == 2) {
                colour = qRgb(qBound(0, codes.at(i + 2), 255), qBound(0, codes.at(i + 3), 255),
                              qBound(0, codes.at(i + 4), 255));
                i += 4;
            } else {
                break; // malformed: ignore the rest
            }
            (code == 38 ? m_style.foreground : m_style.background) = colour;
        }
    }
}

AnsiParser::Line AnsiParser::parse(QStringView line)
{
    Line parsed;
    parsed.text.reserve(line.size());
    int runStart = 0;
    LogStyle runStyle = m_style;
    const auto closeRun = [&]() {
        const int end = int(parsed.text.size());
        if (end > runStart && !runStyle.isPlain())
            parsed.runs.append({runStart, end - runStart, runStyle});
        runStart = end;
        runStyle = m_style;
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\t') { // to the next multiple of 8, so columns line up as in a terminal
            parsed.text.append(QString(8 - parsed.text.size() % 8, u' '));
            continue;
        }
        if (c != u'\x1b') {
            if (c.unicode() >= 0x20)
                parsed.text.append(c);
            continue;
        }
        if (i + 1 >= line.size() || line.at(i + 1) != u'[')
            continue; // a lone ESC or another kind of sequence: dropped
        qsizetype end = i + 2;
        while (end < line.size() && !(line.at(end).unicode() >= 0x40 && line.at(end).unicode() <= 0x7e))
            ++end;
        if (end >= line.size())
            break; // cut off: nothing more to show
        if (line.at(end) == u'm') {
            QList<int> codes;
            const QStringView parameters = line.mid(i + 2, end - i - 2);
            if (parameters.isEmpty())
                codes.append(0);
            for (const QStringView part : parameters.split(u';'))
                codes.append(part.isEmpty() ? 0 : part.toInt());
            closeRun();
            applySgr(codes);
            runStyle = m_style;
        }
        i = end;
    }
    closeRun();
    return parsed;
}

} // namespace adp::app
