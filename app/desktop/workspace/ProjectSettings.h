#pragma once

#include "shared/client/ApiClient.h"
#include "shared/core/Project.h"

#include <QTabWidget>

namespace adp::app {

class ProjectGeneralPanel;

// A project's settings as tabs: general, members, tokens, variables, protection (environment rules
// and deploy freezes), Kubernetes clusters, repository, schedules and notifications. Each tab is made (and asks the
// server) the first time it is shown.
class ProjectSettings : public QTabWidget
{
    Q_OBJECT

public:
    ProjectSettings(shared::ApiClient &api, const shared::Project &project, QWidget *parent = nullptr);

    // `tab` is one of Location::settingsTabs(); unknown names show General.
    void showTab(const QString &tab);
    QString currentTabName() const;
    // The tab's panel, made now if it was not yet (nullptr for an unknown name).
    QWidget *panel(const QString &tab);
    ProjectGeneralPanel *general() const { return m_general; }

Q_SIGNALS:
    void tabShown(const QString &tab);
    void projectChanged(const adp::shared::Project &project);
    void projectDeleted();

private:
    QWidget *make(const QString &tab);

    shared::ApiClient &m_api;
    shared::Project m_project;
    ProjectGeneralPanel *m_general;
};

} // namespace adp::app
