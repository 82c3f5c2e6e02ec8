#pragma once

#include "shared/analysis/FailureVerdict.h"
#include "shared/client/AiApi.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace adp::shared {
class EventsClient;
}

namespace adp::app {

class ModelAnswerView;

// The assistant beside a job's log: why the job failed, from the server's built-in analyzers
// (no model, nothing leaves the server). A failed job is explained as soon as its log is
// complete; the first bad line, each piece of evidence and the compiler's place jump to the log.
// Below, the organisation's model may be asked too; its answer streams in (ModelAnswerView).
class AssistantPanel : public QWidget
{
    Q_OBJECT

public:
    AssistantPanel(shared::ApiClient &api, shared::EventsClient *events, QWidget *parent = nullptr);

    // The job whose log is shown; nothing is explained until it ends.
    void setJob(qint64 jobId);
    // Its log is complete: explained at once when it failed.
    void jobEnded(qint64 jobId, const QString &status);
    void explain();

    const std::optional<shared::analysis::JobAnalysis> &analysis() const { return m_analysis; }
    QString summaryText() const;
    QListWidget *evidenceList() const { return m_evidence; }
    QPushButton *explainButton() const { return m_explain; }
    ModelAnswerView *modelAnswer() const { return m_model; }
    // What Copy puts on the clipboard: the whole answer as text.
    QString plainText() const;

Q_SIGNALS:
    // A line of the log to show, 1-based as the analyzers count.
    void lineRequested(qint64 line);
    void explained();

private:
    void showAnalysis(const shared::analysis::JobAnalysis &analysis);
    void askModel(qint64 jobId);
    void clear(const QString &hint);

    shared::AiApi m_api;
    qint64 m_jobId = 0;
    std::optional<shared::analysis::JobAnalysis> m_analysis;
    QLabel *m_summary;
    QPushButton *m_explain;
    QPushButton *m_firstLine;
    QPushButton *m_copy;
    QListWidget *m_evidence;
    QLabel *m_source;
    ModelAnswerView *m_model;
};

} // namespace adp::app
