#include "ProjectsView.h"

#include "ProjectDialog.h"
#include "ProjectsModel.h"
#include "widgets/ApiErrorText.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"
#include "widgets/Icons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace adp::app {

ProjectsView::ProjectsView(shared::ApiClient &api, shared::EventsClient *events, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
{
    m_model = new ProjectsModel(m_api, this);
    m_banner = new ErrorBanner(this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("projectSearch"));
    m_search->setPlaceholderText(tr("Search projects by name, slug or description"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search projects"));
    auto *create = new QPushButton(icons::named(QStringLiteral("add")), tr("New project"), this);
    create->setObjectName(QStringLiteral("newProject"));
    m_open = new QPushButton(icons::named(QStringLiteral("open")), tr("Open"), this);
    m_open->setObjectName(QStringLiteral("openProject"));
    m_edit = new QPushButton(tr("Edit"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    auto *refresh = new QPushButton(icons::named(QStringLiteral("refresh")), tr("Refresh"), this);
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
    m_table->setAccessibleName(tr("Projects"));
    m_emptyState =
        new EmptyState(m_table, tr("No projects yet"),
                       tr("A project runs the .gitlab-ci.yml of a git repository. Make the first one."), this);
    connect(m_emptyState->setAction(tr("New project…")), &QPushButton::clicked, this, &ProjectsView::createProject);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(m_busy);
    toolbar->addWidget(refresh);
    toolbar->addWidget(create);
    toolbar->addWidget(m_open);
    toolbar->addWidget(m_edit);
    toolbar->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(toolbar);
    layout->addWidget(m_emptyState, 1);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this]() {
        m_search->setFocus();
        m_search->selectAll();
    });

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
    connect(m_open, &QPushButton::clicked, this, &ProjectsView::openSelected);
    connect(m_delete, &QPushButton::clicked, this, &ProjectsView::deleteSelected);
    connect(refresh, &QPushButton::clicked, m_model, &ProjectsModel::reload);
    connect(m_table, &QTableView::activated, this, &ProjectsView::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProjectsView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProjectsView::updateActions);
    // Empty only once the server said so, and then with what to do next.
    const auto showEmpty = [this]() {
        const bool empty = m_model->rowCount() == 0 && m_model->isComplete();
        m_emptyState->setHint(m_search->text().isEmpty()
                                  ? tr("A project runs the .gitlab-ci.yml of a git repository. Make the first one.")
                                  : tr("No project matches \"%1\".").arg(m_search->text()));
        m_emptyState->setEmpty(empty);
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, showEmpty);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, showEmpty);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, showEmpty);
    connect(m_model, &ProjectsModel::loadingChanged, this, showEmpty);
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
    for (QPushButton *action : {m_open, m_edit, m_delete}) {
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

void ProjectsView::openSelected()
{
    if (const auto project = selectedProject())
        Q_EMIT openRequested(project->slug);
}

void ProjectsView::reload()
{
    m_model->reload();
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
