#pragma once

#include "shared/client/RepositoryApi.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace adp::app {

// A file of the project's repository at a commit, opened at the line a finding or a model's
// answer cites (highlighted, in view). Read-only.
class CitedFileDialog : public QDialog
{
    Q_OBJECT

public:
    CitedFileDialog(shared::ApiClient &api, const QString &project, QWidget *parent = nullptr);

    void open(const QString &ref, const QString &path, qint64 line);

    QPlainTextEdit *text() const { return m_text; }
    QString statusText() const;
    int currentLine() const; // 1-based

Q_SIGNALS:
    void shown();

private:
    void display(const shared::RepositoryFile &file, qint64 line);

    shared::RepositoryApi m_repository;
    QString m_asked; // ref:path of the newest request
    QLabel *m_status;
    QPlainTextEdit *m_text;
};

} // namespace adp::app
