#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

class QPainter;
class QPdfWriter;

namespace adp::report {

// Lays text out on A4 pages from top to bottom: titles, headings, wrapped paragraphs, label and
// value fields, and tables whose header comes back on every page they run onto. Every height
// is measured on the writer (never guessed), so a dry run that draws nothing counts the pages a
// real run will draw, and each footer can say "page N of M".
class PageFlow
{
public:
    struct Column
    {
        QString title;
        qreal width = 0; // points
        bool alignRight = false;
    };
    struct Decorations
    {
        QString header;     // on every page but the first
        QString footerLeft; // beside the page number
        QString pageOf;     // "Page %1 of %2"
    };

    // With `draw` false the flow only counts pages.
    PageFlow(QPdfWriter &writer, bool draw, Decorations decorations, int pageCount);
    ~PageFlow();

    void title(const QString &text);
    void heading(const QString &text);
    void paragraph(const QString &text);
    void field(const QString &label, const QString &value, bool monospace = false);
    void gap(qreal points);
    void pageBreak();

    void beginTable(QList<Column> columns);
    void row(const QStringList &cells, bool emphasis = false);
    void endTable();

    int pages() const { return m_page; }

private:
    qreal textHeight(const QFont &font, qreal width, const QString &text) const;
    QFontMetricsF metrics(const QFont &font) const;
    void ensure(qreal height);
    void startPage();
    void tableHeader();
    void drawCells(const QStringList &cells, const QFont &font, bool emphasis);

    QPdfWriter &m_writer;
    std::unique_ptr<QPainter> m_painter;
    Decorations m_decorations;
    int m_pageCount;
    int m_page = 0;
    qreal m_y = 0;
    QFont m_body;
    QFont m_bold;
    QFont m_small;
    QFont m_mono;
    QFont m_title;
    QFont m_heading;
    QList<Column> m_columns; // of the table under way, empty outside one
};

} // namespace adp::report
