#include "LogView.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <limits>

namespace adp::app {

namespace {

const QColor kBackground(0x1e, 0x1e, 0x1e);
const QColor kText(0xd4, 0xd4, 0xd4);
const QColor kGutter(0x85, 0x85, 0x85);
const QColor kSelection(0x26, 0x4f, 0x78);
const QColor kMatch(0x61, 0x51, 0x1a);
const QColor kCurrentMatch(0xb8, 0x86, 0x0b);
const QColor kFolded(0x3a, 0x3d, 0x41);

} // namespace

LogView::LogView(LogDocument &document, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_document(document)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(font);
    const QFontMetrics metrics(font);
    m_lineHeight = metrics.height() + 2;
    m_charWidth = std::max(1, metrics.horizontalAdvance(u'M'));
    m_ascent = metrics.ascent() + 1;
    viewport()->setAutoFillBackground(false);
    viewport()->setCursor(Qt::IBeamCursor);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Job log"));
    connect(&m_document, &LogDocument::linesAdded, this, &LogView::onLinesAdded);
    connect(&m_document, &LogDocument::foldingChanged, this, [this]() {
        updateScrollBars();
        viewport()->update();
    });
    connect(&m_document, &LogDocument::cleared, this, [this]() {
        m_anchor = m_cursor = -1;
        updateScrollBars();
        viewport()->update();
    });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &LogView::onUserScroll);
    updateScrollBars();
}

int LogView::gutterWidth() const
{
    const int digits = int(QString::number(std::max(1, m_document.lineCount())).size());
    return (digits + 4) * m_charWidth; // numbers, a space, the fold arrow, a space
}

int LogView::rowsPerPage() const
{
    return std::max(1, viewport()->height() / m_lineHeight);
}

int LogView::firstVisibleRow() const
{
    return verticalScrollBar()->value() / m_lineHeight;
}

