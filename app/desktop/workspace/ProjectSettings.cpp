#include "ProjectSettings.h"

#include "ProjectGeneralPanel.h"
#include "clusters/ClustersPanel.h"
#include "environments/ProtectionPanel.h"
#include "members/ProjectMembersPanel.h"
#include "notifications/NotificationRulesPanel.h"
#include "repository/RepositoryPanel.h"
#include "schedules/SchedulesPanel.h"
#include "shell/Location.h"
#include "tokens/ProjectTokensPanel.h"
#include "variables/VariablesPanel.h"
#include "widgets/Icons.h"

#include <QVBoxLayout>

namespace adp::app {

ProjectSettings::ProjectSettings(shared::ApiClient &api, const shared::Project &project, QWidget *parent)
    : QTabWidget(parent)
    , m_api(api)
    , m_project(project)
{
    setObjectName(QStringLiteral("projectSettings"));
    setDocumentMode(true);
    const QStringList labels{tr("General"),  tr("Members"),    tr("Tokens"),    tr("Variables"),    tr("Protection"),
                             tr("Clusters"), tr("Repository"), tr("Schedules"), tr("Notifications")};
    const QStringList tabs = Location::settingsTabs();
    for (int index = 0; index < tabs.size(); ++index) {
        auto *holder = new QWidget(this);
        holder->setObjectName(tabs.at(index));
        auto *layout = new QVBoxLayout(holder);
        layout->setContentsMargins(0, 0, 0, 0);
        addTab(holder, labels.at(index));
    }
    setTabIcon(1, icons::named(QStringLiteral("members")));
    setTabIcon(4, icons::named(QStringLiteral("audit")));
    setTabIcon(5, icons::named(QStringLiteral("environments")));
    setTabIcon(6, icons::named(QStringLiteral("repository")));
    m_general = static_cast<ProjectGeneralPanel *>(panel(QStringLiteral("general")));
    connect(m_general, &ProjectGeneralPanel::changed, this, &ProjectSettings::projectChanged);
    connect(m_general, &ProjectGeneralPanel::deleted, this, &ProjectSettings::projectDeleted);
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        const QString tab = Location::settingsTabs().value(index);
        panel(tab);
        Q_EMIT tabShown(tab);
    });
}

QWidget *ProjectSettings::panel(const QString &tab)
{
    const int index = int(Location::settingsTabs().indexOf(tab));
    if (index < 0)
        return nullptr;
    QWidget *holder = widget(index);
    if (holder->layout()->count() > 0)
        return holder->layout()->itemAt(0)->widget();
    QWidget *made = make(tab);
    holder->layout()->addWidget(made);
    made->show();
    return made;
}

QWidget *ProjectSettings::make(const QString &tab)
{
    QWidget *holder = widget(int(Location::settingsTabs().indexOf(tab)));
    if (tab == u"members")
        return new ProjectMembersPanel(m_api, m_project.slug, holder);
    if (tab == u"tokens")
        return new ProjectTokensPanel(m_api, m_project.slug, holder);
    if (tab == u"variables")
        return new VariablesPanel(m_api, m_project.slug, holder);
    if (tab == u"protection")
        return new ProtectionPanel(m_api, m_project.slug, holder);
    if (tab == u"clusters")
        return new ClustersPanel(m_api, m_project.slug, holder);
    if (tab == u"repository")
        return new RepositoryPanel(m_api, m_project.slug, holder);
    if (tab == u"schedules")
        return new SchedulesPanel(m_api, m_project.slug, holder);
    if (tab == u"notifications")
        return new NotificationRulesPanel(m_api, m_project.slug, holder);
    return new ProjectGeneralPanel(m_api, m_project, holder);
}

void ProjectSettings::showTab(const QString &tab)
{
    const int index = int(Location::settingsTabs().indexOf(tab));
    setCurrentIndex(std::max(0, index));
    panel(Location::settingsTabs().value(currentIndex()));
}

QString ProjectSettings::currentTabName() const
{
    return Location::settingsTabs().value(currentIndex());
}

} // namespace adp::app
