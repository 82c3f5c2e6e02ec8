#pragma once

#include "shared/client/AuthApi.h"
#include "shared/client/EventsClient.h"
#include "shared/client/PipelinesApi.h"

#include <QMainWindow>
#include <functional>

class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;

namespace adp::app {

class ProjectsView;
class AuditView;
class ProfileView;
class OrganisationsView;
class ProvidersView;
class PipelineNotifier;
class ApprovalNotifier;

// Hosts the feature areas behind a navigation list and shows who is signed
// in where and whether live updates flow. Only areas that work are listed.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(shared::ApiClient &api, shared::EventsClient &events, const shared::CurrentUser &user,
               QWidget *parent = nullptr);

    ProjectsView *projectsView() const { return m_projects; }
    AuditView *auditView() const { return m_audit; } // administrators only, else null
    ProfileView *profileView() const { return m_profile; }
    OrganisationsView *organisationsView() const { return m_organisations; }
    ProvidersView *providersView() const { return m_providers; } // administrators only, else null
    PipelineNotifier *pipelineNotifier() const { return m_notifier; }
    ApprovalNotifier *approvalNotifier() const { return m_approvals; }
    QListWidget *navigation() const { return m_navigation; }

Q_SIGNALS:
    void signOutRequested();
    void firstPainted();
    // A pipeline the person started or watches ended, or a deployment waits for their approval (also
    // shown in the system tray, when there is one).
    void pipelineAnnounced(const QString &title, const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void buildMenus();
    void addArea(const QString &title, QWidget *area);

    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    ProjectsView *m_projects;
    AuditView *m_audit = nullptr;
    ProfileView *m_profile = nullptr;
    OrganisationsView *m_organisations = nullptr;
    ProvidersView *m_providers = nullptr;
    QLabel *m_live;
    shared::PipelinesApi m_pipelinesApi; // for the notifier's catching up
    PipelineNotifier *m_notifier;
    QSystemTrayIcon *m_tray = nullptr;
    ApprovalNotifier *m_approvals;
    std::function<void()> m_openAnnounced; // what clicking the last message opens
    bool m_painted = false;
};

} // namespace adp::app
