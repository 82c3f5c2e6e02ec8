#include "ComplianceDialog.h"

#include "ComplianceSchedulesDialog.h"
#include "shared/core/ApiTime.h"
#include "shared/core/ComplianceText.h"
#include "widgets/ApiErrorText.h"
#include "widgets/ErrorBanner.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace adp::app {

namespace {
constexpr int kFilterRole = Qt::UserRole + 1;

QSpinBox *daysBox(int value, int max, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1, max);
    box->setValue(value);
    return box;
}
} // namespace

ComplianceDialog::ComplianceDialog(shared::ApiClient &api, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
{
    setWindowTitle(tr("Compliance checks"));
    m_banner = new ErrorBanner(this);
    const QDateTime now = QDateTime::currentDateTime();
    m_since = new QDateTimeEdit(now.addDays(-shared::ComplianceQuery::kDefaultPeriodDays), this);
    m_since->setCalendarPopup(true);
    m_until = new QDateTimeEdit(now, this);
    m_until->setCalendarPopup(true);
    m_staleDays = daysBox(shared::ComplianceQuery::kDefaultStaleDays, shared::ComplianceQuery::kMaxDays, this);
    m_rotationDays = daysBox(shared::ComplianceQuery::kDefaultRotationDays, shared::ComplianceQuery::kMaxDays, this);
    m_signInThreshold = daysBox(shared::ComplianceQuery::kDefaultSignInThreshold, 100000, this);
    m_signInThreshold->setObjectName(QStringLiteral("signInThreshold"));
    auto *form = new QFormLayout;
    auto *period = new QHBoxLayout;
    period->addWidget(m_since);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_until);
    form->addRow(tr("Period (deployments, sign-ins)"), period);
    form->addRow(tr("Tokens and accounts unused for (days)"), m_staleDays);
    form->addRow(tr("Secrets unchanged for (days)"), m_rotationDays);
    form->addRow(tr("Failed sign-ins in one hour"), m_signInThreshold);
    m_run = new QPushButton(tr("Run checks"), this);
    m_run->setObjectName(QStringLiteral("runChecks"));
    m_run->setDefault(true);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("complianceHeadline"));
    m_headline->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setAccessibleName(tr("Compliance checks"));
    m_tree->setHeaderLabels({tr("Check"), tr("Result"), tr("Audit events")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setToolTip(tr("Open a finding to see its audit events"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *schedules = buttons->addButton(tr("Schedules…"), QDialogButtonBox::ActionRole);
    schedules->setToolTip(tr("Reports sent every week or month through a notification rule"));
    connect(schedules, &QPushButton::clicked, this, [this, &api]() {
        ComplianceSchedulesDialog dialog(api, this);
        dialog.exec();
    });

    auto *top = new QHBoxLayout;
    top->addLayout(form, 1);
    top->addWidget(m_run, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_headline);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(900, 600);

    connect(m_run, &QPushButton::clicked, this, &ComplianceDialog::runChecks);
    connect(m_tree, &QTreeWidget::itemActivated, this, &ComplianceDialog::openFinding);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

shared::ComplianceQuery ComplianceDialog::query() const
{
    shared::ComplianceQuery query;
    query.since = m_since->dateTime().toUTC();
    query.until = m_until->dateTime().toUTC();
    query.staleDays = m_staleDays->value();
    query.rotationDays = m_rotationDays->value();
    query.signInThreshold = m_signInThreshold->value();
    return query;
}

void ComplianceDialog::runChecks()
{
    m_banner->hide();
    if (m_since->dateTime() >= m_until->dateTime()) {
        m_banner->showMessage(tr("The period has to start before it ends."));
        return;
    }
    m_run->setEnabled(false);
    m_headline->setText(tr("Checking…"));
    m_api.report(query(), this, [this](const shared::ApiResult<shared::ComplianceReport> &result) {
        m_run->setEnabled(true);
        if (!result.ok()) {
            m_headline->clear();
            m_banner->showMessage(ApiErrorText::forAction(tr("Running the compliance checks"), result.error()));
            return;
        }
        showReport(result.value());
    });
}

void ComplianceDialog::showReport(const shared::ComplianceReport &report)
{
    using Text = shared::ComplianceText;
    m_headline->setText(tr("%1. Period: %2.").arg(Text::headline(report), Text::period(report)));
    m_tree->clear();
    for (const shared::ComplianceCheck &check : report.checks) {
        auto *item = new QTreeWidgetItem(m_tree, {Text::title(check.id), Text::verdict(check)});
        item->setIcon(
            0, style()->standardIcon(check.passed() ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning));
        for (const shared::ComplianceFinding &finding : check.findings) {
            auto *child =
                new QTreeWidgetItem(item, {Text::finding(check.id, finding), QString(),
                                           finding.eventCount > 0 ? QString::number(finding.eventCount) : QString()});
            child->setToolTip(0, child->text(0));
            child->setData(0, kFilterRole, finding.eventFilter);
        }
        item->setExpanded(!check.passed());
    }
    Q_EMIT reportShown();
}

void ComplianceDialog::openFinding(QTreeWidgetItem *item)
{
    const QJsonObject filter = item ? item->data(0, kFilterRole).toJsonObject() : QJsonObject();
    if (filter.isEmpty())
        return;
    QUrlQuery url;
    for (auto it = filter.begin(); it != filter.end(); ++it)
        url.addQueryItem(it.key(), it.value().toString());
    shared::FieldErrors errors;
    m_chosen = shared::AuditQuery::fromUrlQuery(url, errors);
    accept();
}

} // namespace adp::app
