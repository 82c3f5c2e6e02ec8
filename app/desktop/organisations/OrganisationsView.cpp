#include "OrganisationsView.h"

#include "InvitationsTab.h"
#include "ai/AiProvidersTab.h"
#include "members/AddMemberDialog.h"
#include "widgets/ApiErrorText.h"
#include "widgets/ErrorBanner.h"
#include "widgets/Tables.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <utility>

namespace adp::app {

using shared::Member;

OrganisationsView::OrganisationsView(shared::ApiClient &api, shared::EventsClient *events, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_organisations(api)
    , m_invitationsApi(api)
{
    m_banner = new ErrorBanner(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("organisationList"));
    m_list->setAccessibleName(tr("Organisations"));
    auto *create = new QPushButton(tr("New organisation…"), this);
    auto *join = new QPushButton(tr("Join with a code…"), this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(create);
    leftLayout->addWidget(join);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildMembersTab(), tr("Members"));
    m_tabs->addTab(buildTeamsTab(), tr("Teams"));
    m_invitations = new InvitationsTab(api, m_banner, this);
    m_tabs->addTab(m_invitations, tr("Invitations"));
    m_aiProviders = new AiProvidersTab(api, m_banner, this);
    m_tabs->addTab(m_aiProviders, tr("AI models"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(create, &QPushButton::clicked, this, [this]() {
        if (const auto fields = askNameAndSlug(tr("New organisation")))
            createOrganisation(*fields);
    });
    connect(join, &QPushButton::clicked, this, [this]() {
        bool ok = false;
        const QString code =
            QInputDialog::getText(this, tr("Join with a code"), tr("Invitation code:"), QLineEdit::Normal, {}, &ok);
        if (ok && !code.trimmed().isEmpty())
            joinWithCode(code.trimmed());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &OrganisationsView::showOrganisation);
    connect(m_teams, &QTableWidget::itemSelectionChanged, this, &OrganisationsView::showTeamMembers);
    if (events) {
        connect(events, &shared::EventsClient::eventReceived, this,
                [this](const QString &topic, const QString &, const QJsonObject &) {
                    if (topic == u"organisations")
                        reload();
                });
    }
    applyRole();
    reload();
}

QWidget *OrganisationsView::buildMembersTab()
{
    auto *tab = new QWidget(this);
    m_members = makeRowTable(tab, {tr("Member"), tr("Role"), tr("Since")});
    m_members->setObjectName(QStringLiteral("organisationMembersTable"));
    m_members->setAccessibleName(tr("Organisation members"));
    m_addMember = new QPushButton(tr("Add…"), tab);
    m_role = new QComboBox(tab);
    for (const QString &role : shared::organisationRoleNames())
        m_role->addItem(roleLabel(role), role);
    m_changeRole = new QPushButton(tr("Change role"), tab);
    m_removeMember = new QPushButton(tr("Remove"), tab);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addMember);
    buttons->addStretch();
    buttons->addWidget(m_role);
    buttons->addWidget(m_changeRole);
    buttons->addWidget(m_removeMember);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_members, 1);
    layout->addLayout(buttons);
    connect(m_addMember, &QPushButton::clicked, this, [this]() {
        AddMemberDialog dialog(m_api, {shared::organisationRoleNames(), QStringLiteral("member"), {}}, this);
        if (dialog.exec() == QDialog::Accepted && !dialog.name().isEmpty())
            addMember(dialog.name(), dialog.role());
    });
    connect(m_changeRole, &QPushButton::clicked, this,
            [this]() { changeSelectedMemberRole(m_role->currentData().toString()); });
    connect(m_removeMember, &QPushButton::clicked, this, &OrganisationsView::removeSelectedMember);
    return tab;
}

QWidget *OrganisationsView::buildTeamsTab()
{
    auto *tab = new QWidget(this);
    m_teams = makeRowTable(tab, {tr("Team"), tr("Name"), tr("Members")});
    m_teams->setObjectName(QStringLiteral("teamsTable"));
    m_teams->setAccessibleName(tr("Teams"));
    m_newTeam = new QPushButton(tr("New team…"), tab);
    m_deleteTeam = new QPushButton(tr("Delete team"), tab);
    m_teamMembers = makeRowTable(tab, {tr("Team member"), tr("Since")});
    m_teamMembers->setObjectName(QStringLiteral("teamMembersTable"));
    m_teamMembers->setAccessibleName(tr("Team members"));
    m_addTeamMember = new QPushButton(tr("Add to team…"), tab);
    m_removeTeamMember = new QPushButton(tr("Remove from team"), tab);
    auto *teamButtons = new QHBoxLayout;
    teamButtons->addWidget(m_newTeam);
    teamButtons->addStretch();
    teamButtons->addWidget(m_deleteTeam);
    auto *memberButtons = new QHBoxLayout;
    memberButtons->addWidget(m_addTeamMember);
    memberButtons->addStretch();
    memberButtons->addWidget(m_removeTeamMember);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_teams, 1);
    layout->addLayout(teamButtons);
    layout->addWidget(new QLabel(tr("Members of the selected team:"), tab));
    layout->addWidget(m_teamMembers, 1);
    layout->addLayout(memberButtons);
    connect(m_newTeam, &QPushButton::clicked, this, [this]() {
        if (const auto fields = askNameAndSlug(tr("New team")))
            createTeam(*fields);
    });
    connect(m_deleteTeam, &QPushButton::clicked, this, [this]() {
        const QString team = selectedTeam();
        if (!team.isEmpty() &&
            QMessageBox::question(this, tr("Delete team"),
                                  tr("Delete team %1? Its project roles go with it.").arg(team)) == QMessageBox::Yes)
            deleteSelectedTeam();
    });
    connect(m_addTeamMember, &QPushButton::clicked, this, [this]() {
        AddMemberDialog dialog(m_api, {}, this);
        if (dialog.exec() == QDialog::Accepted && !dialog.name().isEmpty())
            addTeamMember(dialog.name());
    });
    connect(m_removeTeamMember, &QPushButton::clicked, this, &OrganisationsView::removeSelectedTeamMember);
    return tab;
}

void OrganisationsView::fail(const QString &action, const shared::ApiError &error)
{
    m_banner->showMessage(ApiErrorText::describe(action, error));
}

QString OrganisationsView::currentOrganisation() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_known.size() ? m_known.at(row).slug : QString();
}

bool OrganisationsView::mayManage() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_known.size() && m_known.at(row).myRole >= shared::OrganisationRole::Admin;
}

