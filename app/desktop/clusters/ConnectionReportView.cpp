#include "ConnectionReportView.h"

#include "widgets/StatusStyle.h"
#include "widgets/Tables.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adp::app {

ConnectionReportView::ConnectionReportView(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("connectionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_permissions = makeRowTable(this, {tr("For"), tr("May"), tr("Allowed")});
    m_permissions->setObjectName(QStringLiteral("connectionPermissions"));
    m_permissions->setAccessibleName(tr("What the credentials may do"));
    m_permissions->setMaximumHeight(240);
    fitColumns(m_permissions, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_permissions);
    clear();
}

void ConnectionReportView::clear()
{
    m_summary->clear();
    m_summary->hide();
    m_permissions->hide();
}

void ConnectionReportView::showTesting()
{
    m_summary->setText(tr("Testing the connection…"));
    m_summary->show();
    m_permissions->hide();
}

void ConnectionReportView::showFailure(const QString &text)
{
    m_summary->setText(text);
    m_summary->show();
    m_permissions->hide();
}

QString ConnectionReportView::explain(const shared::ClusterConnection &connection)
{
    const QString problem = connection.problem;
    QString advice;
    if (problem == QLatin1String(shared::ClusterConnection::kUnreachable))
        advice = tr("The API server could not be reached. Check its address and that this server may connect to it.");
    else if (problem == QLatin1String(shared::ClusterConnection::kCertificate))
        advice = tr("The TLS handshake failed: the API server's certificate is not signed by the kubeconfig's CA, "
                    "or the client certificate was refused.");
    else if (problem == QLatin1String(shared::ClusterConnection::kTimeout))
        advice = tr("The API server did not answer in time.");
    else if (problem == QLatin1String(shared::ClusterConnection::kUnauthorized))
        advice = tr("The API server did not accept the credentials; the token may have expired or been revoked.");
    else
        advice = tr("The API server answered with an error.");
    return tr("%1 (%2)").arg(advice, connection.message);
}

void ConnectionReportView::showReport(const shared::ClusterConnection &connection)
{
    m_summary->show();
    if (!connection.connected) {
        m_summary->setText(explain(connection));
        m_permissions->hide();
        return;
    }
    const bool deploy = connection.allows(QStringLiteral("deploy"));
    const bool jobs = connection.allows(QStringLiteral("jobs"));
    QString verdict;
    if (deploy && jobs)
        verdict = tr("Deployments and jobs can use it.");
    else if (deploy)
        verdict = tr("Deployments can use it; jobs cannot run here as pods.");
    else if (jobs)
        verdict = tr("Jobs can run here as pods; deployments cannot use it.");
    else
        verdict = tr("Neither deployments nor jobs can use it with these credentials.");
    m_summary->setText(tr("Connected to Kubernetes %1 (%2), namespace %3. %4")
                           .arg(connection.version, connection.platform, connection.namespaceName, verdict));
    m_permissions->setRowCount(0);
    for (const auto &permission : connection.permissions) {
        const int row = m_permissions->rowCount();
        m_permissions->insertRow(row);
        m_permissions->setItem(
            row, 0,
            new QTableWidgetItem(permission.purpose == QLatin1String("deploy") ? tr("Deploying") : tr("Jobs as pods")));
        m_permissions->setItem(row, 1, new QTableWidgetItem(permission.describe()));
        auto *allowed = new QTableWidgetItem(
            status::icon(permission.allowed ? QStringLiteral("success") : QStringLiteral("failed")),
            permission.allowed ? tr("Yes") : tr("No"));
        if (!permission.reason.isEmpty())
            allowed->setToolTip(permission.reason);
        m_permissions->setItem(row, 2, allowed);
    }
    m_permissions->show();
}

QString ConnectionReportView::summary() const
{
    return m_summary->text();
}

} // namespace adp::app
