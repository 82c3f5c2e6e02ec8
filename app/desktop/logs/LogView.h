#pragma once

#include "LogDocument.h"

#include <QAbstractScrollArea>

namespace adp::app {

// Draws a LogDocument: only the rows in view are laid out and painted, so a
// million-line log scrolls as lightly as a short one. Line numbers, a fold
// arrow on section headers (click to fold), ANSI colours on a dark
// background, search matches highlighted, whole-line selection (click,
// drag, shift-click; Ctrl+C copies). Following keeps the last line in view
// as lines arrive, until the reader scrolls up.
class LogView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit LogView(LogDocument &document, QWidget *parent = nullptr);

    bool isFollowing() const { return m_following; }
    void setFollowing(bool following);
    // Matches of `needle` are highlighted; `currentLine` (-1: none) more strongly.
    void setHighlight(const QString &needle, int currentLine);
    // Unfolds what hides `line` and brings it to the middle of the view.
    void scrollToLine(int line);

    int firstVisibleRow() const;
    int rowsPerPage() const;
    int lineHeight() const { return m_lineHeight; }
    // The document line drawn at `y` in the viewport, or -1.
    int lineAt(int y) const;
    // The selected lines (first, last), or (-1, -1).
    QPair<int, int> selection() const;
    void selectLines(int first, int last);
    QString selectedText() const;

Q_SIGNALS:
    void followingChanged(bool following);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateScrollBars();
    void onLinesAdded();
    void onUserScroll(int value);
    int gutterWidth() const;
    void paintLine(QPainter &painter, int line, int y, int textX);

    LogDocument &m_document;
    int m_lineHeight = 0;
    int m_charWidth = 0;
    int m_ascent = 0;
    bool m_following = true;
    bool m_scrolling = false; // a scroll of ours, not the reader's
    QString m_needle;
    int m_currentLine = -1;
    int m_anchor = -1; // selection: where it started
    int m_cursor = -1; // and where it ends
};

} // namespace adp::app
