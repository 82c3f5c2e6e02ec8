#pragma once

#include "shared/client/ProjectsApi.h"

#include <QWidget>
#include <functional>

class QFormLayout;
class QLabel;
class QPushButton;

namespace adp::app {

class ErrorBanner;

// A project's general settings: what it is called, where its code is and who may see it;
// maintainers edit them (the project dialog) or delete the project after a confirmation.
class ProjectGeneralPanel : public QWidget
{
    Q_OBJECT

public:
    using Confirm = std::function<bool(QWidget *parent, const QString &question)>;
    using OpenEditor = std::function<bool(QWidget *parent, const shared::Project &existing)>;

    ProjectGeneralPanel(shared::ApiClient &api, const shared::Project &project, QWidget *parent = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setOpenEditor(OpenEditor editor) { m_openEditor = std::move(editor); }
    void showProject(const shared::Project &project);
    void edit();
    void deleteProject();
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }

Q_SIGNALS:
    void changed(const adp::shared::Project &project);
    void deleted();

private:
    shared::ProjectsApi m_api;
    shared::Project m_project;
    ErrorBanner *m_banner;
    QFormLayout *m_form;
    QPushButton *m_edit;
    QPushButton *m_delete;
    Confirm m_confirm;
    OpenEditor m_openEditor;
};

} // namespace adp::app
