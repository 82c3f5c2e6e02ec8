#include "EnvironmentsView.h"

#include "KubernetesPanel.h"
#include "ai/DeploymentRiskPanel.h"
#include "pipelines/PipelinesModel.h"
#include "widgets/ApiErrorText.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"
#include "widgets/StatusStyle.h"
#include "widgets/Tables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace adp::app {

using shared::Deployment;
using shared::Environment;

namespace {

constexpr int kHistoryPage = 20;
constexpr int kNameRole = Qt::UserRole;

QString deploymentStatusLabel(const QString &status)
{
    if (status == u"blocked")
        return EnvironmentsView::tr("Waiting for approval");
    return PipelinesModel::statusLabel(status);
}

QString stateLabel(const QString &state)
{
    if (state == u"available")
        return EnvironmentsView::tr("Available");
    if (state == u"stopping")
        return EnvironmentsView::tr("Stopping");
    if (state == u"stopped")
        return EnvironmentsView::tr("Stopped");
    return state;
}

QString runningNow(const Environment &environment)
{
    if (!environment.lastDeployment)
        return EnvironmentsView::tr("Nothing deployed yet");
    const Deployment &deployment = *environment.lastDeployment;
    QString text = EnvironmentsView::tr("#%1 %2 by %3, %4")
                       .arg(deployment.iid)
                       .arg(deployment.sha.left(8),
                            deployment.triggeredBy.isEmpty() ? QStringLiteral("-") : deployment.triggeredBy,
                            shortTime(deployment.finishedAt));
    if (environment.pinnedDeployment > 0)
        text +=
            u' ' +
            EnvironmentsView::tr("(pinned to #%1 by %2)").arg(environment.pinnedDeployment).arg(environment.pinnedBy);
    return text;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

EnvironmentsView::EnvironmentsView(shared::ApiClient &api, shared::EventsClient *events, const shared::Project &project,
                                   QWidget *parent)
    : QWidget(parent)
    , m_client(api)
    , m_api(api)
    , m_pipelines(api)
    , m_project(project)
    , m_confirm([](QWidget *owner, const QString &question) {
        return QMessageBox::question(owner, tr("Please confirm"), question) == QMessageBox::Yes;
    })
{
    m_banner = new ErrorBanner(this);
    m_environments = new QTreeWidget(this);
    m_environments->setObjectName(QStringLiteral("environments"));
    m_environments->setHeaderLabels({tr("Environment"), tr("Tier"), tr("State"), tr("Running now"), tr("URL")});
    m_environments->setAccessibleName(tr("Environments"));
    m_environments->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stop = new QPushButton(tr("Stop"), this);
    m_unpin = new QPushButton(tr("Unpin"), this);
    m_protection = new QPushButton(tr("Protection and freezes…"), this);
    m_protection->setEnabled(m_project.myRole >= shared::ProjectRole::Maintainer);
    if (!m_protection->isEnabled())
        m_protection->setToolTip(tr("Maintainers change who may deploy and when"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Deployment status"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &status :
         {QStringLiteral("success"), QStringLiteral("failed"), QStringLiteral("blocked"), QStringLiteral("running"),
          QStringLiteral("created"), QStringLiteral("canceled"), QStringLiteral("skipped")})
        m_status->addItem(deploymentStatusLabel(status), status);
    m_history = new QTableWidget(0, 7, this);
    m_history->setObjectName(QStringLiteral("deploymentHistory"));
    m_history->setAccessibleName(tr("Deployment history"));
    m_history->setHorizontalHeaderLabels(
        {tr("#"), tr("Status"), tr("Ref"), tr("Commit"), tr("By"), tr("Finished"), tr("Duration")});
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->verticalHeader()->hide();
    m_history->setWordWrap(false);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_more = new QPushButton(tr("Load more"), this);
    m_rollback = new QPushButton(tr("Roll back to this…"), this);

    m_details = new QTextBrowser(this);
    m_details->setAccessibleName(tr("What the deployment brings"));
    m_comment = new QLineEdit(this);
    m_comment->setPlaceholderText(tr("Comment (optional)"));
    m_comment->setAccessibleName(tr("Approval comment"));
    m_approve = new QPushButton(tr("Approve"), this);
    m_reject = new QPushButton(tr("Reject"), this);

    auto *environmentButtons = new QHBoxLayout;
    environmentButtons->addWidget(m_summary, 1);
    environmentButtons->addWidget(m_protection);
    environmentButtons->addWidget(m_unpin);
    environmentButtons->addWidget(m_stop);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_emptyState = new EmptyState(
        m_environments, tr("No environments yet"),
        tr("A job with \"environment:\" in .gitlab-ci.yml makes one when it deploys; its history starts here."), this);
    topLayout->addWidget(m_emptyState);
    topLayout->addLayout(environmentButtons);

    auto *historyBar = new QHBoxLayout;
    historyBar->addWidget(new QLabel(tr("History:"), this));
    historyBar->addWidget(m_status);
    historyBar->addStretch(1);
    historyBar->addWidget(m_rollback);
    auto *historyPane = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyPane);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addLayout(historyBar);
    historyLayout->addWidget(m_history);
    historyLayout->addWidget(m_more, 0, Qt::AlignLeft);

    auto *decision = new QHBoxLayout;
    decision->addWidget(m_comment, 1);
    decision->addWidget(m_approve);
    decision->addWidget(m_reject);
    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_details);
    detailLayout->addLayout(decision);

    // What the chosen deployment brings, and (a tab beside it) the environment on Kubernetes.
    m_kubernetes = new KubernetesPanel(api, m_project.slug, m_project.myRole, this);
    m_sideTabs = new QTabWidget(this);
    m_sideTabs->addTab(detailPane, tr("Deployment"));
    m_sideTabs->addTab(m_kubernetes, tr("Kubernetes"));
    m_risk = new DeploymentRiskPanel(api, events, m_project.slug, m_project.myRole, this);
    m_sideTabs->addTab(m_risk, tr("Risk"));
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(historyPane);
    lower->addWidget(m_sideTabs);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(lower);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(split);

    connect(m_environments, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString name = item ? item->data(Name, kNameRole).toString() : QString();
        if (name.isEmpty() || name == m_selectedEnvironment)
            return updateActions();
        m_selectedEnvironment = name;
        m_kubernetes->showEnvironment(name);
        loadHistory(false);
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this]() { loadHistory(false); });
    connect(m_more, &QPushButton::clicked, this, [this]() { loadHistory(true); });
    connect(m_history, &QTableWidget::itemSelectionChanged, this, &EnvironmentsView::showDetails);
    connect(m_stop, &QPushButton::clicked, this, &EnvironmentsView::stop);
    connect(m_protection, &QPushButton::clicked, this, &EnvironmentsView::openProtection);
    connect(m_unpin, &QPushButton::clicked, this, &EnvironmentsView::unpin);
    connect(m_rollback, &QPushButton::clicked, this, &EnvironmentsView::rollback);
    connect(m_approve, &QPushButton::clicked, this, [this]() { decide(QStringLiteral("approve")); });
    connect(m_reject, &QPushButton::clicked, this, [this]() { decide(QStringLiteral("reject")); });
    // Deploy jobs change with the project's pipelines: refresh once things settle.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(700);
    connect(&m_refresh, &QTimer::timeout, this, &EnvironmentsView::reload);
    if (events) {
        connect(events, &shared::EventsClient::eventReceived, this,
                [this](const QString &topic, const QString &type, const QJsonObject &data) {
                    if (topic != u"pipelines" || data.value(QStringLiteral("project_id")).toInteger() != m_project.id)
                        return;
                    if (type == u"kubernetes.rollout" || type == u"kubernetes.drift")
                        m_kubernetes->reload(); // each object's health as the rollout goes
                    else
                        m_refresh.start();
                });
    }
    updateActions();
    reload();
}

