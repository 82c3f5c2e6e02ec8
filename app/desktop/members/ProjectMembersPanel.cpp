#include "ProjectMembersPanel.h"

#include "AddMemberDialog.h"
#include "widgets/ApiErrorText.h"
#include "widgets/ErrorBanner.h"
#include "widgets/Tables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adp::app {

using shared::Member;

ProjectMembersPanel::ProjectMembersPanel(shared::ApiClient &api, const QString &project, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_members(api)
    , m_projects(api)
    , m_organisations(api)
    , m_project(project)
{
    m_banner = new ErrorBanner(this);
    m_summary = new QLabel(this);
    m_table = makeRowTable(this, {tr("Member"), tr("Kind"), tr("Role"), tr("Since")});
    m_table->setObjectName(QStringLiteral("projectMembersTable"));
    m_table->setAccessibleName(tr("Members"));
    m_add = new QPushButton(tr("Add…"), this);
    m_role = new QComboBox(this);
    for (const QString &role : shared::projectRoleNames())
        m_role->addItem(roleLabel(role), role);
    m_change = new QPushButton(tr("Change role"), this);
    m_remove = new QPushButton(tr("Remove"), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    buttons->addWidget(m_role);
    buttons->addWidget(m_change);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ProjectMembersPanel::openAddDialog);
    connect(m_change, &QPushButton::clicked, this, [this]() { changeSelectedRole(m_role->currentData().toString()); });
    connect(m_remove, &QPushButton::clicked, this, &ProjectMembersPanel::removeSelected);
    applyRole();
    reload();
}

void ProjectMembersPanel::fail(const QString &action, const shared::ApiError &error)
{
    m_banner->showMessage(ApiErrorText::describe(action, error));
}

void ProjectMembersPanel::applyRole()
{
    const bool manage = mayManage();
    const QString why = manage ? QString() : tr("Only the project's maintainers may change its members");
    for (QWidget *action : {static_cast<QWidget *>(m_add), static_cast<QWidget *>(m_role),
                            static_cast<QWidget *>(m_change), static_cast<QWidget *>(m_remove)}) {
        action->setEnabled(manage);
        action->setToolTip(why);
    }
    m_summary->setText(m_myRole == shared::ProjectRole::None
                           ? QString()
                           : tr("Your role: %1").arg(roleLabel(shared::projectRoleToString(m_myRole))));
}

void ProjectMembersPanel::reload()
{
    m_projects.get(m_project, this, [this](const shared::ApiResult<shared::Project> &result) {
        if (!result.ok())
            return fail(tr("Loading the project"), result.error());
        m_myRole = result.value().myRole;
        m_organisation = result.value().organisation;
        applyRole();
        if (!mayManage())
            return;
        m_organisations.teams(m_organisation, this, [this](const shared::ApiResult<QList<shared::Team>> &teams) {
            m_teams.clear();
            if (teams.ok()) {
                for (const shared::Team &team : teams.value())
                    m_teams.append(team.slug);
            }
        });
    });
    const int generation = ++m_generation; // an older answer must not add its rows too
    m_members.list(m_project, this, [this, generation](const shared::ApiResult<QList<Member>> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            fail(tr("Loading the members"), result.error());
        } else {
            m_rows = result.value();
            m_table->setRowCount(0);
            for (int i = 0; i < m_rows.size(); ++i) {
                const Member &member = m_rows.at(i);
                appendRow(m_table,
                          {member.name, member.kind == Member::Kind::User ? tr("User") : tr("Team"),
                           roleLabel(member.role), shortTime(member.since)},
                          i);
            }
        }
        Q_EMIT reloaded();
    });
}

void ProjectMembersPanel::openAddDialog()
{
    AddMemberDialog dialog(m_api, {shared::projectRoleNames(), QStringLiteral("developer"), m_teams}, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.name().isEmpty())
        addMember(dialog.kind(), dialog.name(), dialog.role());
}

void ProjectMembersPanel::addMember(Member::Kind kind, const QString &name, const QString &role)
{
    m_banner->hide();
    m_members.set(m_project, kind, name, role, this, [this](const shared::ApiResult<Member> &result) {
        if (!result.ok())
            return fail(tr("Adding the member"), result.error());
        reload();
    });
}

void ProjectMembersPanel::changeSelectedRole(const QString &role)
{
    const QVariant key = selectedKey(m_table);
    if (!key.isValid())
        return;
    const Member member = m_rows.value(key.toInt());
    addMember(member.kind, member.name, role);
}

void ProjectMembersPanel::removeSelected()
{
    const QVariant key = selectedKey(m_table);
    if (!key.isValid())
        return;
    const Member member = m_rows.value(key.toInt());
    m_banner->hide();
    m_members.remove(m_project, member.kind, member.name, this, [this](const shared::ApiResult<shared::Done> &result) {
        if (!result.ok())
            return fail(tr("Removing the member"), result.error());
        reload();
    });
}

} // namespace adp::app
