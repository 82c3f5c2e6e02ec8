#pragma once

#include "shared/client/EventsClient.h"
#include "shared/client/InvitationsApi.h"
#include "shared/client/OrganisationsApi.h"

#include <QWidget>

class QComboBox;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace adp::app {

class ErrorBanner;
class AiProvidersTab;
class InvitationsTab;

// Organisations you belong to, their members and their teams. Admins and
// owners manage them; members see them with the actions disabled and a
// tooltip saying why. Follows changes live.
class OrganisationsView : public QWidget
{
    Q_OBJECT

public:
    OrganisationsView(shared::ApiClient &api, shared::EventsClient *events, QWidget *parent = nullptr);

    QListWidget *organisationList() const { return m_list; }
    QTableWidget *membersTable() const { return m_members; }
    QTableWidget *teamsTable() const { return m_teams; }
    QTableWidget *teamMembersTable() const { return m_teamMembers; }
    QPushButton *addMemberButton() const { return m_addMember; }
    QPushButton *newTeamButton() const { return m_newTeam; }
    ErrorBanner *banner() const { return m_banner; }
    InvitationsTab *invitationsTab() const { return m_invitations; }
    AiProvidersTab *aiProvidersTab() const { return m_aiProviders; }
    QString currentOrganisation() const;

    Q_INVOKABLE void reload();
    void createOrganisation(const shared::GroupFields &fields);
    void addMember(const QString &username, const QString &role);
    void changeSelectedMemberRole(const QString &role);
    void removeSelectedMember();
    void createTeam(const shared::GroupFields &fields);
    void deleteSelectedTeam();
    void addTeamMember(const QString &username);
    void removeSelectedTeamMember();
    // Joins the organisation an invitation code is for, and selects it.
    void joinWithCode(const QString &code);

Q_SIGNALS:
    // After the list, a selected organisation's members and teams, or a team's members, arrived.
    void reloaded();

private:
    QWidget *buildMembersTab();
    QWidget *buildTeamsTab();
    void showOrganisation();
    void showTeamMembers();
    void applyRole();
    QString selectedTeam() const;
    bool mayManage() const;
    void fail(const QString &action, const shared::ApiError &error);
    std::optional<shared::GroupFields> askNameAndSlug(const QString &title);

    shared::ApiClient &m_api;
    shared::OrganisationsApi m_organisations;
    shared::InvitationsApi m_invitationsApi;
    QList<shared::Organisation> m_known;
    QString m_selectNext; // a new organisation, to select when the list returns
    int m_generation = 0; // of the members and teams requests
    int m_teamGeneration = 0;

    ErrorBanner *m_banner;
    QListWidget *m_list;
    QTabWidget *m_tabs;
    QTableWidget *m_members;
    QTableWidget *m_teams;
    QTableWidget *m_teamMembers;
    QComboBox *m_role;
    QPushButton *m_addMember;
    QPushButton *m_changeRole;
    QPushButton *m_removeMember;
    QPushButton *m_newTeam;
    QPushButton *m_deleteTeam;
    QPushButton *m_addTeamMember;
    QPushButton *m_removeTeamMember;
    InvitationsTab *m_invitations;
    AiProvidersTab *m_aiProviders;
};

} // namespace adp::app