void EnvironmentsView::openProtection()
{
    Q_EMIT openRequested(Location::settings(m_project.slug, QStringLiteral("protection")));
}

void EnvironmentsView::reload()
{
    m_api.environments(m_project.slug, this, [this](const shared::ApiResult<QList<Environment>> &result) {
        if (!result.ok()) {
            m_banner->showMessage(ApiErrorText::forAction(tr("Loading the environments"), result.error()));
            return;
        }
        showEnvironments(result.value());
        if (!m_selectedEnvironment.isEmpty())
            loadHistory(false);
        m_emptyState->setEmpty(m_environments->topLevelItemCount() == 0);
        Q_EMIT environmentsLoaded();
    });
}

void EnvironmentsView::showEnvironments(const QList<Environment> &environments)
{
    m_environmentList = environments;
    const QSignalBlocker blocker(m_environments);
    m_environments->clear();
    QHash<QString, QTreeWidgetItem *> folders;
    QTreeWidgetItem *current = nullptr;
    for (const Environment &environment : environments) {
        QTreeWidgetItem *parent = nullptr;
        if (!environment.folder.isEmpty()) {
            parent = folders.value(environment.folder);
            if (!parent) {
                parent = new QTreeWidgetItem(m_environments, {environment.folder + u'/'});
                parent->setFlags(Qt::ItemIsEnabled);
                parent->setExpanded(true);
                folders.insert(environment.folder, parent);
            }
        }
        const QStringList columns{environment.name, environment.tier, stateLabel(environment.state),
                                  runningNow(environment), environment.externalUrl};
        auto *item = parent ? new QTreeWidgetItem(parent, columns) : new QTreeWidgetItem(m_environments, columns);
        item->setData(Name, kNameRole, environment.name);
        if (environment.lastDeployment)
            item->setForeground(RunningNow, status::colour(environment.lastDeployment->status));
        if (environment.name == m_selectedEnvironment)
            current = item;
    }
    m_environments->expandAll();
    if (current)
        m_environments->setCurrentItem(current);
    if (environments.isEmpty())
        m_summary->setText(tr("No environments yet: a job with environment: in .gitlab-ci.yml makes one when its "
                              "pipeline runs."));
    updateActions();
}

