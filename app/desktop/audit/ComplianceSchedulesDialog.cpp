#include "ComplianceSchedulesDialog.h"

#include "widgets/ApiErrorText.h"
#include "widgets/ErrorBanner.h"
#include "widgets/Tables.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adp::app {

using shared::ComplianceSchedule;

ComplianceSchedulesDialog::ComplianceSchedulesDialog(shared::ApiClient &api, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
{
    setWindowTitle(tr("Scheduled compliance reports"));
    resize(900, 420);
    m_banner = new ErrorBanner(this);
    auto *about = new QLabel(tr("Each schedule sends the compliance report of the week (Mondays) or month (the 1st) "
                                "before, at 00:00 UTC, through a project's notification rule: its chat service, "
                                "webhook or email."),
                             this);
    about->setWordWrap(true);
    m_table = makeRowTable(
        this, {tr("Name"), tr("Frequency"), tr("Through"), tr("Active"), tr("Next"), tr("Last"), tr("Error")});
    m_table->setObjectName(QStringLiteral("complianceSchedulesTable"));
    m_table->setAccessibleName(tr("Scheduled compliance reports"));
    auto *add = new QPushButton(tr("Add…"), this);
    m_run = new QPushButton(tr("Send now"), this);
    m_toggle = new QPushButton(tr("Pause"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {add, m_run, m_toggle, m_delete})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(about);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(close);

    m_askFields = &ComplianceSchedulesDialog::askFields;
    m_confirm = [](QWidget *owner, const QString &question) {
        return QMessageBox::question(owner, tr("Delete schedule"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    connect(add, &QPushButton::clicked, this, &ComplianceSchedulesDialog::addSchedule);
    connect(m_run, &QPushButton::clicked, this, &ComplianceSchedulesDialog::runSelected);
    connect(m_toggle, &QPushButton::clicked, this, &ComplianceSchedulesDialog::toggleSelected);
    connect(m_delete, &QPushButton::clicked, this, &ComplianceSchedulesDialog::deleteSelected);
    connect(refresh, &QPushButton::clicked, this, &ComplianceSchedulesDialog::reload);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ComplianceSchedulesDialog::updateActions);
    updateActions();
    reload();
}

std::optional<shared::ComplianceScheduleFields> ComplianceSchedulesDialog::askFields(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Add a scheduled report"));
    auto *name = new QLineEdit(&dialog);
    auto *frequency = new QComboBox(&dialog);
    frequency->addItem(tr("Weekly (Mondays)"), QStringLiteral("weekly"));
    frequency->addItem(tr("Monthly (the 1st)"), QStringLiteral("monthly"));
    auto *rule = new QSpinBox(&dialog);
    rule->setRange(1, std::numeric_limits<int>::max());
    rule->setToolTip(tr("The id of a project's notification rule (project settings, Notifications)"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Name"), name);
    form->addRow(tr("Frequency"), frequency);
    form->addRow(tr("Notification rule"), rule);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    shared::ComplianceScheduleFields fields;
    fields.name = name->text().trimmed();
    fields.frequency = frequency->currentData().toString();
    fields.ruleId = rule->value();
    return fields;
}

std::optional<ComplianceSchedule> ComplianceSchedulesDialog::selected() const
{
    const QVariant key = selectedKey(m_table);
    for (const ComplianceSchedule &schedule : m_rows) {
        if (key.isValid() && schedule.id == key.toLongLong())
            return schedule;
    }
    return std::nullopt;
}

void ComplianceSchedulesDialog::updateActions()
{
    const std::optional<ComplianceSchedule> schedule = selected();
    for (QPushButton *button : {m_run, m_toggle, m_delete})
        button->setEnabled(schedule.has_value());
    m_toggle->setText(schedule && !schedule->active ? tr("Resume") : tr("Pause"));
}

void ComplianceSchedulesDialog::reload()
{
    m_api.schedules(this, [this](const shared::ApiResult<QList<ComplianceSchedule>> &result) {
        if (!result.ok())
            m_banner->showMessage(ApiErrorText::forAction(tr("Loading the scheduled reports"), result.error()));
        else
            showSchedules(result.value());
        Q_EMIT reloaded();
    });
}

void ComplianceSchedulesDialog::showSchedules(const QList<ComplianceSchedule> &schedules)
{
    const std::optional<ComplianceSchedule> before = selected();
    m_rows = schedules;
    const QSignalBlocker quiet(m_table);
    m_table->setRowCount(0);
    for (const ComplianceSchedule &schedule : schedules) {
        const QString through =
            schedule.ruleId > 0
                ? QStringLiteral("%1 / %2 (%3)").arg(schedule.ruleProject, schedule.ruleName, schedule.channel)
                : tr("no rule (it was deleted)");
        const QString last = schedule.lastOutcome == u"sent"     ? tr("sent %1").arg(shortTime(schedule.lastRunAt))
                             : schedule.lastOutcome == u"failed" ? tr("not sent %1").arg(shortTime(schedule.lastRunAt))
                                                                 : QString();
        appendRow(m_table,
                  {schedule.name, schedule.frequency == u"monthly" ? tr("monthly") : tr("weekly"), through,
                   schedule.active ? tr("yes") : tr("paused"), shortTime(schedule.nextRunAt), last, schedule.lastError},
                  schedule.id);
        if (before && before->id == schedule.id)
            m_table->selectRow(m_table->rowCount() - 1);
    }
    fitColumns(m_table, 6);
    updateActions();
}

void ComplianceSchedulesDialog::reloadAfter(const QString &action, const shared::ApiError *error)
{
    if (error)
        m_banner->showMessage(ApiErrorText::describe(action, *error));
    reload();
}

void ComplianceSchedulesDialog::addSchedule()
{
    const std::optional<shared::ComplianceScheduleFields> fields = m_askFields(this);
    if (!fields)
        return;
    m_banner->hide();
    m_api.createSchedule(*fields, this, [this](const shared::ApiResult<ComplianceSchedule> &created) {
        reloadAfter(tr("Adding the scheduled report"), created.ok() ? nullptr : &created.error());
    });
}

void ComplianceSchedulesDialog::runSelected()
{
    const std::optional<ComplianceSchedule> schedule = selected();
    if (!schedule)
        return;
    m_banner->hide();
    m_api.runSchedule(schedule->id, this, [this](const shared::ApiResult<ComplianceSchedule> &result) {
        reloadAfter(tr("Sending the report"), result.ok() ? nullptr : &result.error());
    });
}

void ComplianceSchedulesDialog::toggleSelected()
{
    const std::optional<ComplianceSchedule> schedule = selected();
    if (!schedule)
        return;
    shared::ComplianceScheduleFields change;
    change.active = !schedule->active;
    m_api.updateSchedule(schedule->id, change, this, [this](const shared::ApiResult<ComplianceSchedule> &result) {
        reloadAfter(tr("Changing the scheduled report"), result.ok() ? nullptr : &result.error());
    });
}

void ComplianceSchedulesDialog::deleteSelected()
{
    const std::optional<ComplianceSchedule> schedule = selected();
    if (!schedule || !m_confirm(this, tr("Delete the scheduled report \"%1\"?").arg(schedule->name)))
        return;
    m_api.removeSchedule(schedule->id, this, [this](const shared::ApiResult<shared::Done> &result) {
        reloadAfter(tr("Deleting the scheduled report"), result.ok() ? nullptr : &result.error());
    });
}

} // namespace adp::app
