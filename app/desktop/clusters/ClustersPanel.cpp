#include "ClustersPanel.h"

#include "ClusterDialog.h"
#include "ConnectionReportView.h"
#include "widgets/ApiErrorText.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"
#include "widgets/StatusStyle.h"
#include "widgets/Tables.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace adp::app {

ClustersPanel::ClustersPanel(shared::ApiClient &api, const QString &project, QWidget *parent)
    : QWidget(parent)
    , m_api(api, project)
    , m_projects(api)
    , m_project(project)
    , m_confirm([](QWidget *owner, const QString &question) {
        return QMessageBox::question(owner, tr("Remove cluster"), question) == QMessageBox::Yes;
    })
{
    m_openEditor = [this, &api](QWidget *owner) {
        auto *dialog = new ClusterDialog(api, m_project, owner);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ClusterDialog::saved, this, &ClustersPanel::reload);
        dialog->open();
    };
    m_banner = new ErrorBanner(this);
    m_table = makeRowTable(this, {tr("Name"), tr("API server"), tr("Namespace"), tr("Credential"), tr("Last test"),
                                  tr("Added by"), tr("Added")});
    m_table->setObjectName(QStringLiteral("clusters"));
    m_table->setAccessibleName(tr("Clusters"));
    fitColumns(m_table, 1);
    m_emptyState = new EmptyState(m_table, tr("No clusters yet"),
                                  tr("Add a Kubernetes cluster from a kubeconfig with an inline token or client "
                                     "certificate; environments will deploy to it."),
                                  this);
    m_add = new QPushButton(tr("Add cluster…"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_report = new ConnectionReportView(this);
    connect(m_emptyState->setAction(tr("Add cluster…")), &QPushButton::clicked, m_add, &QPushButton::click);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_emptyState, 1);
    layout->addWidget(m_report);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this]() { m_openEditor(this); });
    connect(m_remove, &QPushButton::clicked, this, &ClustersPanel::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &ClustersPanel::testSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ClustersPanel::updateActions);
    updateActions();
    reload();
}

void ClustersPanel::reload()
{
    // The role decides what is offered; the list is for reporters and up.
    m_projects.get(m_project, this, [this](const shared::ApiResult<shared::Project> &project) {
        if (project.ok())
            m_maintainer = project.value().myRole >= shared::ProjectRole::Maintainer;
        m_api.list(this, [this](const shared::ApiResult<QList<shared::Cluster>> &result) {
            if (!result.ok()) {
                m_banner->showMessage(ApiErrorText::forAction(tr("Loading the clusters"), result.error()));
                return;
            }
            m_banner->hide();
            m_clusters = result.value();
            QList<QStringList> rows;
            for (const shared::Cluster &cluster : std::as_const(m_clusters))
                rows.append(
                    {cluster.scope == u"organisation" ? tr("%1 (organisation)").arg(cluster.name) : cluster.name,
                     cluster.server, cluster.namespaceName,
                     cluster.credential == u"token" ? tr("Bearer token") : tr("Client certificate"),
                     lastTestOf(cluster), cluster.createdBy, shortTime(cluster.createdAt)});
            fillRows(m_table, rows);
            for (int row = 0; row < m_clusters.size(); ++row) {
                const auto &check = m_clusters.at(row).lastCheck;
                if (!check)
                    continue;
                QTableWidgetItem *item = m_table->item(row, 4);
                item->setIcon(status::icon(check->connected ? QStringLiteral("success") : QStringLiteral("failed")));
                item->setToolTip(check->message);
            }
            m_emptyState->setEmpty(rows.isEmpty());
            updateActions();
            Q_EMIT loaded();
        });
    });
}

QString ClustersPanel::lastTestOf(const shared::Cluster &cluster)
{
    if (!cluster.lastCheck)
        return tr("Not tested");
    if (cluster.lastCheck->connected)
        return tr("Connected, %1 (%2)").arg(cluster.lastCheck->version, shortTime(cluster.lastCheck->checkedAt));
    return tr("Failed (%1)").arg(shortTime(cluster.lastCheck->checkedAt));
}

void ClustersPanel::testSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_clusters.size())
        return;
    const qint64 id = m_clusters.at(row).id;
    m_testing = true;
    updateActions();
    m_report->showTesting();
    m_api.test(id, this, [this](const shared::ApiResult<shared::ClusterConnection> &result) {
        m_testing = false;
        if (result.ok())
            m_report->showReport(result.value());
        else
            m_report->showFailure(ApiErrorText::forAction(tr("Testing the connection"), result.error()));
        reload(); // the list shows the new last test
    });
}

void ClustersPanel::updateActions()
{
    const QString why = m_maintainer ? QString() : tr("Only the project's maintainers add, test and remove clusters");
    m_test->setEnabled(m_maintainer && !m_testing && !m_table->selectedItems().isEmpty());
    m_test->setToolTip(why);
    m_add->setEnabled(m_maintainer);
    m_add->setToolTip(why);
    // An organisation's cluster is removed by the organisation's admins, not from one of its projects.
    const int row = m_table->currentRow();
    const bool inherited = row >= 0 && row < m_clusters.size() && m_clusters.at(row).scope == u"organisation";
    m_remove->setEnabled(m_maintainer && !inherited && !m_table->selectedItems().isEmpty());
    m_remove->setToolTip(inherited ? tr("This cluster belongs to the organisation: its admins remove it") : why);
}

void ClustersPanel::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_clusters.size())
        return;
    const shared::Cluster cluster = m_clusters.at(row);
    if (!m_confirm(
            this,
            tr("Remove the cluster %1 (%2)? Its sealed kubeconfig is deleted.").arg(cluster.name, cluster.server)))
        return;
    m_api.remove(cluster.id, this, [this, cluster](const shared::ApiResult<shared::Done> &result) {
        if (!result.ok()) {
            m_banner->showMessage(ApiErrorText::forAction(tr("Removing %1").arg(cluster.name), result.error()));
            return;
        }
        reload();
    });
}

} // namespace adp::app
