#pragma once

#include "shared/client/MembersApi.h"
#include "shared/client/OrganisationsApi.h"
#include "shared/client/ProjectsApi.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace adp::app {

class ErrorBanner;

// A project's members tab: the users and teams with a role in it. Its
// maintainers add, change and remove them; everyone else who may see the
// project sees the list, with the actions disabled and saying why.
class ProjectMembersPanel : public QWidget
{
    Q_OBJECT

public:
    ProjectMembersPanel(shared::ApiClient &api, const QString &project, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    ErrorBanner *banner() const { return m_banner; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    bool mayManage() const { return m_myRole == shared::ProjectRole::Maintainer; }

    Q_INVOKABLE void reload();
    void addMember(shared::Member::Kind kind, const QString &name, const QString &role);
    void changeSelectedRole(const QString &role);
    void removeSelected();

Q_SIGNALS:
    void reloaded();

private:
    void openAddDialog();
    void fail(const QString &action, const shared::ApiError &error);
    void applyRole();

    shared::ApiClient &m_api;
    shared::MembersApi m_members;
    shared::ProjectsApi m_projects;
    shared::OrganisationsApi m_organisations;
    QString m_project;
    QString m_organisation;
    shared::ProjectRole m_myRole = shared::ProjectRole::None;
    QStringList m_teams;
    QList<shared::Member> m_rows;
    int m_generation = 0;

    ErrorBanner *m_banner;
    QLabel *m_summary;
    QTableWidget *m_table;
    QComboBox *m_role;
    QPushButton *m_add;
    QPushButton *m_change;
    QPushButton *m_remove;
};

} // namespace adp::app
