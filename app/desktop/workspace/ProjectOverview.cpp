#include "ProjectOverview.h"

#include "members/AddMemberDialog.h"
#include "pipelines/PipelinesModel.h"
#include "projects/ProjectsModel.h"
#include "widgets/ApiErrorText.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"
#include "widgets/StatusStyle.h"
#include "widgets/Tables.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

namespace adp::app {

namespace {

constexpr int kBranchesRead = 100; // the newest pipelines, of which each branch's first is kept

QTableWidgetItem *statusCell(const QString &status)
{
    auto *item = new QTableWidgetItem(status::icon(status), PipelinesModel::statusLabel(status));
    item->setForeground(status::colour(status));
    return item;
}

QGroupBox *section(const QString &title, QWidget *body, QWidget *parent, QWidget *action = nullptr)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(body, 1);
    if (action) {
        auto *row = new QHBoxLayout;
        row->addStretch();
        row->addWidget(action);
        layout->addLayout(row);
    }
    return box;
}

} // namespace

ProjectOverview::ProjectOverview(shared::ApiClient &api, shared::EventsClient *events, const shared::Project &project,
                                 QWidget *parent)
    : QWidget(parent)
    , m_pipelines(api)
    , m_deployments(api)
    , m_membersApi(api)
    , m_project(project)
{
    m_banner = new ErrorBanner(this);
    auto *about = new QLabel(this);
    about->setWordWrap(true);
    about->setTextFormat(Qt::PlainText);
    about->setText(project.description.isEmpty() ? tr("No description.") : project.description);

    m_branches =
        makeRowTable(this, {tr("Branch"), tr("Status"), tr("Pipeline"), tr("Commit"), tr("Started by"), tr("Created")});
    m_branches->setObjectName(QStringLiteral("overviewBranches"));
    m_branches->setAccessibleName(tr("Latest pipeline per branch"));
    fitColumns(m_branches, 3, 5);
    m_branchesState = new EmptyState(m_branches, tr("No pipelines yet"),
                                     tr("Run the project's .gitlab-ci.yml on a branch to see it here."), this);
    connect(m_branchesState->setAction(tr("Run pipeline…")), &QPushButton::clicked, this,
            &ProjectOverview::runRequested);
    m_environments =
        makeRowTable(this, {tr("Environment"), tr("Tier"), tr("Runs now"), tr("Latest deployment"), tr("Updated")});
    m_environments->setObjectName(QStringLiteral("overviewEnvironments"));
    m_environments->setAccessibleName(tr("Environments"));
    fitColumns(m_environments, 2, 4);
    m_environmentsState =
        new EmptyState(m_environments, tr("No environments yet"),
                       tr("A job with \"environment:\" in .gitlab-ci.yml makes one when it deploys."), this);
    m_members = new QLabel(this);
    m_members->setObjectName(QStringLiteral("overviewMembers"));
    m_members->setWordWrap(true);
    m_repository = new QLabel(this);
    m_repository->setWordWrap(true);
    m_repository->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_repository->setText(tr("Repository: %1\nDefault branch: %2\nDefinition: %3\nVisibility: %4")
                              .arg(project.repositoryUrl.isEmpty() ? tr("none yet") : project.repositoryUrl,
                                   project.defaultBranch, project.ciConfigPath,
                                   ProjectsModel::visibilityLabel(project.visibility)));
    auto *manageMembers = new QPushButton(tr("Members…"), this);
    auto *repositorySettings = new QPushButton(tr("Repository settings…"), this);
    auto *allPipelines = new QPushButton(tr("All pipelines"), this);
    auto *allEnvironments = new QPushButton(tr("All environments"), this);

    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    grid->addWidget(about, 0, 0, 1, 2);
    grid->addWidget(section(tr("Latest pipeline per branch"), m_branchesState, content, allPipelines), 1, 0, 1, 2);
    grid->addWidget(section(tr("Environments"), m_environmentsState, content, allEnvironments), 2, 0, 1, 2);
    grid->addWidget(section(tr("Members"), m_members, content, manageMembers), 3, 0);
    grid->addWidget(section(tr("Repository"), m_repository, content, repositorySettings), 3, 1);
    grid->setRowStretch(4, 1); // what is left stays below, not inside the lists
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);

    const QString slug = project.slug;
    connect(m_branches, &QTableWidget::cellActivated, this, [this, slug](int row) {
        const qint64 id = m_branches->item(row, 0)->data(Qt::UserRole).toLongLong();
        Q_EMIT openRequested(Location::inProject(slug, Location::Page::Pipelines, id));
    });
    connect(m_environments, &QTableWidget::cellActivated, this, [this, slug](int row) {
        const qint64 iid = m_environments->item(row, 0)->data(Qt::UserRole).toLongLong();
        Q_EMIT openRequested(Location::inProject(slug, Location::Page::Environments, iid));
    });
    connect(allPipelines, &QPushButton::clicked, this,
            [this, slug]() { Q_EMIT openRequested(Location::inProject(slug, Location::Page::Pipelines)); });
    connect(allEnvironments, &QPushButton::clicked, this,
            [this, slug]() { Q_EMIT openRequested(Location::inProject(slug, Location::Page::Environments)); });
    connect(manageMembers, &QPushButton::clicked, this,
            [this, slug]() { Q_EMIT openRequested(Location::settings(slug, QStringLiteral("members"))); });
    connect(repositorySettings, &QPushButton::clicked, this,
            [this, slug]() { Q_EMIT openRequested(Location::settings(slug, QStringLiteral("repository"))); });

    // Live: a pipeline of this project changed; a burst of job updates reloads once.
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(400);
    connect(&m_reloadSoon, &QTimer::timeout, this, [this]() {
        loadBranches();
        loadEnvironments();
    });
    if (events) {
        connect(events, &shared::EventsClient::eventReceived, this,
                [this](const QString &topic, const QString &type, const QJsonObject &data) {
                    if (topic == u"pipelines" && type == u"pipeline.updated" &&
                        data.value(QStringLiteral("project_id")).toInteger() == m_project.id)
                        m_reloadSoon.start();
                });
        connect(events, &shared::EventsClient::resyncNeeded, this, &ProjectOverview::reload);
    }
    reload();
}

