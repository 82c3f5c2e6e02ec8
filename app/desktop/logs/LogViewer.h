#pragma once

#include "LogView.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace adp::app {

// A job log viewer: the LogView under a bar to search it (matches counted,
// next and previous wrapping around, Enter and F3 / Shift+F3), follow the
// tail, jump to the first line that reads like an error, copy (the
// selection, else every visible line) and save it to a file.
class LogViewer : public QWidget
{
    Q_OBJECT

public:
    explicit LogViewer(QWidget *parent = nullptr);

    LogDocument &document() { return m_document; }
    LogView &view() { return *m_view; }
    void setSearch(const QString &needle); // as if typed (at once, no pause)
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; } // index into the matches, -1: none
    int currentMatchLine() const { return m_current >= 0 ? m_matches.at(m_current) : -1; }
    void nextMatch();
    void previousMatch();
    // False when there is none.
    bool jumpToFirstError();
    void copy();
    // Writes every line's plain text (folded ones too); the error when it cannot.
    QString saveTo(const QString &path) const;

    // What Download… offers to call the file (e.g. "job-42.log").
    void setSuggestedFileName(const QString &name) { m_suggestedName = name; }

private:
    void download();
    void runSearch();
    void showMatch();
    void updateCount();

    LogDocument m_document;
    LogView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QCheckBox *m_follow = nullptr;
    QPushButton *m_firstError = nullptr;
    QTimer m_searchDelay;
    QString m_needle;
    QString m_suggestedName = QStringLiteral("job.log");
    QList<int> m_matches;
    int m_current = -1;
};

} // namespace adp::app
