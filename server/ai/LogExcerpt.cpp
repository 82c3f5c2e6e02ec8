#include "LogExcerpt.h"

#include <QRegularExpression>

namespace adp::server::ai {

LogExcerpt::LogExcerpt(qint64 centre, int context)
    : m_from(centre > 0 ? std::max<qint64>(1, centre - context) : 1)
    , m_to(centre > 0 ? centre + context : std::numeric_limits<qint64>::max())
    , m_keep(2 * context + 1)
{
}

bool LogExcerpt::feed(const QByteArray &piece)
{
    qsizetype start = 0;
    while (start < piece.size()) {
        const qsizetype newline = piece.indexOf('\n', start);
        const qsizetype end = newline < 0 ? piece.size() : newline;
        // Only what may be shown of the line is kept, however long it is.
        const qsizetype room = kMaxLineChars * 4 - m_partial.size();
        if (room > 0)
            m_partial.append(piece.constData() + start, std::min(room, end - start));
        if (newline < 0)
            break;
        endLine();
        if (m_lineNumber >= m_to)
            return false;
        start = newline + 1;
    }
    return true;
}

void LogExcerpt::finish()
{
    if (!m_partial.isEmpty())
        endLine();
}

void LogExcerpt::endLine()
{
    ++m_lineNumber;
    if (m_lineNumber >= m_from && m_lineNumber <= m_to) {
        static const QRegularExpression kEscapes(QStringLiteral("\x1b\\[[0-9;?]*[A-Za-z]|\r"));
        QString line = QString::fromUtf8(m_partial).remove(kEscapes);
        if (line.size() > kMaxLineChars)
            line = line.left(kMaxLineChars) + QChar(0x2026);
        m_lines.push_back(line);
        if (qsizetype(m_lines.size()) > m_keep)
            m_lines.pop_front();
    }
    m_partial.clear();
}

} // namespace adp::server::ai
