#include "ProjectGeneralPanel.h"

#include "members/AddMemberDialog.h"
#include "projects/ProjectDialog.h"
#include "projects/ProjectsModel.h"
#include "widgets/ApiErrorText.h"
#include "widgets/ErrorBanner.h"
#include "widgets/Tables.h"

#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace adp::app {

ProjectGeneralPanel::ProjectGeneralPanel(shared::ApiClient &api, const shared::Project &project, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
{
    m_banner = new ErrorBanner(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editProject"));
    m_delete = new QPushButton(tr("Delete project…"), this);
    m_delete->setObjectName(QStringLiteral("deleteProject"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(m_form);
    layout->addStretch();
    layout->addLayout(buttons);

    m_confirm = [](QWidget *owner, const QString &question) {
        return QMessageBox::question(owner, tr("Delete project"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    m_openEditor = [this](QWidget *owner, const shared::Project &existing) {
        ProjectDialog dialog(m_api, existing, owner);
        const bool saved = dialog.exec() == QDialog::Accepted;
        if (saved)
            Q_EMIT changed(dialog.saved());
        return saved;
    };
    connect(m_edit, &QPushButton::clicked, this, &ProjectGeneralPanel::edit);
    connect(m_delete, &QPushButton::clicked, this, &ProjectGeneralPanel::deleteProject);
    showProject(project);
}

void ProjectGeneralPanel::showProject(const shared::Project &project)
{
    m_project = project;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const auto value = [this](const QString &text) {
        auto *label = new QLabel(text, this);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_form->addRow(tr("Name:"), value(project.name));
    m_form->addRow(tr("Slug:"), value(project.slug));
    m_form->addRow(tr("Description:"), value(project.description.isEmpty() ? tr("none") : project.description));
    m_form->addRow(tr("Organisation:"), value(project.organisation));
    m_form->addRow(tr("Repository:"), value(project.repositoryUrl.isEmpty() ? tr("none yet") : project.repositoryUrl));
    m_form->addRow(tr("Default branch:"), value(project.defaultBranch));
    m_form->addRow(tr("CI definition:"), value(project.ciConfigPath));
    m_form->addRow(tr("Visibility:"), value(ProjectsModel::visibilityLabel(project.visibility)));
    m_form->addRow(tr("Your role:"), value(roleLabel(shared::projectRoleToString(project.myRole))));
    m_form->addRow(tr("Created:"), value(tr("%1 by %2").arg(shortTime(project.createdAt), project.createdBy)));
    const bool maintainer = project.myRole >= shared::ProjectRole::Maintainer;
    const QString why = maintainer ? QString() : tr("Only the project's maintainers may change or delete it");
    for (QPushButton *action : {m_edit, m_delete}) {
        action->setEnabled(maintainer);
        action->setToolTip(why);
    }
}

void ProjectGeneralPanel::edit()
{
    m_banner->hide();
    m_openEditor(this, m_project);
}

void ProjectGeneralPanel::deleteProject()
{
    if (!m_confirm(this, tr("Delete the project \"%1\" (%2) with its pipelines, environments and settings? "
                            "This cannot be undone.")
                             .arg(m_project.name, m_project.slug)))
        return;
    m_banner->hide();
    m_api.remove(QString::number(m_project.id), this, [this](const shared::ApiResult<shared::Done> &result) {
        if (!result.ok()) {
            m_banner->showMessage(ApiErrorText::forAction(tr("Deleting %1").arg(m_project.name), result.error()));
            return;
        }
        Q_EMIT deleted();
    });
}

} // namespace adp::app