std::optional<Environment> EnvironmentsView::currentEnvironment() const
{
    for (const Environment &environment : m_environmentList) {
        if (environment.name == m_selectedEnvironment)
            return environment;
    }
    return std::nullopt;
}

std::optional<Deployment> EnvironmentsView::currentDeployment() const
{
    const int row = m_history->currentRow();
    if (row < 0 || row >= m_deployments.size() || m_history->selectedItems().isEmpty())
        return std::nullopt;
    return m_deployments.at(row);
}

void EnvironmentsView::selectEnvironment(const QString &name)
{
    m_selectedEnvironment = name;
    for (QTreeWidgetItemIterator it(m_environments); *it; ++it) {
        if ((*it)->data(Name, kNameRole).toString() == name) {
            const QSignalBlocker blocker(m_environments);
            m_environments->setCurrentItem(*it);
        }
    }
    loadHistory(false);
}

void EnvironmentsView::selectDeployment(qint64 iid)
{
    for (int row = 0; row < m_deployments.size(); ++row) {
        if (m_deployments.at(row).iid == iid)
            m_history->selectRow(row);
    }
}

void EnvironmentsView::showDeployment(qint64 iid)
{
    m_api.deployment(m_project.slug, iid, this, [this, iid](const shared::ApiResult<Deployment> &result) {
        if (!result.ok()) {
            m_banner->showMessage(ApiErrorText::forAction(tr("Loading the deployment"), result.error()));
            return;
        }
        m_pendingDeployment = iid;
        selectEnvironment(result.value().environment);
    });
}