void ProjectOverview::reload()
{
    m_banner->hide();
    m_waiting = 3;
    loadBranches();
    loadEnvironments();
    loadMembers();
}

void ProjectOverview::answered()
{
    if (m_waiting > 0 && --m_waiting == 0)
        Q_EMIT loaded();
}

void ProjectOverview::loadBranches()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(kBranchesRead));
    m_pipelines.list(m_project.slug, query, this, [this](const shared::ApiResult<shared::PipelinePage> &result) {
        if (!result.ok()) {
            m_banner->showMessage(ApiErrorText::forAction(tr("Loading the pipelines"), result.error()));
            return answered();
        }
        m_branches->setRowCount(0);
        QSet<QString> seen;
        for (const shared::Pipeline &pipeline : result.value().items) {
            if (seen.contains(pipeline.ref) || pipeline.parentPipelineId > 0)
                continue;
            seen.insert(pipeline.ref);
            const int row = m_branches->rowCount();
            m_branches->insertRow(row);
            auto *ref = new QTableWidgetItem(pipeline.ref);
            ref->setData(Qt::UserRole, pipeline.id);
            m_branches->setItem(row, 0, ref);
            m_branches->setItem(row, 1, statusCell(pipeline.status));
            m_branches->setItem(row, 2, new QTableWidgetItem(QStringLiteral("#%1").arg(pipeline.id)));
            m_branches->setItem(
                row, 3,
                new QTableWidgetItem(pipeline.sha.left(8) + u' ' + pipeline.commitMessage.section(u'\n', 0, 0)));
            m_branches->setItem(row, 4, new QTableWidgetItem(pipeline.triggeredBy));
            m_branches->setItem(row, 5, new QTableWidgetItem(shortTime(pipeline.createdAt)));
        }
        m_branchesState->setEmpty(m_branches->rowCount() == 0);
        answered();
    });
}

void ProjectOverview::loadEnvironments()
{
    m_deployments.environments(
        m_project.slug, this, [this](const shared::ApiResult<QList<shared::Environment>> &result) {
            if (!result.ok()) {
                m_banner->showMessage(ApiErrorText::forAction(tr("Loading the environments"), result.error()));
                return answered();
            }
            m_environments->setRowCount(0);
            for (const shared::Environment &environment : result.value()) {
                const int row = m_environments->rowCount();
                m_environments->insertRow(row);
                auto *name = new QTableWidgetItem(environment.name);
                const auto &latest = environment.latestDeployment;
                name->setData(Qt::UserRole, latest ? latest->iid : 0);
                m_environments->setItem(row, 0, name);
                m_environments->setItem(row, 1, new QTableWidgetItem(environment.tier));
                const auto &live = environment.lastDeployment;
                m_environments->setItem(
                    row, 2,
                    new QTableWidgetItem(live ? QStringLiteral("%1 @ %2").arg(live->ref, live->sha.left(8))
                                              : tr("nothing deployed")));
                m_environments->setItem(row, 3, latest ? statusCell(latest->status) : new QTableWidgetItem(QString()));
                if (latest)
                    m_environments->item(row, 3)->setText(
                        QStringLiteral("#%1 %2").arg(latest->iid).arg(PipelinesModel::statusLabel(latest->status)));
                m_environments->setItem(row, 4, new QTableWidgetItem(shortTime(environment.updatedAt)));
            }
            m_environmentsState->setEmpty(m_environments->rowCount() == 0);
            answered();
        });
}

void ProjectOverview::loadMembers()
{
    m_membersApi.list(m_project.slug, this, [this](const shared::ApiResult<QList<shared::Member>> &result) {
        if (!result.ok()) {
            m_members->setText(ApiErrorText::forAction(tr("Loading the members"), result.error()));
            return answered();
        }
        QStringList names;
        for (const shared::Member &member : result.value()) {
            names.append(member.kind == shared::Member::Kind::Team
                             ? tr("team %1").arg(member.name)
                             : QStringLiteral("%1 (%2)").arg(member.name, roleLabel(member.role)));
        }
        constexpr int kShown = 8;
        QString text = tr("%n member(s)", nullptr, int(names.size()));
        if (!names.isEmpty())
            text += QStringLiteral(": ") + names.mid(0, kShown).join(QStringLiteral(", "));
        if (names.size() > kShown)
            text += tr(" and %n more", nullptr, int(names.size() - kShown));
        m_members->setText(text);
        answered();
    });
}

} // namespace adp::app
