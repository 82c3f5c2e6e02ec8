#pragma once

#include "TokensPanel.h"
#include "shared/client/ProjectsApi.h"

#include <QWidget>

namespace adp::app {

class ErrorBanner;

// A project's API tokens. Its maintainers create and revoke them; anyone
// else who opens it sees why they may not.
class ProjectTokensPanel : public QWidget
{
    Q_OBJECT

public:
    ProjectTokensPanel(shared::ApiClient &api, const QString &project, QWidget *parent = nullptr);

    TokensPanel *panel() const { return m_panel; }
    ErrorBanner *banner() const { return m_banner; }
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void reloaded();

private:
    shared::ProjectsApi m_projects;
    QString m_project;
    ErrorBanner *m_banner;
    TokensPanel *m_panel;
};

} // namespace adp::app
