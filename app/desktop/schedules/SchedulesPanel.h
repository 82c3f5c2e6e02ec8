#pragma once

#include "shared/client/SchedulesApi.h"

#include <QWidget>
#include <functional>

class QPushButton;
class QTableWidget;

namespace adp::app {

class EmptyState;
class ErrorBanner;

// A project's pipeline schedules: what runs when (cron in a time zone, the next run), for which
// ref, whether active, and how the last run went; New, Edit, Run now and Delete (after a
// confirmation).
class SchedulesPanel : public QWidget
{
    Q_OBJECT

public:
    using Confirm = std::function<bool(QWidget *parent, const QString &question)>;
    using OpenEditor = std::function<void(QWidget *parent, std::optional<shared::PipelineSchedule> existing)>;

    SchedulesPanel(shared::ApiClient &api, const QString &project, QWidget *parent = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setOpenEditor(OpenEditor editor) { m_openEditor = std::move(editor); }
    shared::SchedulesApi &api() { return m_api; }
    const QString &project() const { return m_project; }
    QTableWidget *table() const { return m_table; }
    ErrorBanner *banner() const { return m_banner; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *deleteButton() const { return m_delete; }

    Q_INVOKABLE void reload();
    void runSelected();
    void deleteSelected();

Q_SIGNALS:
    void loaded();
    void ran(qint64 pipelineId);

private:
    std::optional<shared::PipelineSchedule> selected() const;
    void updateActions();

    shared::SchedulesApi m_api;
    QString m_project;
    QList<shared::PipelineSchedule> m_schedules;
    QTableWidget *m_table;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_run;
    QPushButton *m_delete;
    EmptyState *m_emptyState;
    ErrorBanner *m_banner;
    Confirm m_confirm;
    OpenEditor m_openEditor;
};

} // namespace adp::app
