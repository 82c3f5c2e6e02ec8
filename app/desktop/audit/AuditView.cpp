#include "AuditView.h"

#include "AuditExportTask.h"
#include "AuditModel.h"
#include "AuditScopePicker.h"
#include "AuditStreamsDialog.h"
#include "ComplianceDialog.h"
#include "OutcomeChoices.h"
#include "widgets/ApiErrorText.h"
#include "widgets/ErrorBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace adp::app {

AuditView::AuditView(shared::ApiClient &api, shared::EventsClient *events, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
{
    m_model = new AuditModel(m_api, this);
    m_banner = new ErrorBanner(this);
    m_actor = new QLineEdit(this);
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_actor->setAccessibleName(tr("Actor"));
    m_actor->setPlaceholderText(tr("Actor (username)"));
    m_action = new QLineEdit(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setAccessibleName(tr("Action"));
    m_action->setPlaceholderText(tr("Action, or a prefix like project."));
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("auditTarget"));
    m_target->setAccessibleName(tr("Target"));
    m_target->setPlaceholderText(tr("Target, e.g. project or project:12"));
    m_outcome = OutcomeChoices::make(this);
    m_outcome->setObjectName(QStringLiteral("auditOutcome"));
    m_scope = new AuditScopePicker(api, this);
    m_useSince = new QCheckBox(tr("Since"), this);
    m_since = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this);
    m_since->setCalendarPopup(true);
    m_since->setAccessibleName(tr("Since"));
    m_since->setEnabled(false);
    connect(m_useSince, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    auto *apply = new QPushButton(tr("Apply filters"), this);
    auto *verify = new QPushButton(tr("Verify chain"), this);
    verify->setObjectName(QStringLiteral("verifyChain"));
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportAudit"));
    exportButton->setToolTip(
        tr("Save the events the filters pass as CSV, JSON Lines or a PDF report, signed by the server"));
    auto *streams = new QPushButton(tr("Streams…"), this);
    streams->setObjectName(QStringLiteral("auditStreams"));
    streams->setToolTip(tr("Send new audit events to a SIEM as they are sealed"));
    connect(streams, &QPushButton::clicked, this, [this, &api]() {
        AuditStreamsDialog dialog(api, this);
        dialog.exec();
    });
    auto *compliance = new QPushButton(tr("Compliance…"), this);
    compliance->setObjectName(QStringLiteral("complianceChecks"));
    compliance->setToolTip(tr("Check deployments, roles, tokens, accounts, secrets, sign-ins and the chain"));
    connect(compliance, &QPushButton::clicked, this, [this, &api]() {
        ComplianceDialog dialog(api, this);
        if (dialog.exec() == QDialog::Accepted && dialog.chosenEvents())
            showEvents(*dialog.chosenEvents());
    });
    m_export = new AuditExportTask(api, this);
    m_exportProgress = new QWidget(this);
    auto *bar = new QProgressBar(m_exportProgress);
    bar->setRange(0, 0); // how much is coming is not known until it has come
    bar->setAccessibleName(tr("Export progress"));
    m_exportBytes = new QLabel(m_exportProgress);
    auto *cancel = new QPushButton(tr("Cancel"), m_exportProgress);
    cancel->setObjectName(QStringLiteral("cancelExport"));
    auto *progressRow = new QHBoxLayout(m_exportProgress);
    progressRow->setContentsMargins(0, 0, 0, 0);
    progressRow->addWidget(bar, 1);
    progressRow->addWidget(m_exportBytes);
    progressRow->addWidget(cancel);
    m_exportProgress->hide();
    m_verification = new QLabel(this);
    m_verification->setObjectName(QStringLiteral("verification"));
    m_verification->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Audit events"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_actor);
    filters->addWidget(m_action);
    filters->addWidget(m_target);
    filters->addWidget(m_outcome);
    filters->addWidget(m_scope);
    filters->addWidget(m_useSince);
    filters->addWidget(m_since);
    filters->addWidget(apply);
    filters->addWidget(verify);
    filters->addWidget(exportButton);
    filters->addWidget(streams);
    filters->addWidget(compliance);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(m_exportProgress);
    layout->addWidget(m_verification);
    layout->addWidget(m_table, 1);

    for (QLineEdit *edit : {m_actor, m_action, m_target})
        connect(edit, &QLineEdit::returnPressed, this, &AuditView::applyFilters);
    connect(apply, &QPushButton::clicked, this, &AuditView::applyFilters);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &AuditView::applyFilters);
    connect(m_scope, &AuditScopePicker::changed, this, &AuditView::applyFilters);
    connect(verify, &QPushButton::clicked, this, &AuditView::verifyChain);
    connect(exportButton, &QPushButton::clicked, this, &AuditView::chooseExportFile);
    connect(cancel, &QPushButton::clicked, this, &AuditView::cancelExport);
    connect(m_export, &AuditExportTask::progress, this, [this](qint64 bytes) {
        m_exportBytes->setText(tr("%1 received").arg(QLocale().formattedDataSize(bytes)));
    });
    connect(m_export, &AuditExportTask::finished, this, &AuditView::showExportResult);
    connect(m_export, &AuditExportTask::failed, this, [this](const QString &message) {
        m_exportProgress->hide();
        m_banner->showMessage(message);
    });
    connect(m_model, &AuditModel::loadFailed, this, [this](const shared::ApiError &error) {
        m_banner->showMessage(ApiErrorText::forAction(tr("Loading the audit trail"), error));
    });
    if (events) {
        connect(events, &shared::EventsClient::eventReceived, this,
                [this](const QString &topic, const QString &, const QJsonObject &data) {
                    if (topic == u"audit")
                        m_model->applyEvent(data);
                });
    }
    m_model->reload();
}

