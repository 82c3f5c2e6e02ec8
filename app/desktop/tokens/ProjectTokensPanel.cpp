#include "ProjectTokensPanel.h"

#include "widgets/ApiErrorText.h"
#include "widgets/ErrorBanner.h"

#include <QLabel>
#include <QVBoxLayout>

namespace adp::app {

ProjectTokensPanel::ProjectTokensPanel(shared::ApiClient &api, const QString &project, QWidget *parent)
    : QWidget(parent)
    , m_projects(api)
    , m_project(project)
{
    m_banner = new ErrorBanner(this);
    auto *explanation = new QLabel(tr("A project token reaches this project only, with the role you give it, "
                                      "and never more than you may do here yourself."),
                                   this);
    explanation->setWordWrap(true);
    m_panel = new TokensPanel(api, m_banner, project, this);
    m_panel->setManageable(false, tr("Only the project's maintainers manage its tokens"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(explanation);
    layout->addWidget(m_panel, 1);
    reload();
}

void ProjectTokensPanel::reload()
{
    m_projects.get(m_project, this, [this](const shared::ApiResult<shared::Project> &result) {
        if (!result.ok()) {
            m_banner->showMessage(ApiErrorText::forAction(tr("Loading the project"), result.error()));
            Q_EMIT reloaded();
            return;
        }
        const bool maintainer = result.value().myRole == shared::ProjectRole::Maintainer;
        m_panel->setManageable(maintainer, tr("Only the project's maintainers manage its tokens"));
        if (!maintainer) {
            Q_EMIT reloaded(); // the list itself is for maintainers too
            return;
        }
        m_panel->reload([this]() { Q_EMIT reloaded(); });
    });
}

} // namespace adp::app
