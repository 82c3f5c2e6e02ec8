#include "HomeView.h"

#include "pipelines/PipelinesModel.h"
#include "shell/WindowState.h"
#include "widgets/ApiErrorText.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"
#include "widgets/StatusStyle.h"
#include "widgets/Tables.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace adp::app {

namespace {

// Where a row goes, kept on its first column.
constexpr int kLocationRole = Qt::UserRole;
constexpr int kSinceRole = Qt::UserRole + 1; // the running job's start (or queueing) time
constexpr int kRecentCount = 15;
constexpr int kFailedCount = 10;

QTreeWidget *makeList(QWidget *parent, const QStringList &headers, const QString &name)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionBehavior(QAbstractItemView::SelectRows);
    list->header()->setStretchLastSection(true);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return list;
}

QVariant locationValue(const Location &location)
{
    return QVariant::fromValue(location.toLink(QStringLiteral("here")).toString());
}

QString duration(qint64 seconds)
{
    if (seconds < 60)
        return HomeView::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return HomeView::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return HomeView::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QGroupBox *section(const QString &title, QWidget *body, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(body);
    return box;
}

} // namespace

HomeView::HomeView(shared::ApiClient &api, shared::EventsClient *events, QWidget *parent)
    : QWidget(parent)
    , m_pipelines(api)
    , m_deployments(api)
{
    setObjectName(QStringLiteral("home"));
    m_banner = new ErrorBanner(this);
    m_needs = makeList(this, {tr("What"), tr("Project"), tr("Details"), tr("When")}, QStringLiteral("needsMe"));
    m_needs->setAccessibleName(tr("Needs you"));
    m_needsState = new EmptyState(m_needs, tr("Nothing needs you"),
                                  tr("Deployments waiting for your approval and pipelines you started that failed "
                                     "show up here."),
                                  this);
    m_running = makeList(this, {tr("Job"), tr("Project"), tr("Pipeline"), tr("Stage"), tr("Ref"), tr("Duration")},
                         QStringLiteral("runningNow"));
    m_running->setAccessibleName(tr("Running now"));
    m_runningState = new EmptyState(m_running, tr("Nothing runs right now"),
                                    tr("Run a pipeline in one of your projects and follow it here."), this);
    connect(m_runningState->setAction(tr("Browse projects")), &QPushButton::clicked, this,
            &HomeView::browseProjectsRequested);
    m_recent = makeList(this, {tr("Pipeline"), tr("Project"), tr("Ref"), tr("Started by"), tr("When")},
                        QStringLiteral("recentActivity"));
    m_recent->setAccessibleName(tr("Recent activity"));
    m_recentState = new EmptyState(m_recent, tr("No activity yet"),
                                   tr("Pipelines of every project you can see appear here as they run."), this);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->setObjectName(QStringLiteral("homeTop"));
    top->addWidget(section(tr("Needs you"), m_needsState, top));
    top->addWidget(section(tr("Running now"), m_runningState, top));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("homeSplit"));
    split->addWidget(top);
    split->addWidget(section(tr("Recent activity"), m_recentState, split));
    windowState::remember(top, QStringLiteral("homeTop"));
    windowState::remember(split, QStringLiteral("home"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);

    for (QTreeWidget *list : {m_needs, m_running, m_recent})
        connect(list, &QTreeWidget::itemActivated, this, &HomeView::open);

    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(500);
    connect(&m_reloadSoon, &QTimer::timeout, this, [this]() {
        loadNeeds();
        loadRunning();
        loadRecent();
    });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &HomeView::tickDurations);
    m_tick.start();
    if (events) {
        connect(events, &shared::EventsClient::eventReceived, this,
                [this](const QString &topic, const QString &, const QJsonObject &) {
                    if (topic == u"pipelines" && !m_reloadSoon.isActive())
                        m_reloadSoon.start();
                });
        connect(events, &shared::EventsClient::resyncNeeded, this, &HomeView::reload);
    }
    reload();
}

void HomeView::reload()
{
    m_banner->hide();
    m_waiting = 3;
    loadNeeds();
    loadRunning();
    loadRecent();
}

void HomeView::answered()
{
    if (m_waiting > 0 && --m_waiting == 0)
        Q_EMIT loaded();
}

void HomeView::open(QTreeWidgetItem *item)
{
    if (const auto location = Location::fromLink(QUrl(item->data(0, kLocationRole).toString())))
        Q_EMIT openRequested(*location);
}