shared::AuditQuery AuditView::currentFilters() const
{
    shared::AuditQuery query;
    query.actor = m_actor->text().trimmed();
    query.action = m_action->text().trimmed();
    const QString target = m_target->text().trimmed();
    query.targetType = target.section(u':', 0, 0);
    query.targetId = target.contains(u':') ? target.section(u':', 1) : QString();
    query.outcome = m_outcome->currentData().toString();
    query.scope = m_scope->scope();
    if (m_useSince->isChecked())
        query.since = m_since->dateTime();
    return query;
}

void AuditView::applyFilters()
{
    m_banner->hide();
    m_model->setQuery(currentFilters());
}

void AuditView::showEvents(const shared::AuditQuery &query)
{
    m_actor->setText(query.actor);
    m_action->setText(query.action);
    m_target->setText(query.targetId.isEmpty() ? query.targetType : query.targetType + u':' + query.targetId);
    {
        const QSignalBlocker quiet(m_outcome); // one reload, below
        m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(query.outcome)));
    }
    m_scope->setScope(query.scope);
    m_useSince->setChecked(query.since.isValid());
    if (query.since.isValid())
        m_since->setDateTime(query.since.toLocalTime());
    m_banner->hide();
    m_model->setQuery(query); // with its end too, which the filters above do not show
}

void AuditView::chooseExportFile()
{
    const QString name = QStringLiteral("adp-audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QStringList filters{tr("CSV (*.csv)"), tr("JSON Lines (*.jsonl)"), tr("PDF report (*.pdf)")};
    static const QStringList kSuffixes{QStringLiteral(".csv"), QStringLiteral(".jsonl"), QStringLiteral(".pdf")};
    QString chosen;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the audit trail"), name,
                                                filters.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty())
        return;
    // The kind of file follows its name: give it the one the chosen filter stands for.
    const QString suffix = kSuffixes.value(filters.indexOf(chosen));
    const QString stem = path.section(u'.', 0, -2);
    if (!suffix.isEmpty() && !path.endsWith(suffix, Qt::CaseInsensitive))
        path = (kSuffixes.contains(u'.' + QFileInfo(path).suffix().toLower()) ? stem : path) + suffix;
    exportTo(path);
}

void AuditView::exportTo(const QString &path)
{
    if (m_export->isRunning())
        return;
    m_banner->hide();
    m_exportBytes->setText(tr("Starting…"));
    m_exportProgress->show();
    m_export->start(currentFilters(), path);
}

void AuditView::cancelExport()
{
    m_export->cancel();
}

void AuditView::showExportResult(const QString &path, const shared::audit::ExportCheck &check)
{
    m_exportProgress->hide();
    if (check.intact()) {
        m_verification->setStyleSheet(QStringLiteral("color: #1b5e20"));
        m_verification->setText(
            tr("Exported %1 events to %2; the file is complete and its signature holds.").arg(check.events).arg(path));
        return;
    }
    QStringList lines{tr("The export saved to %1 does not verify:").arg(path)};
    for (const auto &finding : check.findings)
        lines.append(QStringLiteral("• %1").arg(finding.message));
    m_verification->setStyleSheet(QStringLiteral("color: #b00020"));
    m_verification->setText(lines.join(u'\n'));
}

void AuditView::verifyChain()
{
    m_verification->setText(tr("Verifying…"));
    m_api.verify(this, [this](const shared::ApiResult<shared::AuditVerification> &result) {
        if (!result.ok()) {
            m_verification->clear();
            m_banner->showMessage(ApiErrorText::forAction(tr("Verifying the audit trail"), result.error()));
            return;
        }
        const shared::AuditVerification &report = result.value();
        if (report.intact) {
            m_verification->setStyleSheet(QStringLiteral("color: #1b5e20"));
            QString text = tr("The audit trail is intact: %1 events verified.").arg(report.checked);
            if (report.archivedThrough > 0)
                text += u' ' + tr("Events up to %1 were archived by retention; the chain verifies from there.")
                                   .arg(report.archivedThrough);
            if (report.unsealed > 0)
                text +=
                    u' ' + tr("%1 newer events are committed but not sealed into the chain yet.").arg(report.unsealed);
            m_verification->setText(text);
            return;
        }
        QStringList lines{tr("The audit trail was tampered with:")};
        for (const auto &finding : report.findings)
            lines.append(QStringLiteral("• %1").arg(finding.message));
        m_verification->setStyleSheet(QStringLiteral("color: #b00020"));
        m_verification->setText(lines.join(u'\n'));
    });
}

QString AuditView::verificationText() const
{
    return m_verification->text();
}

} // namespace adp::app
