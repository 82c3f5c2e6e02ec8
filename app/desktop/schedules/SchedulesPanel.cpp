#include "SchedulesPanel.h"

#include "ScheduleDialog.h"
#include "widgets/ApiErrorText.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"
#include "widgets/Tables.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adp::app {

using shared::PipelineSchedule;

SchedulesPanel::SchedulesPanel(shared::ApiClient &api, const QString &project, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_project(project)
    , m_confirm([](QWidget *owner, const QString &question) {
        return QMessageBox::question(owner, tr("Delete schedule"), question) == QMessageBox::Yes;
    })
    , m_openEditor([this](QWidget *owner, std::optional<PipelineSchedule> existing) {
        auto *dialog = new ScheduleDialog(m_api, m_project, std::move(existing), owner);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ScheduleDialog::saved, this, &SchedulesPanel::reload);
        dialog->open();
    })
{
    m_banner = new ErrorBanner(this);
    m_table =
        makeRowTable(this, {tr("Description"), tr("When"), tr("Ref"), tr("Active"), tr("Next run"), tr("Last run")});
    m_table->setAccessibleName(tr("Schedules"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_new = new QPushButton(tr("New schedule…"), this);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_run = new QPushButton(tr("Run now"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QPushButton *button : {m_new, m_edit, m_run, m_delete})
        buttons->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    m_emptyState = new EmptyState(m_table, tr("No schedules yet"),
                                  tr("A schedule runs a branch's pipeline at the times a cron line gives, in your "
                                     "time zone or another."),
                                  this);
    connect(m_emptyState->setAction(tr("New schedule…")), &QPushButton::clicked, m_new, &QPushButton::click);
    layout->addWidget(m_emptyState, 1);
    layout->addLayout(buttons);
    connect(m_new, &QPushButton::clicked, this, [this]() { m_openEditor(this, std::nullopt); });
    connect(m_edit, &QPushButton::clicked, this, [this]() {
        if (const auto schedule = selected())
            m_openEditor(this, schedule);
    });
    connect(m_run, &QPushButton::clicked, this, &SchedulesPanel::runSelected);
    connect(m_delete, &QPushButton::clicked, this, &SchedulesPanel::deleteSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SchedulesPanel::updateActions);
    updateActions();
    reload();
}

void SchedulesPanel::reload()
{
    m_api.list(m_project, this, [this](const shared::ApiResult<QList<PipelineSchedule>> &result) {
        if (!result.ok()) {
            m_banner->showMessage(ApiErrorText::forAction(tr("Loading the schedules"), result.error()));
            return;
        }
        m_schedules = result.value();
        const auto when = [](const QDateTime &time) { return time.isValid() ? shortTime(time) : QStringLiteral("-"); };
        const QSignalBlocker blocker(m_table);
        QList<QStringList> rows;
        for (const PipelineSchedule &schedule : std::as_const(m_schedules)) {
            const QString last =
                !schedule.lastError.isEmpty() ? tr("failed: %1").arg(schedule.lastError)
                : schedule.lastPipelineId > 0
                    ? tr("pipeline #%1 at %2").arg(schedule.lastPipelineId).arg(when(schedule.lastRunAt))
                    : tr("not yet");
            rows.append({schedule.description, QStringLiteral("%1 (%2)").arg(schedule.cron, schedule.timezone),
                         schedule.ref, schedule.active ? tr("Yes") : tr("No"), when(schedule.nextRunAt), last});
        }
        fillRows(m_table, rows);
        m_emptyState->setEmpty(rows.isEmpty());
        m_table->clearSelection();
        updateActions();
        Q_EMIT loaded();
    });
}

std::optional<PipelineSchedule> SchedulesPanel::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_schedules.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_schedules.at(row);
}

void SchedulesPanel::updateActions()
{
    const bool chosen = selected().has_value();
    for (QPushButton *button : {m_edit, m_run, m_delete})
        button->setEnabled(chosen);
}

void SchedulesPanel::runSelected()
{
    const auto schedule = selected();
    if (!schedule)
        return;
    m_api.play(schedule->id, this, [this](const shared::ApiResult<shared::Pipeline> &result) {
        if (!result.ok()) {
            m_banner->showMessage(ApiErrorText::forAction(tr("Running the schedule"), result.error()));
            return;
        }
        m_banner->hide();
        Q_EMIT ran(result.value().id);
        reload();
    });
}

void SchedulesPanel::deleteSelected()
{
    const auto schedule = selected();
    if (!schedule || !m_confirm(this, tr("Delete the schedule \"%1\"?").arg(schedule->description)))
        return;
    m_api.remove(schedule->id, this, [this](const shared::ApiResult<shared::Done> &result) {
        if (!result.ok()) {
            m_banner->showMessage(ApiErrorText::forAction(tr("Deleting the schedule"), result.error()));
            return;
        }
        m_banner->hide();
        reload();
    });
}

} // namespace adp::app