void OrganisationsView::applyRole()
{
    const bool manage = mayManage();
    const QString why = manage ? QString() : tr("Only the organisation's admins and owners may change this");
    for (QWidget *action : {static_cast<QWidget *>(m_addMember), static_cast<QWidget *>(m_role),
                            static_cast<QWidget *>(m_changeRole), static_cast<QWidget *>(m_removeMember),
                            static_cast<QWidget *>(m_newTeam), static_cast<QWidget *>(m_deleteTeam),
                            static_cast<QWidget *>(m_addTeamMember), static_cast<QWidget *>(m_removeTeamMember)}) {
        action->setEnabled(manage);
        action->setToolTip(why);
    }
}

void OrganisationsView::reload()
{
    const QString keep = m_selectNext.isEmpty() ? currentOrganisation() : std::exchange(m_selectNext, QString());
    m_organisations.list(this, [this, keep](const shared::ApiResult<QList<shared::Organisation>> &result) {
        if (!result.ok()) {
            fail(tr("Loading your organisations"), result.error());
            Q_EMIT reloaded();
            return;
        }
        m_known = result.value();
        const QSignalBlocker quiet(m_list);
        m_list->clear();
        int select = 0;
        for (int i = 0; i < m_known.size(); ++i) {
            const shared::Organisation &organisation = m_known.at(i);
            m_list->addItem(
                tr("%1 (%2)").arg(organisation.name, roleLabel(shared::organisationRoleToString(organisation.myRole))));
            if (organisation.slug == keep)
                select = i;
        }
        m_list->setCurrentRow(m_known.isEmpty() ? -1 : select);
        showOrganisation();
    });
}

void OrganisationsView::showOrganisation()
{
    applyRole();
    const QString organisation = currentOrganisation();
    m_invitations->setOrganisation(organisation, mayManage());
    m_aiProviders->setOrganisation(organisation, mayManage());
    m_members->setRowCount(0);
    m_teams->setRowCount(0);
    m_teamMembers->setRowCount(0);
    if (organisation.isEmpty())
        return;
    // Answers to an older request (another organisation, an earlier reload) are dropped.
    const int generation = ++m_generation;
    auto pending = std::make_shared<int>(2);
    const auto finished = [this, pending]() {
        if (--*pending == 0)
            Q_EMIT reloaded();
    };
    m_organisations.members(
        organisation, this, [this, finished, generation](const shared::ApiResult<QList<Member>> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok())
                fail(tr("Loading the members"), result.error());
            else
                for (const Member &member : result.value())
                    appendRow(m_members, {member.name, roleLabel(member.role), shortTime(member.since)}, member.name);
            finished();
        });
    m_organisations.teams(
        organisation, this, [this, finished, generation](const shared::ApiResult<QList<shared::Team>> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok())
                fail(tr("Loading the teams"), result.error());
            else
                for (const shared::Team &team : result.value())
                    appendRow(m_teams, {team.slug, team.name, QString::number(team.memberCount)}, team.slug);
            finished();
        });
}

