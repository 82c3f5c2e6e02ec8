#pragma once

#include "shared/client/AuthApi.h"
#include "shared/client/EventsClient.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace adp::app {

class ProjectsView;
class AuditView;
class ProfileView;
class OrganisationsView;
class ProvidersView;

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
    QListWidget *navigation() const { return m_navigation; }

Q_SIGNALS:
    void signOutRequested();
    void firstPainted();

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
    bool m_painted = false;
};

} // namespace adp::app
