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
class EmptyState;

// The Projects area: search, a server-sorted table that pages as it
// scrolls, Open (the project's workspace)/New/Edit/Delete, and live updates from the events WebSocket.
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
    // Opens the selected project's workspace (what double-clicking a row does).
    void openSelected();
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void busyChanged(bool busy);
    void openRequested(const QString &slug);

private:
    std::optional<shared::Project> selectedProject() const;
    void updateActions();

    shared::ProjectsApi m_api;
    ProjectsModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QPushButton *m_open;
    QPushButton *m_edit;
    QPushButton *m_delete;
    EmptyState *m_emptyState;
    QProgressBar *m_busy;
    ErrorBanner *m_banner;
    QTimer m_searchDebounce;
    Confirm m_confirm;
    OpenEditor m_openEditor;
};

} // namespace adp::app