QString OrganisationsView::selectedTeam() const
{
    return selectedKey(m_teams).toString();
}

void OrganisationsView::showTeamMembers()
{
    m_teamMembers->setRowCount(0);
    const QString team = selectedTeam();
    if (team.isEmpty())
        return;
    const int generation = ++m_teamGeneration;
    m_organisations.teamMembers(
        currentOrganisation(), team, this, [this, generation](const shared::ApiResult<QList<Member>> &result) {
            if (generation != m_teamGeneration)
                return;
            if (!result.ok())
                fail(tr("Loading the team's members"), result.error());
            else
                for (const Member &member : result.value())
                    appendRow(m_teamMembers, {member.name, shortTime(member.since)}, member.name);
            Q_EMIT reloaded();
        });
}

std::optional<shared::GroupFields> OrganisationsView::askNameAndSlug(const QString &title)
{
    QDialog dialog(this);
    dialog.setWindowTitle(title);
    auto *name = new QLineEdit(&dialog);
    auto *slug = new QLineEdit(&dialog);
    slug->setPlaceholderText(tr("lowercase letters, digits, '-' or '_'"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Slug:"), slug);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return shared::GroupFields{name->text(), slug->text(), std::nullopt};
}

void OrganisationsView::createOrganisation(const shared::GroupFields &fields)
{
    m_banner->hide();
    m_organisations.create(fields, this, [this](const shared::ApiResult<shared::Organisation> &result) {
        if (!result.ok())
            return fail(tr("Creating the organisation"), result.error());
        m_selectNext = result.value().slug; // selected once the list comes back
        reload();
    });
}

void OrganisationsView::joinWithCode(const QString &code)
{
    m_banner->hide();
    m_invitationsApi.accept(code, this, [this](const shared::ApiResult<shared::Organisation> &result) {
        if (!result.ok())
            return fail(tr("Joining with the code"), result.error());
        m_selectNext = result.value().slug;
        reload();
    });
}

void OrganisationsView::addMember(const QString &username, const QString &role)
{
    m_banner->hide();
    m_organisations.setMember(currentOrganisation(), username, role, this,
                              [this](const shared::ApiResult<Member> &result) {
                                  if (!result.ok())
                                      return fail(tr("Adding the member"), result.error());
                                  showOrganisation();
                              });
}

void OrganisationsView::changeSelectedMemberRole(const QString &role)
{
    const QString user = selectedKey(m_members).toString();
    if (!user.isEmpty())
        addMember(user, role);
}

void OrganisationsView::removeSelectedMember()
{
    const QString user = selectedKey(m_members).toString();
    if (user.isEmpty())
        return;
    m_banner->hide();
    m_organisations.removeMember(currentOrganisation(), user, this,
                                 [this](const shared::ApiResult<shared::Done> &result) {
                                     if (!result.ok())
                                         return fail(tr("Removing the member"), result.error());
                                     showOrganisation();
                                 });
}

void OrganisationsView::createTeam(const shared::GroupFields &fields)
{
    m_banner->hide();
    m_organisations.createTeam(currentOrganisation(), fields, this,
                               [this](const shared::ApiResult<shared::Team> &result) {
                                   if (!result.ok())
                                       return fail(tr("Creating the team"), result.error());
                                   showOrganisation();
                               });
}

void OrganisationsView::deleteSelectedTeam()
{
    const QString team = selectedTeam();
    if (team.isEmpty())
        return;
    m_banner->hide();
    m_organisations.removeTeam(currentOrganisation(), team, this,
                               [this](const shared::ApiResult<shared::Done> &result) {
                                   if (!result.ok())
                                       return fail(tr("Deleting the team"), result.error());
                                   showOrganisation();
                               });
}

void OrganisationsView::addTeamMember(const QString &username)
{
    const QString team = selectedTeam();
    if (team.isEmpty())
        return;
    m_banner->hide();
    m_organisations.addTeamMember(currentOrganisation(), team, username, this,
                                  [this](const shared::ApiResult<Member> &result) {
                                      if (!result.ok())
                                          return fail(tr("Adding to the team"), result.error());
                                      showTeamMembers();
                                  });
}

void OrganisationsView::removeSelectedTeamMember()
{
    const QString team = selectedTeam();
    const QString user = selectedKey(m_teamMembers).toString();
    if (team.isEmpty() || user.isEmpty())
        return;
    m_banner->hide();
    m_organisations.removeTeamMember(currentOrganisation(), team, user, this,
                                     [this](const shared::ApiResult<shared::Done> &result) {
                                         if (!result.ok())
                                             return fail(tr("Removing from the team"), result.error());
                                         showTeamMembers();
                                     });
}

} // namespace adp::app
