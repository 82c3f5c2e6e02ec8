#pragma once

#include "shared/client/EventsClient.h"
#include "shared/client/ProjectsApi.h"

#include <QTimer>
#include <QWidget>
#include <functional>

class QLineEdit;
class QTableView;
class QPushButton;
class QProgressBar;

namespace adp::app {

class ErrorBanner;
class ProjectsModel;
class PipelineNotifier;

// The Projects area: search, a server-sorted table that pages as it
// scrolls, New/Edit/Delete, and live updates from the events WebSocket.
class ProjectsView : public QWidget
{
    Q_OBJECT

public:
    // Asks the user to confirm a deletion; a seam so tests can answer.
    using Confirm = std::function<bool(QWidget *parent, const QString &question)>;
    // Opens the edit/create dialog; returns true when something was saved.
    using OpenEditor = std::function<bool(QWidget *parent, std::optional<shared::Project> existing)>;

    ProjectsView(shared::ApiClient &api, shared::EventsClient *events, QWidget *parent = nullptr);
    ~ProjectsView() override;

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setOpenEditor(OpenEditor editor) { m_openEditor = std::move(editor); }

    ProjectsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    ErrorBanner *banner() const { return m_banner; }

    void createProject();
    void editSelected();
    void deleteSelected();
    void openMembersOfSelected();
    void openTokensOfSelected();
    // The selected project's notification rules and their delivery logs.
    void openNotificationsOfSelected();
    // A window of the selected project's pipelines (list, jobs, live logs).
    void openPipelinesOfSelected();
    // The pipelines window of `slug`, showing `pipelineId` when given (a notification was clicked,
    // or adp-desktop --open-pipeline) and the log of its `jobId`.
    void openPipelines(const QString &slug, qint64 pipelineId = 0, qint64 jobId = 0);
    // A window of the selected project's environments and deployments.
    void openEnvironmentsOfSelected();
    // The environments window of `slug`, showing deployment `iid` when given (an approver's notification).
    void openEnvironments(const QString &slug, qint64 iid = 0);
    // A window of the selected project's CI/CD variables (maintainers).
    void openVariablesOfSelected();
    // A window of the selected project's repository token and webhook secret (maintainers).
    void openRepositoryOfSelected();
    // A window of the selected project's pipeline schedules.
    void openSchedulesOfSelected();
    void setNotifier(PipelineNotifier *notifier) { m_notifier = notifier; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void pipelinesOpened(QWidget *window);
    void environmentsOpened(QWidget *window);
    void variablesOpened(QWidget *window);
    void repositoryOpened(QWidget *window);
    void schedulesOpened(QWidget *window);

private:
    std::optional<shared::Project> selectedProject() const;
    void updateActions();

    shared::ProjectsApi m_api;
    ProjectsModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_members;
    QPushButton *m_tokens;
    QPushButton *m_pipelines;
    QPushButton *m_environments;
    QPushButton *m_variables;
    QPushButton *m_repository;
    QPushButton *m_schedules;
    QPushButton *m_notifications;
    shared::EventsClient *m_events;
    PipelineNotifier *m_notifier = nullptr;
    QProgressBar *m_busy;
    ErrorBanner *m_banner;
    QTimer m_searchDebounce;
    Confirm m_confirm;
    OpenEditor m_openEditor;
};

} // namespace adp::app