void HomeView::loadNeeds()
{
    // Two questions, one list: both answers are in before it is drawn, so rows never jump.
    auto rows = std::make_shared<QList<QTreeWidgetItem *>>();
    auto pending = std::make_shared<int>(2);
    auto failedRows = std::make_shared<QList<QTreeWidgetItem *>>();
    const auto finish = [this, rows, failedRows, pending]() {
        if (--*pending > 0)
            return;
        m_needs->clear();
        m_needs->addTopLevelItems(*rows + *failedRows);
        m_needsState->setEmpty(m_needs->topLevelItemCount() == 0);
        answered();
    };
    m_deployments.waitingForMe(this, [this, rows, finish](const shared::ApiResult<QList<shared::Deployment>> &result) {
        if (!result.ok())
            m_banner->showMessage(ApiErrorText::forAction(tr("Loading the approvals"), result.error()));
        for (const shared::Deployment &deployment : result.ok() ? result.value() : QList<shared::Deployment>{}) {
            auto *item = new QTreeWidgetItem(
                {tr("Approve deployment #%1 to %2").arg(deployment.iid).arg(deployment.environment), deployment.project,
                 tr("%1 @ %2 by %3").arg(deployment.ref, deployment.sha.left(8), deployment.triggeredBy),
                 shortTime(deployment.createdAt)});
            item->setIcon(0, status::icon(QStringLiteral("manual")));
            item->setData(
                0, kLocationRole,
                locationValue(Location::inProject(deployment.project, Location::Page::Environments, deployment.iid)));
            rows->append(item);
        }
        finish();
    });
    QUrlQuery failed;
    failed.addQueryItem(QStringLiteral("status"), QStringLiteral("failed"));
    failed.addQueryItem(QStringLiteral("mine"), QStringLiteral("true"));
    failed.addQueryItem(QStringLiteral("limit"), QString::number(kFailedCount));
    m_pipelines.listAcross(
        failed, this, [this, failedRows, finish](const shared::ApiResult<shared::PipelinePage> &result) {
            if (!result.ok())
                m_banner->showMessage(ApiErrorText::forAction(tr("Loading your pipelines"), result.error()));
            for (const shared::Pipeline &pipeline : result.ok() ? result.value().items : QList<shared::Pipeline>{}) {
                auto *item = new QTreeWidgetItem(
                    {tr("Pipeline #%1 failed").arg(pipeline.id), pipeline.project,
                     tr("%1: %2").arg(pipeline.ref, pipeline.commitMessage.section(u'\n', 0, 0)),
                     shortTime(pipeline.finishedAt.isValid() ? pipeline.finishedAt : pipeline.createdAt)});
                item->setIcon(0, status::icon(pipeline.status));
                item->setData(
                    0, kLocationRole,
                    locationValue(Location::inProject(pipeline.project, Location::Page::Pipelines, pipeline.id)));
                failedRows->append(item);
            }
            finish();
        });
}

void HomeView::loadRunning()
{
    m_pipelines.jobsAcross({}, this, [this](const shared::ApiResult<QList<shared::ActiveJob>> &result) {
        if (!result.ok()) {
            m_banner->showMessage(ApiErrorText::forAction(tr("Loading the running jobs"), result.error()));
            return answered();
        }
        m_running->clear();
        for (const shared::ActiveJob &active : result.value()) {
            auto *item =
                new QTreeWidgetItem({active.job.name, active.project, QStringLiteral("#%1").arg(active.pipelineId),
                                     active.job.stage, active.ref, QString()});
            item->setIcon(0, status::icon(active.job.status));
            item->setToolTip(0, PipelinesModel::statusLabel(active.job.status));
            item->setData(0, kLocationRole,
                          locationValue(Location::inProject(active.project, Location::Page::Pipelines,
                                                            active.pipelineId, active.job.id)));
            const QDateTime since = active.job.startedAt.isValid() ? active.job.startedAt : active.job.createdAt;
            item->setData(0, kSinceRole, since);
            item->setData(1, kSinceRole, active.job.status);
            m_running->addTopLevelItem(item);
        }
        tickDurations();
        m_runningState->setEmpty(m_running->topLevelItemCount() == 0);
        answered();
    });
}

void HomeView::tickDurations()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < m_running->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_running->topLevelItem(row);
        const qint64 seconds = std::max<qint64>(0, item->data(0, kSinceRole).toDateTime().secsTo(now));
        const bool running = item->data(1, kSinceRole).toString() == u"running";
        item->setText(5, running ? duration(seconds) : tr("queued %1").arg(duration(seconds)));
    }
}

void HomeView::loadRecent()
{
    QUrlQuery recent;
    recent.addQueryItem(QStringLiteral("limit"), QString::number(kRecentCount));
    m_pipelines.listAcross(recent, this, [this](const shared::ApiResult<shared::PipelinePage> &result) {
        if (!result.ok()) {
            m_banner->showMessage(ApiErrorText::forAction(tr("Loading the recent activity"), result.error()));
            return answered();
        }
        m_recent->clear();
        for (const shared::Pipeline &pipeline : result.value().items) {
            auto *item = new QTreeWidgetItem(
                {tr("#%1 %2").arg(pipeline.id).arg(PipelinesModel::statusLabel(pipeline.status)), pipeline.project,
                 pipeline.ref, pipeline.triggeredBy, shortTime(pipeline.createdAt)});
            item->setIcon(0, status::icon(pipeline.status));
            item->setData(0, kLocationRole,
                          locationValue(Location::inProject(pipeline.project, Location::Page::Pipelines, pipeline.id)));
            m_recent->addTopLevelItem(item);
        }
        m_recentState->setEmpty(m_recent->topLevelItemCount() == 0);
        answered();
    });
}

} // namespace adp::app