void EnvironmentsView::loadHistory(bool more)
{
    if (m_selectedEnvironment.isEmpty())
        return;
    QUrlQuery filters;
    filters.addQueryItem(QStringLiteral("environment"), m_selectedEnvironment);
    filters.addQueryItem(QStringLiteral("limit"), QString::number(kHistoryPage));
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        filters.addQueryItem(QStringLiteral("status"), status);
    if (more && !m_nextCursor.isEmpty())
        filters.addQueryItem(QStringLiteral("cursor"), m_nextCursor);
    const QString environment = m_selectedEnvironment;
    m_api.deployments(
        m_project.slug, filters, this,
        [this, more, environment](const shared::ApiResult<shared::DeploymentPage> &result) {
            if (environment != m_selectedEnvironment)
                return; // another environment was chosen meanwhile
            if (!result.ok()) {
                m_banner->showMessage(ApiErrorText::forAction(tr("Loading the deployments"), result.error()));
                return;
            }
            const qint64 selected = currentDeployment() ? currentDeployment()->iid : 0;
            if (!more)
                m_deployments.clear();
            m_deployments += result.value().items;
            m_nextCursor = result.value().nextCursor;
            const QSignalBlocker blocker(m_history);
            m_history->setRowCount(int(m_deployments.size()));
            for (int row = 0; row < m_deployments.size(); ++row) {
                const Deployment &deployment = m_deployments.at(row);
                auto *status =
                    cell(status::symbol(deployment.status) + u' ' + deploymentStatusLabel(deployment.status));
                status->setForeground(status::colour(deployment.status));
                if (!deployment.statusReason.isEmpty())
                    status->setToolTip(deployment.statusReason);
                m_history->setItem(row, 0, cell(QStringLiteral("#%1").arg(deployment.iid)));
                m_history->setItem(row, 1, status);
                m_history->setItem(row, 2, cell(deployment.ref));
                m_history->setItem(row, 3, cell(deployment.sha.left(8)));
                m_history->setItem(row, 4, cell(deployment.triggeredBy));
                m_history->setItem(
                    row, 5, cell(deployment.finishedAt.isValid() ? shortTime(deployment.finishedAt) : QString()));
                m_history->setItem(row, 6,
                                   cell(PipelinesModel::durationBetween(deployment.startedAt, deployment.finishedAt)));
            }
            m_more->setVisible(!m_nextCursor.isEmpty());
            if (selected > 0)
                selectDeployment(selected);
            if (m_deployments.isEmpty())
                m_details->setPlainText(tr("No deployments to %1 with this status.").arg(environment));
            updateActions();
            Q_EMIT historyLoaded();
        });
}

void EnvironmentsView::showDetails()
{
    updateActions();
    const auto deployment = currentDeployment();
    m_risk->setDeployment(deployment ? deployment->iid : 0);
    if (!deployment)
        return;
    QString header = tr("<b>#%1</b> to %2: %3")
                         .arg(deployment->iid)
                         .arg(deployment->environment.toHtmlEscaped(), deploymentStatusLabel(deployment->status));
    if (!deployment->statusReason.isEmpty())
        header += QStringLiteral("<br>") + deployment->statusReason.toHtmlEscaped();
    header += QStringLiteral("<br>") + tr("Asked by %1, pipeline #%2, %3 at %4")
                                           .arg(deployment->triggeredBy.toHtmlEscaped())
                                           .arg(deployment->pipelineId)
                                           .arg(deployment->ref.toHtmlEscaped(), deployment->sha.left(8));
    m_details->setHtml(header);
    const qint64 iid = deployment->iid;
    const qint64 pipelineId = deployment->pipelineId;
    m_api.compare(
        m_project.slug, iid, 0, this,
        [this, iid, pipelineId, header](const shared::ApiResult<shared::DeploymentComparison> &result) {
            const auto still = currentDeployment();
            if (!still || still->iid != iid)
                return;
            QString html = header + QStringLiteral("<hr>");
            if (!result.ok()) {
                html += result.error().httpStatus == 409
                            ? tr("Nothing deployed here before it to compare with.")
                            : ApiErrorText::forAction(tr("Comparing"), result.error()).toHtmlEscaped();
            } else {
                const shared::DeploymentComparison &comparison = result.value();
                html += (comparison.direction == u"backward"
                             ? tr("Since #%1 it takes away %n commit(s):", nullptr, int(comparison.commits.size()))
                             : tr("Since #%1 it brings %n commit(s):", nullptr, int(comparison.commits.size())))
                            .arg(comparison.from.iid);
                html += QStringLiteral("<ul>");
                for (const auto &commit : comparison.commits)
                    html += QStringLiteral("<li><tt>%1</tt> %2 — %3</li>")
                                .arg(commit.sha.left(8), commit.title.toHtmlEscaped(), commit.author.toHtmlEscaped());
                html += QStringLiteral("</ul>") + tr("%n file(s) changed:", nullptr, int(comparison.files.size())) +
                        QStringLiteral("<ul>");
                for (const auto &file : comparison.files)
                    html += QStringLiteral("<li><tt>%1</tt> %2</li>")
                                .arg(file.status.toHtmlEscaped(), file.path.toHtmlEscaped());
                html += QStringLiteral("</ul>");
            }
            finishDetails(iid, pipelineId, html);
        });
}

