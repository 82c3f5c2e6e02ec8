#include "PipelinesView.h"

#include "PipelineGraph.h"
#include "PipelineNotifier.h"
#include "RunPipelineDialog.h"
#include "ai/AssistantPanel.h"
#include "ai/ChangeReviewDialog.h"
#include "logs/JobLogFollower.h"
#include "logs/LogViewer.h"
#include "shared/pipeline/JobStates.h"
#include "shell/WindowState.h"
#include "widgets/ApiErrorText.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"
#include "widgets/StatusStyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace adp::app {

namespace {

const QStringList kSources = {QStringLiteral("push"),
                              QStringLiteral("web"),
                              QStringLiteral("api"),
                              QStringLiteral("schedule"),
                              QStringLiteral("merge_request_event"),
                              QStringLiteral("parent_pipeline")};

bool isActive(const QString &status)
{
    return !status.isEmpty() && !pipeline::JobStates::isFinished(status);
}

} // namespace

PipelinesView::PipelinesView(shared::ApiClient &api, shared::EventsClient *events, const shared::Project &project,
                             QWidget *parent)
    : QWidget(parent)
    , m_client(api)
    , m_api(api)
    , m_project(project)
    , m_role(project.myRole)
{
    m_model = new PipelinesModel(m_api, this);
    m_status = new QComboBox(this);
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &status : shared::pipelineStatuses())
        m_status->addItem(PipelinesModel::statusLabel(status), status);
    m_ref = new QLineEdit(this);
    m_ref->setAccessibleName(tr("Branch or tag"));
    m_ref->setPlaceholderText(tr("Branch or tag"));
    m_ref->setClearButtonEnabled(true);
    m_source = new QComboBox(this);
    m_source->addItem(tr("All sources"), QString());
    for (const QString &source : kSources)
        m_source->addItem(source, source);
    m_run = new QPushButton(tr("Run pipeline…"), this);
    m_review = new QPushButton(tr("Review a change…"), this);
    m_review->setObjectName(QStringLiteral("pipelinesReviewChange"));
    m_events = events;
    m_retry = new QPushButton(tr("Retry"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_watch = new QPushButton(tr("Watch"), this);
    m_watch->setCheckable(true);
    m_watch->setToolTip(tr("Get a desktop notification when the selected pipeline ends"));
    m_watch->hide(); // until there is a notifier
    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Pipelines"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_jobs = new QListWidget(this);
    m_jobs->setAccessibleName(tr("Jobs"));
    m_retryJob = new QPushButton(tr("Retry job"), this);
    m_playJob = new QPushButton(tr("Run manual job"), this);
    m_log = new LogViewer(this);
    m_follower = new JobLogFollower(m_api, events, m_log->document(), this);
    m_assistant = new AssistantPanel(api, events, this);
    m_banner = new ErrorBanner(this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Status"), this));
    filters->addWidget(m_status);
    filters->addWidget(new QLabel(tr("Ref"), this));
    filters->addWidget(m_ref, 1);
    filters->addWidget(new QLabel(tr("Source"), this));
    filters->addWidget(m_source);
    filters->addSpacing(12);
    filters->addWidget(m_run);
    filters->addWidget(m_review);
    filters->addWidget(m_retry);
    filters->addWidget(m_cancel);
    filters->addWidget(m_watch);
    m_graph = new PipelineGraph(this);
    m_graphArea = new QScrollArea(this);
    m_graphArea->setWidget(m_graph);
    m_graphArea->setWidgetResizable(true);
    auto *jobsPane = new QWidget(this);
    auto *jobsLayout = new QVBoxLayout(jobsPane);
    jobsLayout->setContentsMargins(0, 0, 0, 0);
    jobsLayout->addWidget(m_jobs, 1);
    auto *jobActions = new QHBoxLayout;
    jobActions->addWidget(m_retryJob);
    jobActions->addWidget(m_playJob);
    jobsLayout->addLayout(jobActions);
    auto *details = new QSplitter(Qt::Horizontal, this);
    details->addWidget(jobsPane);
    details->addWidget(m_log);
    details->addWidget(m_assistant);
    details->setStretchFactor(1, 3);
    details->setStretchFactor(2, 1);
    m_emptyState = new EmptyState(m_table, tr("No pipelines yet"),
                                  tr("Run the project's .gitlab-ci.yml on a branch, or push to its repository."), this);
    connect(m_emptyState->setAction(tr("Run pipeline…")), &QPushButton::clicked, this, &PipelinesView::runPipeline);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_emptyState);
    split->addWidget(m_graphArea);
    split->setSizes({220, 200, 400});
    split->addWidget(details);
    windowState::remember(split, QStringLiteral("pipelines"));
    windowState::remember(details, QStringLiteral("pipelineDetails"));
    // Empty only once the server said so; with filters set, it says that nothing matches them.
    const auto showEmpty = [this]() {
        const bool filtered = m_status->currentIndex() > 0 || m_source->currentIndex() > 0 || !m_ref->text().isEmpty();
        m_emptyState->titleLabel()->setText(filtered ? tr("No pipeline matches these filters")
                                                     : tr("No pipelines yet"));
        m_emptyState->setHint(filtered
                                  ? tr("Clear the filters to see every pipeline.")
                                  : tr("Run the project's .gitlab-ci.yml on a branch, or push to its repository."));
        m_emptyState->setEmpty(m_model->rowCount() == 0 && m_model->isComplete());
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, showEmpty);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, showEmpty);
    connect(m_model, &PipelinesModel::loadingChanged, this, showEmpty);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    m_refDebounce.setSingleShot(true);
    m_refDebounce.setInterval(300);
    connect(&m_refDebounce, &QTimer::timeout, this, &PipelinesView::applyFilters);
    connect(m_ref, &QLineEdit::textChanged, this, [this]() { m_refDebounce.start(); });
    connect(m_status, &QComboBox::currentIndexChanged, this, &PipelinesView::applyFilters);
    connect(m_source, &QComboBox::currentIndexChanged, this, &PipelinesView::applyFilters);
    connect(m_run, &QPushButton::clicked, this, &PipelinesView::runPipeline);
    connect(m_review, &QPushButton::clicked, this, &PipelinesView::openChangeReview);
    connect(m_retry, &QPushButton::clicked, this, &PipelinesView::retrySelected);
    connect(m_cancel, &QPushButton::clicked, this, &PipelinesView::cancelSelected);
    connect(m_watch, &QPushButton::toggled, this, [this](bool watching) {
        if (!m_notifier || !m_shown.id)
            return;
        if (watching)
            m_notifier->watch(m_shown.id, m_project.slug);
        else
            m_notifier->unwatch(m_shown.id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PipelinesView::showSelected);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PipelinesView::updateActions);
    connect(m_model, &PipelinesModel::loadFailed, this, [this](const shared::ApiError &error) {
        m_banner->showMessage(ApiErrorText::forAction(tr("Loading pipelines"), error));
    });
    connect(m_jobs, &QListWidget::currentRowChanged, this, &PipelinesView::showJobLog);
    connect(m_jobs, &QListWidget::currentRowChanged, this, &PipelinesView::updateActions);
    connect(m_retryJob, &QPushButton::clicked, this, [this]() {
        if (const qint64 job = selectedJobId())
            act(QStringLiteral("/api/v1/jobs/%1/retry").arg(job), tr("Retrying the job"));
    });
    connect(m_playJob, &QPushButton::clicked, this, [this]() {
        if (const qint64 job = selectedJobId())
            act(QStringLiteral("/api/v1/jobs/%1/play").arg(job), tr("Running the manual job"));
    });
    connect(m_graph, &PipelineGraph::jobClicked, this, [this](qint64 jobId) {
        for (int row = 0; row < m_jobs->count(); ++row) {
            if (m_jobs->item(row)->data(Qt::UserRole).toLongLong() == jobId)
                m_jobs->setCurrentRow(row); // the list shows it, and its log follows
        }
    });
    connect(m_follower, &JobLogFollower::finished, this, [this](const QString &status) {
        m_assistant->jobEnded(m_follower->jobId(), status);
        Q_EMIT jobLogComplete(m_follower->jobId(), status);
    });
    connect(m_assistant, &AssistantPanel::lineRequested, this, [this](qint64 line) {
        const int index = int(line - 1); // the analyzers count from 1, the document from 0
        m_log->view().scrollToLine(index);
        m_log->view().selectLines(index, index);
    });
    connect(m_follower, &JobLogFollower::failed, this, [this](const shared::ApiError &error) {
        m_banner->showMessage(ApiErrorText::forAction(tr("Reading the log"), error));
    });
    if (events) {
        connect(events, &shared::EventsClient::eventReceived, this,
                [this](const QString &topic, const QString &type, const QJsonObject &data) {
                    if (topic != u"pipelines")
                        return;
                    m_model->applyEvent(type, data);
                    if (type == u"job.updated" && data.value(QStringLiteral("pipeline_id")).toInteger() == m_shown.id)
                        reloadShown();
                });
        connect(events, &shared::EventsClient::resyncNeeded, m_model, &PipelinesModel::reload);
    }
    m_model->setProject(project.slug, project.id);
    updateActions();
}

PipelinesView::~PipelinesView() = default;

void PipelinesView::openChangeReview()
{
    auto *dialog = new ChangeReviewDialog(m_client, m_events, m_project.slug, m_project.defaultBranch, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void PipelinesView::reload()
{
    m_model->reload();
    if (m_shown.id > 0)
        reloadShown();
}

void PipelinesView::setRole(shared::ProjectRole role)
{
    m_role = role;
    updateActions();
}

qint64 PipelinesView::selectedJobId() const
{
    const int row = m_jobs->currentRow();
    return row >= 0 && row < m_jobs->count() ? m_jobs->item(row)->data(Qt::UserRole).toLongLong() : 0;
}

QString PipelinesView::selectedJobStatus() const
{
    const qint64 id = selectedJobId();
    for (const shared::PipelineJob &job : m_shown.jobs) {
        if (job.id == id)
            return job.status;
    }
    return {};
}

void PipelinesView::setNotifier(PipelineNotifier *notifier)
{
    m_notifier = notifier;
    m_watch->setVisible(notifier != nullptr);
    updateActions();
}

void PipelinesView::selectPipeline(qint64 id, qint64 jobId)
{
    m_wanted = id;
    m_api.get(id, this, [this, jobId](const shared::ApiResult<shared::Pipeline> &result) {
        if (!result.ok() || result.value().id != m_wanted) // not one chosen before it
            return;
        showPipeline(result.value());
        for (int row = 0; jobId > 0 && row < m_jobs->count(); ++row) {
            if (m_jobs->item(row)->data(Qt::UserRole).toLongLong() == jobId)
                m_jobs->setCurrentRow(row); // and its log follows
        }
    });
}

void PipelinesView::applyFilters()
{
    m_model->setFilters({m_status->currentData().toString(), m_ref->text(), m_source->currentData().toString()});
}

void PipelinesView::updateActions()
{
    const bool mayAct = m_role >= shared::ProjectRole::Developer;
    const QString why =
        tr("Developers and maintainers of %1 can do this; your role here is %2.")
            .arg(m_project.name,
                 m_role == shared::ProjectRole::None ? tr("none") : shared::projectRoleToString(m_role));
    const int row =
        m_table->selectionModel()->hasSelection() ? m_table->selectionModel()->selectedRows().value(0).row() : -1;
    const QString status = row >= 0 && row < m_model->rowCount() ? m_model->pipelineAt(row).status : QString();
    m_run->setEnabled(mayAct);
    m_run->setToolTip(mayAct ? tr("Run a pipeline for a branch or tag, with variables") : why);
    m_review->setEnabled(mayAct);
    m_review->setToolTip(mayAct ? tr("What the security rules and the organisation's model say of a change between "
                                     "two refs")
                                : why);
    m_retry->setEnabled(mayAct && (status == u"failed" || status == u"canceled"));
    m_retry->setToolTip(mayAct ? tr("Run the failed and canceled jobs of the selected pipeline again") : why);
    m_cancel->setEnabled(mayAct && isActive(status));
    m_cancel->setToolTip(mayAct ? tr("Stop the selected pipeline's jobs") : why);
    const QString jobStatus = selectedJobStatus();
    m_retryJob->setEnabled(mayAct && (jobStatus == u"failed" || jobStatus == u"canceled" || jobStatus == u"success"));
    m_retryJob->setToolTip(mayAct ? tr("Run the selected job again") : why);
    m_playJob->setEnabled(mayAct && jobStatus == u"manual");
    m_playJob->setToolTip(mayAct ? tr("Start the selected manual job") : why);
    const QSignalBlocker quiet(m_watch);
    m_watch->setEnabled(m_shown.id != 0 && isActive(m_shown.status));
    m_watch->setChecked(m_notifier && m_notifier->isWatched(m_shown.id));
}

void PipelinesView::runPipeline()
{
    const auto ask =
        m_askRun ? m_askRun : [](QWidget *parent, const QString &ref) -> std::optional<shared::PipelineRunRequest> {
        RunPipelineDialog dialog(ref, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.request();
    };
    const auto request = ask(this, m_project.defaultBranch);
    if (!request)
        return;
    m_api.run(m_project.slug, *request, this, [this](const shared::ApiResult<shared::Pipeline> &result) {
        if (!result.ok()) {
            m_banner->showMessage(ApiErrorText::describe(tr("Running a pipeline"), result.error()));
            return;
        }
        m_banner->hide();
    });
}

void PipelinesView::act(const QString &path, const QString &action)
{
    m_api.act(path, this, [this, action](const shared::ApiResult<shared::Pipeline> &result) {
        if (!result.ok()) {
            m_banner->showMessage(ApiErrorText::forAction(action, result.error()));
            return;
        }
        m_banner->hide();
        if (result.value().id == m_shown.id && m_shown.id == m_wanted)
            showPipeline(result.value());
    });
}

void PipelinesView::retrySelected()
{
    if (m_shown.id)
        act(QStringLiteral("/api/v1/pipelines/%1/retry").arg(m_shown.id), tr("Retrying the pipeline"));
}

void PipelinesView::cancelSelected()
{
    if (m_shown.id)
        act(QStringLiteral("/api/v1/pipelines/%1/cancel").arg(m_shown.id), tr("Canceling the pipeline"));
}

void PipelinesView::showSelected()
{
    updateActions();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_wanted = m_model->pipelineAt(rows.first().row()).id;
    m_api.get(m_wanted, this, [this](const shared::ApiResult<shared::Pipeline> &result) {
        if (!result.ok())
            m_banner->showMessage(ApiErrorText::forAction(tr("Loading the pipeline"), result.error()));
        else if (result.value().id == m_wanted) // replies may cross: the last choice wins
            showPipeline(result.value());
    });
}

void PipelinesView::reloadShown()
{
    m_api.get(m_shown.id, this, [this](const shared::ApiResult<shared::Pipeline> &result) {
        if (result.ok() && result.value().id == m_shown.id && m_shown.id == m_wanted)
            showPipeline(result.value());
    });
}

void PipelinesView::showPipeline(const shared::Pipeline &pipeline)
{
    const bool samePipeline = pipeline.id == m_shown.id;
    const int currentRow = m_jobs->currentRow();
    m_shown = pipeline;
    m_graph->setPipeline(pipeline);
    // The whole graph in view when it fits; a scroll bar beyond that.
    m_graphArea->setMinimumHeight(std::min(m_graph->sizeHint().height() + 4, 280));
    const QSignalBlocker quiet(m_jobs);
    m_jobs->clear();
    for (const shared::PipelineJob &job : pipeline.jobs) {
        auto *item = new QListWidgetItem(
            tr("%1 · %2 — %3").arg(job.stage, job.name, PipelinesModel::statusLabel(job.status)), m_jobs);
        item->setIcon(status::icon(job.status));
        item->setData(Qt::UserRole, job.id);
        if (!job.failureReason.isEmpty())
            item->setToolTip(job.failureReason);
    }
    if (samePipeline && currentRow >= 0 && currentRow < m_jobs->count()) {
        m_jobs->setCurrentRow(currentRow);
        return; // the log already followed keeps going
    }
    m_log->setSuggestedFileName(QStringLiteral("pipeline-%1.log").arg(pipeline.id));
    m_follower->stop();
    m_log->document().clear();
    updateActions();
}

void PipelinesView::showJobLog(int row)
{
    if (row < 0 || row >= m_jobs->count())
        return;
    const qint64 jobId = m_jobs->item(row)->data(Qt::UserRole).toLongLong();
    m_graph->setSelectedJob(jobId);
    if (jobId == m_follower->jobId())
        return; // already followed
    m_log->setSuggestedFileName(QStringLiteral("job-%1.log").arg(jobId));
    m_assistant->setJob(jobId);
    m_follower->follow(jobId);
}

} // namespace adp::app
