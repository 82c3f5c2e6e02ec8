#pragma once

#include <QByteArray>
#include <QStringList>
#include <deque>

namespace adp::server::ai {

// The lines of a log a prompt shows, fed a piece at a time so a log of any size costs the same
// memory: the lines around `centre` (1-based, as the analyzers count), or the last lines when
// there is no centre. Terminal colours are taken out and long lines cut.
class LogExcerpt
{
public:
    static constexpr qsizetype kMaxLineChars = 2000;

    // `centre` 0: the log's last 2 x `context` + 1 lines.
    LogExcerpt(qint64 centre, int context);

    // False once every wanted line was read (the rest of the log is not needed).
    bool feed(const QByteArray &piece);
    void finish();

    const std::deque<QString> &lines() const { return m_lines; }
    qint64 firstLineNumber() const { return m_lineNumber - qint64(m_lines.size()) + 1; }
    QStringList lineList() const { return QStringList(m_lines.begin(), m_lines.end()); }

private:
    void endLine();

    qint64 m_from;
    qint64 m_to;
    qsizetype m_keep; // lines kept at most
    qint64 m_lineNumber = 0;
    QByteArray m_partial;
    std::deque<QString> m_lines;
};

} // namespace adp::server::ai