void EnvironmentsView::finishDetails(qint64 iid, qint64 pipelineId, const QString &html)
{
    m_pipelines.get(pipelineId, this, [this, iid, pipelineId, html](const shared::ApiResult<shared::Pipeline> &result) {
        const auto still = currentDeployment();
        if (!still || still->iid != iid)
            return;
        QString text = html + QStringLiteral("<hr>");
        if (result.ok()) {
            int passed = 0;
            for (const shared::PipelineJob &job : result.value().jobs)
                passed += job.status == u"success" ? 1 : 0;
            text += tr("Pipeline #%1: %2, %3 of %4 jobs passed")
                        .arg(pipelineId)
                        .arg(PipelinesModel::statusLabel(result.value().status))
                        .arg(passed)
                        .arg(result.value().jobs.size());
        } else {
            text += ApiErrorText::forAction(tr("Loading pipeline #%1").arg(pipelineId), result.error()).toHtmlEscaped();
        }
        m_details->setHtml(text);
        Q_EMIT detailsLoaded();
    });
}

void EnvironmentsView::updateActions()
{
    const bool developer = m_project.myRole >= shared::ProjectRole::Developer;
    const auto environment = currentEnvironment();
    const auto deployment = currentDeployment();
    m_stop->setEnabled(developer && environment && environment->state == u"available");
    m_unpin->setEnabled(developer && environment && environment->pinnedDeployment > 0);
    m_rollback->setEnabled(developer && deployment && deployment->status == u"success");
    const bool waiting = deployment && deployment->status == u"blocked";
    m_approve->setEnabled(waiting);
    m_reject->setEnabled(waiting);
    m_comment->setEnabled(waiting);
    if (environment)
        m_summary->setText(
            environment->externalUrl.isEmpty()
                ? tr("%1: %2").arg(environment->name, runningNow(*environment))
                : tr("%1 (%2): %3").arg(environment->name, environment->externalUrl, runningNow(*environment)));
}

void EnvironmentsView::afterAction(const QString &action, const std::optional<shared::ApiError> &error)
{
    if (error) {
        m_banner->showMessage(ApiErrorText::forAction(action, *error));
        return;
    }
    m_banner->hide();
    reload();
}

void EnvironmentsView::stop()
{
    const auto environment = currentEnvironment();
    if (!environment ||
        !m_confirm(this,
                   tr("Stop %1? Its stop job runs, or it is stopped at once when it has none.").arg(environment->name)))
        return;
    // By id: a name such as review/feature holds a slash, which no path segment may.
    m_api.stop(
        m_project.slug, QString::number(environment->id), this, [this](const shared::ApiResult<Environment> &result) {
            afterAction(tr("Stopping the environment"), result.ok() ? std::nullopt : std::optional(result.error()));
        });
}

void EnvironmentsView::unpin()
{
    const auto environment = currentEnvironment();
    if (!environment)
        return;
    m_api.unpin(
        m_project.slug, QString::number(environment->id), this, [this](const shared::ApiResult<Environment> &result) {
            afterAction(tr("Unpinning the environment"), result.ok() ? std::nullopt : std::optional(result.error()));
        });
}

void EnvironmentsView::rollback()
{
    const auto deployment = currentDeployment();
    if (!deployment ||
        !m_confirm(this, tr("Deploy #%1 (%2, commit %3) to %4 again? The environment stays pinned to it until "
                            "someone unpins it or deploys on purpose.")
                             .arg(deployment->iid)
                             .arg(deployment->ref, deployment->sha.left(8), deployment->environment)))
        return;
    m_api.rollback(m_project.slug, deployment->iid, this, [this](const shared::ApiResult<Deployment> &result) {
        afterAction(tr("Rolling back"), result.ok() ? std::nullopt : std::optional(result.error()));
    });
}

void EnvironmentsView::decide(const QString &decision)
{
    const auto deployment = currentDeployment();
    if (!deployment)
        return;
    m_api.decide(m_project.slug, deployment->iid, decision, m_comment->text(), this,
                 [this, decision](const shared::ApiResult<Deployment> &result) {
                     if (result.ok())
                         m_comment->clear();
                     afterAction(decision == u"approve" ? tr("Approving") : tr("Rejecting"),
                                 result.ok() ? std::nullopt : std::optional(result.error()));
                 });
}

} // namespace adp::app
