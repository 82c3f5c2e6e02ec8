#include "PageFlow.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

namespace adp::report {

namespace {

// A4 in points (the writer draws at 72 dpi), and the margins the header and footer sit in.
constexpr qreal kPageWidth = 595;
constexpr qreal kPageHeight = 842;
constexpr qreal kMargin = 42;
constexpr qreal kTop = kMargin + 22;
constexpr qreal kBottom = kPageHeight - kMargin - 18;
constexpr qreal kContentWidth = kPageWidth - 2 * kMargin;
constexpr qreal kLabelWidth = 150;
constexpr qreal kRowHeight = 11.5;
constexpr qreal kCellPadding = 2.5;

const QColor kMuted(0x55, 0x5b, 0x66);
const QColor kRule(0xc9, 0xcd, 0xd4);
const QColor kFailure(0xa3, 0x1d, 0x1d);

QFont font(qreal points, bool bold = false, bool monospace = false)
{
    // DejaVu for Latin text, WenQuanYi Micro Hei for Chinese: named, so every machine embeds the same.
    QFont font;
    font.setFamilies(monospace ? QStringList{QStringLiteral("DejaVu Sans Mono"), QStringLiteral("WenQuanYi Micro Hei")}
                               : QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Micro Hei")});
    font.setPointSizeF(points);
    font.setBold(bold);
    // No ligatures in Latin text: a reader's search and copy then find "fi" as two letters.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

PageFlow::PageFlow(QPdfWriter &writer, bool draw, Decorations decorations, int pageCount)
    : m_writer(writer)
    , m_decorations(std::move(decorations))
    , m_pageCount(pageCount)
    , m_body(font(9))
    , m_bold(font(9, true))
    , m_small(font(7))
    , m_mono(font(8, false, true))
    , m_title(font(22, true))
    , m_heading(font(13, true))
{
    if (draw)
        m_painter = std::make_unique<QPainter>(&m_writer);
    startPage();
}

PageFlow::~PageFlow()
{
    if (m_painter)
        m_painter->end();
}

QFontMetricsF PageFlow::metrics(const QFont &font) const
{
    return QFontMetricsF(font, &m_writer);
}

qreal PageFlow::textHeight(const QFont &font, qreal width, const QString &text) const
{
    return metrics(font).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

void PageFlow::startPage()
{
    if (m_page > 0 && m_painter)
        m_writer.newPage();
    ++m_page;
    m_y = kTop;
    if (!m_painter)
        return;
    m_painter->setPen(kMuted);
    m_painter->setFont(m_small);
    if (m_page > 1) {
        m_painter->drawText(QRectF(kMargin, kMargin, kContentWidth, 12), Qt::AlignLeft | Qt::AlignVCenter,
                            m_decorations.header);
        m_painter->setPen(kRule);
        m_painter->drawLine(QPointF(kMargin, kMargin + 14), QPointF(kPageWidth - kMargin, kMargin + 14));
        m_painter->setPen(kMuted);
    }
    const QRectF footer(kMargin, kPageHeight - kMargin - 10, kContentWidth, 12);
    m_painter->drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_decorations.footerLeft);
    m_painter->drawText(footer, Qt::AlignRight | Qt::AlignVCenter, m_decorations.pageOf.arg(m_page).arg(m_pageCount));
    m_painter->setPen(Qt::black);
}

void PageFlow::ensure(qreal height)
{
    if (m_y + height <= kBottom || m_y == kTop)
        return;
    startPage();
    if (!m_columns.isEmpty())
        tableHeader();
}

void PageFlow::title(const QString &text)
{
    const qreal height = textHeight(m_title, kContentWidth, text);
    ensure(height);
    if (m_painter) {
        m_painter->setFont(m_title);
        m_painter->drawText(QRectF(kMargin, m_y, kContentWidth, height), Qt::TextWordWrap, text);
    }
    m_y += height + 14;
}

void PageFlow::heading(const QString &text)
{
    const qreal height = textHeight(m_heading, kContentWidth, text);
    ensure(height + 4 * kRowHeight); // never a heading alone at the foot of a page
    m_y += 6;
    if (m_painter) {
        m_painter->setFont(m_heading);
        m_painter->drawText(QRectF(kMargin, m_y, kContentWidth, height), Qt::TextWordWrap, text);
    }
    m_y += height + 6;
}

void PageFlow::paragraph(const QString &text)
{
    const qreal height = textHeight(m_body, kContentWidth, text);
    ensure(height);
    if (m_painter) {
        m_painter->setFont(m_body);
        m_painter->drawText(QRectF(kMargin, m_y, kContentWidth, height), Qt::TextWordWrap, text);
    }
    m_y += height + 6;
}

void PageFlow::field(const QString &label, const QString &value, bool monospace)
{
    const QFont &valueFont = monospace ? m_mono : m_body;
    const qreal valueWidth = kContentWidth - kLabelWidth;
    const qreal height = std::max(textHeight(m_bold, kLabelWidth - 8, label), textHeight(valueFont, valueWidth, value));
    ensure(height);
    if (m_painter) {
        m_painter->setFont(m_bold);
        m_painter->drawText(QRectF(kMargin, m_y, kLabelWidth - 8, height), Qt::TextWordWrap, label);
        m_painter->setFont(valueFont);
        m_painter->drawText(QRectF(kMargin + kLabelWidth, m_y, valueWidth, height),
                            Qt::TextWordWrap | Qt::TextWrapAnywhere, value);
    }
    m_y += height + 3;
}

void PageFlow::gap(qreal points)
{
    m_y += points;
}

void PageFlow::pageBreak()
{
    if (m_y > kTop)
        startPage();
}

void PageFlow::beginTable(QList<Column> columns)
{
    ensure(3 * kRowHeight);
    m_columns = std::move(columns);
    tableHeader();
}

void PageFlow::tableHeader()
{
    QStringList titles;
    for (const Column &column : std::as_const(m_columns))
        titles.append(column.title);
    drawCells(titles, m_bold, false);
    if (m_painter) {
        m_painter->setPen(kRule);
        m_painter->drawLine(QPointF(kMargin, m_y), QPointF(kPageWidth - kMargin, m_y));
        m_painter->setPen(Qt::black);
    }
    m_y += 2;
}

void PageFlow::row(const QStringList &cells, bool emphasis)
{
    ensure(kRowHeight);
    drawCells(cells, m_body, emphasis);
}

void PageFlow::endTable()
{
    m_columns.clear();
    m_y += 8;
}

void PageFlow::drawCells(const QStringList &cells, const QFont &cellFont, bool emphasis)
{
    if (m_painter) {
        QFont small = cellFont;
        small.setPointSizeF(7.5);
        m_painter->setFont(small);
        if (emphasis)
            m_painter->setPen(kFailure);
        const QFontMetricsF metrics = this->metrics(small);
        const qreal baseline = m_y + kRowHeight - metrics.descent() - 1.5;
        qreal x = kMargin;
        for (qsizetype i = 0; i < m_columns.size() && i < cells.size(); ++i) {
            const Column &column = m_columns.at(i);
            const qreal room = column.width - 2 * kCellPadding;
            const QString text = metrics.elidedText(cells.at(i), Qt::ElideRight, room);
            const qreal left = column.alignRight ? x + column.width - kCellPadding - metrics.horizontalAdvance(text)
                                                 : x + kCellPadding;
            m_painter->drawText(QPointF(left, baseline), text);
            x += column.width;
        }
        if (emphasis)
            m_painter->setPen(Qt::black);
    }
    m_y += kRowHeight;
}

} // namespace adp::report