void LogView::updateScrollBars()
{
    m_scrolling = true;
    // The bar counts pixels, not rows: whatever the font's height, the last line
    // can sit on the viewport's bottom edge with a partial row above it.
    const qint64 contentHeight = qint64(m_document.visibleCount()) * m_lineHeight;
    const qint64 maximum = std::max<qint64>(0, contentHeight - viewport()->height());
    verticalScrollBar()->setRange(0, int(std::min<qint64>(maximum, std::numeric_limits<int>::max())));
    verticalScrollBar()->setPageStep(std::max(m_lineHeight, viewport()->height() - m_lineHeight));
    verticalScrollBar()->setSingleStep(m_lineHeight);
    const int textWidth = m_document.longestLine() * m_charWidth + gutterWidth() + m_charWidth;
    horizontalScrollBar()->setRange(0, std::max(0, textWidth - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(m_charWidth * 4);
    if (m_following)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_scrolling = false;
}

void LogView::onLinesAdded()
{
    updateScrollBars();
    viewport()->update();
}

void LogView::onUserScroll(int value)
{
    if (m_scrolling)
        return;
    const bool atEnd = value >= verticalScrollBar()->maximum();
    if (atEnd != m_following) {
        m_following = atEnd;
        Q_EMIT followingChanged(m_following);
    }
}

void LogView::setFollowing(bool following)
{
    if (m_following != following) {
        m_following = following;
        Q_EMIT followingChanged(following);
    }
    if (following) {
        m_scrolling = true;
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        m_scrolling = false;
    }
}

void LogView::setHighlight(const QString &needle, int currentLine)
{
    m_needle = needle;
    m_currentLine = currentLine;
    viewport()->update();
}

void LogView::scrollToLine(int line)
{
    if (line < 0 || line >= m_document.lineCount())
        return;
    m_document.reveal(line);
    setFollowing(false);
    const qint64 top = qint64(m_document.visibleRowOf(line)) * m_lineHeight - (viewport()->height() - m_lineHeight) / 2;
    verticalScrollBar()->setValue(int(std::clamp<qint64>(top, 0, verticalScrollBar()->maximum())));
}

int LogView::lineAt(int y) const
{
    if (y < 0)
        return -1;
    const int row = int((qint64(verticalScrollBar()->value()) + y) / m_lineHeight);
    return row >= 0 && row < m_document.visibleCount() ? m_document.lineAtVisible(row) : -1;
}

QPair<int, int> LogView::selection() const
{
    if (m_anchor < 0 || m_cursor < 0)
        return {-1, -1};
    return {std::min(m_anchor, m_cursor), std::max(m_anchor, m_cursor)};
}

void LogView::selectLines(int first, int last)
{
    m_anchor = first;
    m_cursor = last;
    viewport()->update();
}

QString LogView::selectedText() const
{
    const auto [first, last] = selection();
    return first < 0 ? QString() : m_document.plainText(first, last);
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void LogView::mousePressEvent(QMouseEvent *event)
{
    const int line = lineAt(int(event->position().y()));
    if (line < 0 || event->button() != Qt::LeftButton)
        return;
    const int x = int(event->position().x());
    const int section = m_document.sectionAt(line);
    if (section >= 0 && x < gutterWidth()) { // the fold arrow's column
        m_document.toggle(section);
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier && m_anchor >= 0)
        m_cursor = line;
    else
        m_anchor = m_cursor = line;
    viewport()->update();
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_anchor < 0)
        return;
    const int line = lineAt(std::clamp(int(event->position().y()), 0, viewport()->height() - 1));
    if (line >= 0 && line != m_cursor) {
        m_cursor = line;
        viewport()->update();
    }
}

void LogView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(selectedText());
        return;
    }
    if (event->matches(QKeySequence::MoveToEndOfDocument)) {
        setFollowing(true);
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void LogView::paintLine(QPainter &painter, int line, int y, int textX)
{
    const QString text = m_document.text(line);
    const QList<StyleRun> runs = m_document.runs(line);
    const int baseline = y + m_ascent;
    // Search matches under the text.
    if (!m_needle.isEmpty()) {
        for (qsizetype at = text.indexOf(m_needle, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(m_needle, at + m_needle.size(), Qt::CaseInsensitive))
            painter.fillRect(textX + int(at) * m_charWidth, y, int(m_needle.size()) * m_charWidth, m_lineHeight,
                             line == m_currentLine ? kCurrentMatch : kMatch);
    }
    // Plain stretches between the styled runs, each run in its colours.
    int at = 0;
    const auto draw = [&](int start, int length, const LogStyle *style) {
        if (length <= 0)
            return;
        const int x = textX + start * m_charWidth;
        if (style && style->background)
            painter.fillRect(x, y, length * m_charWidth, m_lineHeight, QColor::fromRgb(style->background));
        QFont font = painter.font();
        const bool styled = style && (style->bold || style->italic || style->underline);
        if (styled) {
            font.setBold(style->bold);
            font.setItalic(style->italic);
            font.setUnderline(style->underline);
            painter.setFont(font);
        }
        painter.setPen(style && style->foreground ? QColor::fromRgb(style->foreground) : kText);
        painter.drawText(x, baseline, text.mid(start, length));
        if (styled)
            painter.setFont(this->font());
    };
    for (const StyleRun &run : runs) {
        draw(at, run.start - at, nullptr);
        draw(run.start, run.length, &run.style);
        at = run.start + run.length;
    }
    draw(at, int(text.size()) - at, nullptr);
}

void LogView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), kBackground);
    painter.setFont(font());
    const int gutter = gutterWidth();
    const int textX = gutter - horizontalScrollBar()->value();
    const auto [selectedFirst, selectedLast] = selection();
    const int first = firstVisibleRow();
    const int offset = verticalScrollBar()->value() % m_lineHeight; // of the first, partly hidden row
    const int last = std::min(m_document.visibleCount(), first + rowsPerPage() + 2);
    painter.setClipRect(gutter, 0, viewport()->width() - gutter, viewport()->height());
    for (int row = first; row < last; ++row) {
        const int line = m_document.lineAtVisible(row);
        const int y = (row - first) * m_lineHeight - offset;
        if (line >= selectedFirst && line <= selectedLast && selectedFirst >= 0)
            painter.fillRect(gutter, y, viewport()->width() - gutter, m_lineHeight, kSelection);
        const int section = m_document.sectionAt(line);
        if (section >= 0 && m_document.sections().at(section).collapsed)
            painter.fillRect(gutter, y, viewport()->width() - gutter, m_lineHeight, kFolded);
        paintLine(painter, line, y, textX);
    }
    // The gutter over everything: line numbers and fold arrows.
    painter.setClipping(false);
    painter.fillRect(0, 0, gutter, viewport()->height(), kBackground.darker(115));
    painter.setPen(kGutter);
    for (int row = first; row < last; ++row) {
        const int line = m_document.lineAtVisible(row);
        const int y = (row - first) * m_lineHeight - offset;
        painter.drawText(QRect(0, y, gutter - 3 * m_charWidth, m_lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(line + 1));
        const int section = m_document.sectionAt(line);
        if (section >= 0)
            painter.drawText(QRect(gutter - 2 * m_charWidth, y, m_charWidth * 2, m_lineHeight), Qt::AlignVCenter,
                             m_document.sections().at(section).collapsed ? QStringLiteral("▸") : QStringLiteral("▾"));
    }
}

} // namespace adp::app
