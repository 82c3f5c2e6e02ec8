#include "LogViewer.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace adp::app {

LogViewer::LogViewer(QWidget *parent)
    : QWidget(parent)
{
    m_view = new LogView(m_document, this);
    m_search = new QLineEdit(this);
    m_search->setAccessibleName(tr("Search the log"));
    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_previous = new QToolButton(this);
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next = new QToolButton(this);
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next match (F3 or Enter)"));
    m_follow = new QCheckBox(tr("Follow"), this);
    m_follow->setToolTip(tr("Keep the newest line in view as the log grows"));
    m_follow->setChecked(m_view->isFollowing());
    m_firstError = new QPushButton(tr("First error"), this);
    m_firstError->setToolTip(tr("Go to the first line that reports an error"));
    auto *copyButton = new QPushButton(tr("Copy"), this);
    copyButton->setToolTip(tr("Copy the selected lines, or the whole log when none are selected"));
    auto *download = new QPushButton(tr("Download…"), this);
    download->setToolTip(tr("Save the log as a text file"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addSpacing(12);
    bar->addWidget(m_follow);
    bar->addWidget(m_firstError);
    bar->addWidget(copyButton);
    bar->addWidget(download);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    // Searching a million lines takes a moment: wait for a pause in typing.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &LogViewer::runSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this]() { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this]() {
        if (m_searchDelay.isActive() || m_search->text() != m_needle) {
            m_searchDelay.stop();
            runSearch();
        } else {
            nextMatch();
        }
    });
    connect(m_next, &QToolButton::clicked, this, &LogViewer::nextMatch);
    connect(m_previous, &QToolButton::clicked, this, &LogViewer::previousMatch);
    auto *findNext = new QShortcut(QKeySequence::FindNext, this);
    connect(findNext, &QShortcut::activated, this, &LogViewer::nextMatch);
    auto *findPrevious = new QShortcut(QKeySequence::FindPrevious, this);
    connect(findPrevious, &QShortcut::activated, this, &LogViewer::previousMatch);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this]() {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_follow, &QCheckBox::toggled, m_view, &LogView::setFollowing);
    connect(m_view, &LogView::followingChanged, m_follow, &QCheckBox::setChecked);
    connect(m_firstError, &QPushButton::clicked, this, &LogViewer::jumpToFirstError);
    connect(copyButton, &QPushButton::clicked, this, &LogViewer::copy);
    connect(download, &QPushButton::clicked, this, &LogViewer::download);
    // New lines may hold matches too.
    connect(&m_document, &LogDocument::linesAdded, this, [this](int first, int count) {
        if (m_needle.isEmpty())
            return;
        for (int line = first; line < first + count; ++line) {
            if (m_document.text(line).contains(m_needle, Qt::CaseInsensitive))
                m_matches.append(line);
        }
        updateCount();
    });
    connect(&m_document, &LogDocument::cleared, this, [this]() {
        m_matches.clear();
        m_current = -1;
        updateCount();
    });
    updateCount();
}

void LogViewer::setSearch(const QString &needle)
{
    m_search->setText(needle);
    m_searchDelay.stop();
    runSearch();
}

void LogViewer::runSearch()
{
    m_needle = m_search->text();
    m_matches = m_document.find(m_needle);
    // The first match at or after the top of the view, as editors do.
    m_current = -1;
    const int top = m_document.visibleCount() > 0 ? m_document.lineAtVisible(m_view->firstVisibleRow()) : 0;
    for (int i = 0; i < m_matches.size() && m_current < 0; ++i) {
        if (m_matches.at(i) >= top)
            m_current = i;
    }
    if (m_current < 0 && !m_matches.isEmpty())
        m_current = 0;
    showMatch();
}

void LogViewer::nextMatch()
{
    if (m_matches.isEmpty())
        return;
    m_current = (m_current + 1) % int(m_matches.size());
    showMatch();
}

void LogViewer::previousMatch()
{
    if (m_matches.isEmpty())
        return;
    m_current = (m_current - 1 + int(m_matches.size())) % int(m_matches.size());
    showMatch();
}

void LogViewer::showMatch()
{
    m_view->setHighlight(m_needle, currentMatchLine());
    if (m_current >= 0)
        m_view->scrollToLine(currentMatchLine());
    updateCount();
}

void LogViewer::updateCount()
{
    const bool searching = !m_needle.isEmpty();
    m_count->setVisible(searching);
    m_count->setText(m_matches.isEmpty() ? tr("No matches") : tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
    m_count->setMinimumWidth(m_count->sizeHint().width()); // laid out at once, never cut
    m_previous->setEnabled(!m_matches.isEmpty());
    m_next->setEnabled(!m_matches.isEmpty());
}

bool LogViewer::jumpToFirstError()
{
    const int line = m_document.firstErrorLine();
    if (line < 0)
        return false;
    m_view->scrollToLine(line);
    m_view->selectLines(line, line);
    return true;
}

void LogViewer::copy()
{
    const QString selected = m_view->selectedText();
    QApplication::clipboard()->setText(selected.isEmpty() ? m_document.plainText() : selected);
}

void LogViewer::download()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the log"), m_suggestedName,
                                                      tr("Log files (*.log *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const QString error = saveTo(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Save the log"), tr("The log could not be saved: %1").arg(error));
}

QString LogViewer::saveTo(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return file.errorString();
    for (int line = 0; line < m_document.lineCount(); ++line) {
        file.write(m_document.utf8(line).toByteArray());
        file.write("\n");
    }
    return file.error() == QFileDevice::NoError ? QString() : file.errorString();
}

} // namespace adp::app
