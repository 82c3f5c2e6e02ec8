#pragma once

#include "PipelinesModel.h"
#include "shared/client/EventsClient.h"
#include "shared/core/Project.h"

#include <QTimer>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;
class QTableView;

namespace adp::app {

class AssistantPanel;
class EmptyState;
class ErrorBanner;
class JobLogFollower;
class LogViewer;
class PipelineGraph;
class PipelineNotifier;

// A project's pipelines: filters (status, ref, source) applied on the
// server, the list paging as it scrolls and updating live; Run (a ref and
// variables), Retry and Cancel for the selected pipeline; its jobs, and the
// selected job's log followed live in the log viewer. Actions the caller's
// role does not allow stay disabled, with a tooltip saying who may.
class PipelinesView : public QWidget
{
    Q_OBJECT

public:
    // Asks for a ref and variables; nothing when the user cancels. A seam so tests can answer.
    using AskRun = std::function<std::optional<shared::PipelineRunRequest>(QWidget *parent, const QString &defaultRef)>;

    PipelinesView(shared::ApiClient &api, shared::EventsClient *events, const shared::Project &project,
                  QWidget *parent = nullptr);
    ~PipelinesView() override;

    void setAskRun(AskRun ask) { m_askRun = std::move(ask); }
    // The caller's role in the project (GET /projects/{p} says it); actions follow it.
    void setRole(shared::ProjectRole role);

    PipelinesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *refFilter() const { return m_ref; }
    QComboBox *sourceFilter() const { return m_source; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *reviewButton() const { return m_review; }
    // A change of the repository reviewed by the rules and the organisation's model.
    void openChangeReview();
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryJobButton() const { return m_retryJob; }
    QPushButton *playJobButton() const { return m_playJob; }
    QListWidget *jobList() const { return m_jobs; }
    LogViewer *logViewer() const { return m_log; }
    AssistantPanel *assistant() const { return m_assistant; }
    PipelineGraph *graph() const { return m_graph; }
    ErrorBanner *banner() const { return m_banner; }
    qint64 shownPipeline() const { return m_shown.id; }

    // Offers "Watch" for the shown pipeline: a desktop notification when it ends.
    void setNotifier(PipelineNotifier *notifier);
    QPushButton *watchButton() const { return m_watch; }
    // Shows a pipeline at once (its jobs and graph), whether or not its row is loaded,
    // and the log of `jobId` when given.
    void selectPipeline(qint64 id, qint64 jobId = 0);

    // The list from the server again, and the shown pipeline.
    Q_INVOKABLE void reload();
    void runPipeline();
    void retrySelected();
    void cancelSelected();

Q_SIGNALS:
    // The followed job has finished and all of its log is in the viewer.
    void jobLogComplete(qint64 jobId, const QString &status);

private:
    void applyFilters();
    void showSelected();
    void showPipeline(const shared::Pipeline &pipeline);
    void reloadShown();
    void showJobLog(int row);
    void act(const QString &path, const QString &action);
    void updateActions();
    qint64 selectedJobId() const;
    QString selectedJobStatus() const;

    shared::ApiClient &m_client;
    shared::PipelinesApi m_api;
    shared::Project m_project;
    shared::ProjectRole m_role = shared::ProjectRole::None;
    PipelinesModel *m_model;
    QComboBox *m_status;
    QLineEdit *m_ref;
    QComboBox *m_source;
    QTableView *m_table;
    EmptyState *m_emptyState;
    QPushButton *m_run;
    QPushButton *m_review;
    shared::EventsClient *m_events;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QPushButton *m_watch;
    QPushButton *m_retryJob;
    QPushButton *m_playJob;
    PipelineNotifier *m_notifier = nullptr;
    QListWidget *m_jobs;
    LogViewer *m_log;
    AssistantPanel *m_assistant;
    PipelineGraph *m_graph;
    QScrollArea *m_graphArea;
    JobLogFollower *m_follower;
    ErrorBanner *m_banner;
    QTimer m_refDebounce;
    shared::Pipeline m_shown;
    qint64 m_wanted = 0; // the pipeline last chosen: replies for others are dropped
    AskRun m_askRun;
};

} // namespace adp::app
