#pragma once

#include "shared/client/AiApi.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace adp::shared {
class EventsClient;
}

namespace adp::app {

class CitedFileDialog;
class ModelAnswerView;

// "Review a change": two refs of the project's repository; what the security rules find in the
// lines the change added (by file and line), and the organisation's model's review streaming in;
// a finding or a cited path:line opens the file at that line.
class ChangeReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ChangeReviewDialog(shared::ApiClient &api, shared::EventsClient *events, const QString &project,
                       const QString &defaultBranch, QWidget *parent = nullptr);

    void review();

    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }
    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *findingsTable() const { return m_findings; }
    ModelAnswerView *modelAnswer() const { return m_model; }
    const std::optional<shared::CodeReview> &result() const { return m_review; }
    // Where a finding (double-clicked) or the model's path:line opens, at the change's end.
    CitedFileDialog *citedFile() const { return m_cited; }

Q_SIGNALS:
    void reviewed();

private:
    void showReview(const shared::CodeReview &review);

    shared::AiApi m_api;
    QString m_project;
    std::optional<shared::CodeReview> m_review;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QPushButton *m_start;
    QLabel *m_summary;
    QTableWidget *m_findings;
    ModelAnswerView *m_model;
    CitedFileDialog *m_cited;
};

} // namespace adp::app
