#pragma once

#include "shared/client/DeploymentsApi.h"
#include "shared/client/EventsClient.h"
#include "shared/client/MembersApi.h"
#include "shared/client/PipelinesApi.h"
#include "shared/core/Project.h"
#include "shell/Location.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace adp::app {

class EmptyState;
class ErrorBanner;

// A project at a glance: the latest pipeline of each branch, its environments and what runs
// there, who is in it and where its code comes from. Each row opens where it belongs; it
// follows the project's pipelines live.
class ProjectOverview : public QWidget
{
    Q_OBJECT

public:
    ProjectOverview(shared::ApiClient &api, shared::EventsClient *events, const shared::Project &project,
                    QWidget *parent = nullptr);

    Q_INVOKABLE void reload();
    QTableWidget *branches() const { return m_branches; }
    QTableWidget *environments() const { return m_environments; }
    QLabel *members() const { return m_members; }
    EmptyState *branchesState() const { return m_branchesState; }
    EmptyState *environmentsState() const { return m_environmentsState; }

Q_SIGNALS:
    void openRequested(const adp::app::Location &location);
    void runRequested();
    void loaded(); // every section answered once more

private:
    void loadBranches();
    void loadEnvironments();
    void loadMembers();
    void answered();

    shared::PipelinesApi m_pipelines;
    shared::DeploymentsApi m_deployments;
    shared::MembersApi m_membersApi;
    shared::Project m_project;
    ErrorBanner *m_banner;
    QTableWidget *m_branches;
    EmptyState *m_branchesState;
    QTableWidget *m_environments;
    EmptyState *m_environmentsState;
    QLabel *m_members;
    QLabel *m_repository;
    QTimer m_reloadSoon;
    int m_waiting = 0;
};

} // namespace adp::app
