#pragma once

#include "Location.h"
#include "shared/client/AuthApi.h"
#include "shared/client/EventsClient.h"
#include "shared/client/PipelinesApi.h"

#include <QMainWindow>
#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;

namespace adp::app {

class ApprovalNotifier;
class AuditView;
class CostsView;
class GuidedTour;
class HomeView;
class Locator;
class NavigationHistory;
class OrganisationsView;
class PipelineNotifier;
class ProfileView;
class ProjectWorkspace;
class ProjectsView;
class ProvidersView;
class RecentProjects;

// The desktop's shell: a navigation rail of areas (Home, Projects, Organisations, Audit, Sign-in
// providers, Profile) followed by the open projects' workspaces, back/forward history, the Ctrl+K
// locator, themes, and a status bar with who is signed in, the live connection and the server's
// version. Everything is reached through go(Location).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int kOpenProjectsKept = 8; // opening more closes the least recently used

    MainWindow(shared::ApiClient &api, shared::EventsClient &events, const shared::CurrentUser &user,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void go(const Location &location);
    void goBack();
    void goForward();
    void refresh();
    void closeCurrentProject();
    Location currentLocation() const;

    HomeView *homeView() const { return m_home; }
    ProjectsView *projectsView() const { return m_projects; }
    AuditView *auditView() const { return m_audit; } // administrators only, else null
    CostsView *costsView() const { return m_costs; }
    ProfileView *profileView() const { return m_profile; }
    OrganisationsView *organisationsView() const { return m_organisations; }
    ProvidersView *providersView() const { return m_providers; } // administrators only, else null
    PipelineNotifier *pipelineNotifier() const { return m_notifier; }
    ApprovalNotifier *approvalNotifier() const { return m_approvals; }
    QListWidget *navigation() const { return m_navigation; }
    QStringList openProjects() const; // in the navigation's order
    ProjectWorkspace *workspace(const QString &slug) const;
    ProjectWorkspace *currentWorkspace() const;
    NavigationHistory *history() const { return m_history; }
    Locator *locator() const { return m_locator; }
    RecentProjects &recentProjects() const { return *m_recent; }
    QLabel *serverVersion() const { return m_version; }
    GuidedTour *tour() const { return m_tour; }
    // The first start on this computer: a short tour of the window, unless it was seen before.
    bool startTourIfFirstRun();

Q_SIGNALS:
    void signOutRequested();
    void firstPainted();
    // A pipeline the person started or watches ended, or a deployment waits for their approval (also
    // shown in the system tray, when there is one).
    void pipelineAnnounced(const QString &title, const QString &message);
    void workspaceOpened(adp::app::ProjectWorkspace *workspace);

protected:
    void paintEvent(QPaintEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void buildNavigation(shared::ApiClient &api, shared::EventsClient &events, const shared::CurrentUser &user);
    void buildTray();
    void buildMenus();
    void buildStatusBar(shared::ApiClient &api, shared::EventsClient &events, const shared::CurrentUser &user);
    void addArea(Location::Area area, const QString &title, const QString &icon, QWidget *widget);
    void display(const Location &location);
    ProjectWorkspace *openWorkspace(const QString &slug);
    void closeWorkspace(const QString &slug);
    void selectNavigationRow(const Location &location);
    void record(const Location &location);

    shared::ApiClient &m_api;
    shared::EventsClient &m_events;
    QString m_scope; // server and user: what recent projects and watches are kept under
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QList<Location::Area> m_areas; // the navigation's rows, in order
    QStackedWidget *m_workspaces;  // the open projects' workspaces, one area of m_stack
    QStringList m_usedWorkspaces;  // most recently shown first
    HomeView *m_home;
    ProjectsView *m_projects;
    AuditView *m_audit = nullptr;
    CostsView *m_costs = nullptr;
    ProfileView *m_profile = nullptr;
    OrganisationsView *m_organisations = nullptr;
    ProvidersView *m_providers = nullptr;
    QLabel *m_live;
    QLabel *m_version;
    shared::PipelinesApi m_pipelinesApi; // for the notifier's catching up
    PipelineNotifier *m_notifier;
    QSystemTrayIcon *m_tray = nullptr;
    ApprovalNotifier *m_approvals;
    NavigationHistory *m_history;
    std::unique_ptr<RecentProjects> m_recent;
    Locator *m_locator = nullptr;
    GuidedTour *m_tour = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    std::function<void()> m_openAnnounced; // what clicking the last message opens
    bool m_painted = false;
    bool m_travelling = false; // going back or forward: not a new visit
};

} // namespace adp::app
