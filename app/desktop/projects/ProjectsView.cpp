#include "ProjectsView.h"

#include "ProjectDialog.h"
#include "ProjectsModel.h"
#include "environments/EnvironmentsView.h"
#include "members/ProjectMembersDialog.h"
#include "notifications/NotificationRulesDialog.h"
#include "pipelines/PipelinesView.h"
#include "repository/RepositoryPanel.h"
#include "schedules/SchedulesPanel.h"
#include "tokens/ProjectTokensDialog.h"
#include "variables/VariablesPanel.h"
#include "widgets/ApiErrorText.h"
#include "widgets/ErrorBanner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace adp::app {

ProjectsView::ProjectsView(shared::ApiClient &api, shared::EventsClient *events, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_events(events)
{
    m_model = new ProjectsModel(m_api, this);
    m_banner = new ErrorBanner(this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("projectSearch"));
    m_search->setPlaceholderText(tr("Search projects by name, slug or description"));
    m_search->setClearButtonEnabled(true);
    auto *create = new QPushButton(tr("New project"), this);
    create->setObjectName(QStringLiteral("newProject"));
    m_edit = new QPushButton(tr("Edit"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    m_members = new QPushButton(tr("Members…"), this);
    m_tokens = new QPushButton(tr("Tokens…"), this);
    m_pipelines = new QPushButton(tr("Pipelines…"), this);
    m_environments = new QPushButton(tr("Environments…"), this);
    m_variables = new QPushButton(tr("Variables…"), this);
    m_repository = new QPushButton(tr("Repository…"), this);
    m_schedules = new QPushButton(tr("Schedules…"), this);
    m_notifications = new QPushButton(tr("Notifications…"), this);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setMaximumWidth(80);
    m_busy->setTextVisible(false);
    m_busy->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("projectsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(ProjectsModel::Name, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(ProjectsModel::Name, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(m_busy);
    toolbar->addWidget(refresh);
    toolbar->addWidget(create);
    toolbar->addWidget(m_edit);
    toolbar->addWidget(m_delete);
    // The chosen project's areas, on a row of their own so the search keeps its room.
    auto *areas = new QHBoxLayout;
    for (QPushButton *area :
         {m_pipelines, m_environments, m_members, m_tokens, m_variables, m_repository, m_schedules, m_notifications})
        areas->addWidget(area);
    areas->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(toolbar);
    layout->addLayout(areas);
    layout->addWidget(m_table, 1);

    m_confirm = [](QWidget *owner, const QString &question) {
        return QMessageBox::question(owner, tr("Delete project"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    m_openEditor = [this](QWidget *owner, std::optional<shared::Project> existing) {
        ProjectDialog dialog(m_api, std::move(existing), owner);
        return dialog.exec() == QDialog::Accepted;
    };

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(250);
    connect(m_search, &QLineEdit::textChanged, &m_searchDebounce, qOverload<>(&QTimer::start));
    connect(&m_searchDebounce, &QTimer::timeout, this, [this]() { m_model->setSearch(m_search->text()); });
    connect(create, &QPushButton::clicked, this, &ProjectsView::createProject);
    connect(m_edit, &QPushButton::clicked, this, &ProjectsView::editSelected);
    connect(m_members, &QPushButton::clicked, this, &ProjectsView::openMembersOfSelected);
    connect(m_tokens, &QPushButton::clicked, this, &ProjectsView::openTokensOfSelected);
    connect(m_pipelines, &QPushButton::clicked, this, &ProjectsView::openPipelinesOfSelected);
    connect(m_environments, &QPushButton::clicked, this, &ProjectsView::openEnvironmentsOfSelected);
    connect(m_variables, &QPushButton::clicked, this, &ProjectsView::openVariablesOfSelected);
    connect(m_repository, &QPushButton::clicked, this, &ProjectsView::openRepositoryOfSelected);
    connect(m_schedules, &QPushButton::clicked, this, &ProjectsView::openSchedulesOfSelected);
    connect(m_notifications, &QPushButton::clicked, this, &ProjectsView::openNotificationsOfSelected);
    connect(m_delete, &QPushButton::clicked, this, &ProjectsView::deleteSelected);
    connect(refresh, &QPushButton::clicked, m_model, &ProjectsModel::reload);
    connect(m_table, &QTableView::doubleClicked, this, &ProjectsView::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProjectsView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProjectsView::updateActions);
    connect(m_model, &ProjectsModel::loadingChanged, this, [this](bool loading) {
        m_busy->setVisible(loading);
        Q_EMIT busyChanged(loading);
    });
    connect(m_model, &ProjectsModel::loadFailed, this, [this](const shared::ApiError &error) {
        m_banner->showMessage(ApiErrorText::forAction(tr("Loading projects"), error));
    });
    if (events) {
        connect(events, &shared::EventsClient::eventReceived, this,
                [this](const QString &topic, const QString &type, const QJsonObject &data) {
                    if (topic == u"projects")
                        m_model->applyEvent(type, data);
                });
        connect(events, &shared::EventsClient::resyncNeeded, m_model, &ProjectsModel::reload);
    }
    updateActions();
    m_model->reload();
}

ProjectsView::~ProjectsView() = default;

std::optional<shared::Project> ProjectsView::selectedProject() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->projectAt(rows.first().row());
}

void ProjectsView::updateActions()
{
    const bool selected = selectedProject().has_value();
    const QString why = tr("Select a project first");
    for (QPushButton *action : {m_edit, m_delete, m_members, m_tokens, m_pipelines, m_environments, m_variables,
                                m_repository, m_notifications}) {
        action->setEnabled(selected);
        action->setToolTip(selected ? QString() : why);
    }
}

void ProjectsView::createProject()
{
    m_banner->hide();
    m_openEditor(this, std::nullopt);
    // The new row arrives through the live event; no reload needed.
}

void ProjectsView::editSelected()
{
    if (const auto project = selectedProject()) {
        m_banner->hide();
        m_openEditor(this, project);
    }
}

void ProjectsView::openMembersOfSelected()
{
    if (const auto project = selectedProject()) {
        ProjectMembersDialog dialog(m_api.client(), project->slug, this);
        dialog.exec();
    }
}

void ProjectsView::openPipelinesOfSelected()
{
    if (const auto selected = selectedProject())
        openPipelines(selected->slug);
}

void ProjectsView::openPipelines(const QString &slug, qint64 pipelineId, qint64 jobId)
{
    // The project alone says the caller's role, which decides what the window offers.
    m_api.get(slug, this, [this, pipelineId, jobId](const shared::ApiResult<shared::Project> &result) {
        if (!result.ok()) {
            m_banner->showMessage(ApiErrorText::forAction(tr("Opening the pipelines"), result.error()));
            return;
        }
        auto *window = new PipelinesView(m_api.client(), m_events, result.value());
        window->setNotifier(m_notifier);
        if (pipelineId > 0)
            window->selectPipeline(pipelineId, jobId);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setWindowTitle(tr("Pipelines of %1").arg(result.value().name));
        window->resize(1100, 760);
        window->show();
        Q_EMIT pipelinesOpened(window);
    });
}

void ProjectsView::openEnvironmentsOfSelected()
{
    if (const auto selected = selectedProject())
        openEnvironments(selected->slug);
}

void ProjectsView::openEnvironments(const QString &slug, qint64 iid)
{
    m_api.get(slug, this, [this, iid](const shared::ApiResult<shared::Project> &result) {
        if (!result.ok()) {
            m_banner->showMessage(ApiErrorText::forAction(tr("Opening the environments"), result.error()));
            return;
        }
        auto *window = new EnvironmentsView(m_api.client(), m_events, result.value());
        if (iid > 0)
            window->showDeployment(iid);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setWindowTitle(tr("Environments of %1").arg(result.value().name));
        window->resize(1100, 760);
        window->show();
        Q_EMIT environmentsOpened(window);
    });
}

void ProjectsView::openVariablesOfSelected()
{
    const auto project = selectedProject();
    if (!project)
        return;
    auto *window = new VariablesPanel(m_api.client(), project->slug);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tr("Variables of %1").arg(project->name));
    window->resize(900, 520);
    window->show();
    Q_EMIT variablesOpened(window);
}

void ProjectsView::openRepositoryOfSelected()
{
    const auto project = selectedProject();
    if (!project)
        return;
    auto *window = new RepositoryPanel(m_api.client(), project->slug);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tr("Repository of %1").arg(project->name));
    window->resize(760, 620);
    window->show();
    Q_EMIT repositoryOpened(window);
}

void ProjectsView::openSchedulesOfSelected()
{
    const auto project = selectedProject();
    if (!project)
        return;
    auto *window = new SchedulesPanel(m_api.client(), project->slug);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tr("Schedules of %1").arg(project->name));
    window->resize(900, 480);
    window->show();
    Q_EMIT schedulesOpened(window);
}

void ProjectsView::openNotificationsOfSelected()
{
    if (const auto project = selectedProject()) {
        NotificationRulesDialog dialog(m_api.client(), project->slug, this);
        dialog.exec();
    }
}

void ProjectsView::openTokensOfSelected()
{
    if (const auto project = selectedProject()) {
        ProjectTokensDialog dialog(m_api.client(), project->slug, this);
        dialog.exec();
    }
}

void ProjectsView::deleteSelected()
{
    const auto project = selectedProject();
    if (!project)
        return;
    if (!m_confirm(this,
                   tr("Delete the project \"%1\" (%2)? This cannot be undone.").arg(project->name, project->slug)))
        return;
    m_banner->hide();
    m_busy->show();
    m_api.remove(QString::number(project->id), this, [this, project](const shared::ApiResult<shared::Done> &result) {
        m_busy->hide();
        if (!result.ok()) {
            m_banner->showMessage(ApiErrorText::forAction(tr("Deleting %1").arg(project->name), result.error()));
            return;
        }
        m_model->applyEvent(QStringLiteral("project.deleted"), {{QStringLiteral("id"), project->id}});
    });
}

} // namespace adp::app
