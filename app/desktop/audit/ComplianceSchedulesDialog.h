#pragma once

#include "shared/client/ComplianceApi.h"

#include <QDialog>
#include <functional>
#include <optional>

class QPushButton;
class QTableWidget;

namespace adp::app {

class ErrorBanner;

// The compliance reports sent on a schedule: through which notification rule, when next, how the
// last one went. Add asks for a name, weekly or monthly and the rule; Run now, Pause/Resume and
// Delete act on the selected schedule.
class ComplianceSchedulesDialog : public QDialog
{
    Q_OBJECT

public:
    // Seams for tests: what Add asks, what Delete confirms.
    using AskFields = std::function<std::optional<shared::ComplianceScheduleFields>(QWidget *parent)>;
    using Confirm = std::function<bool(QWidget *parent, const QString &question)>;

    explicit ComplianceSchedulesDialog(shared::ApiClient &api, QWidget *parent = nullptr);

    void setAskFields(AskFields ask) { m_askFields = std::move(ask); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    QTableWidget *table() const { return m_table; }
    ErrorBanner *banner() const { return m_banner; }

    void reload();
    void addSchedule();
    void runSelected();
    void toggleSelected(); // pause or resume
    void deleteSelected();

Q_SIGNALS:
    void reloaded();

private:
    std::optional<shared::ComplianceSchedule> selected() const;
    void showSchedules(const QList<shared::ComplianceSchedule> &schedules);
    void updateActions();
    void reloadAfter(const QString &action, const shared::ApiError *error);
    static std::optional<shared::ComplianceScheduleFields> askFields(QWidget *parent);

    shared::ComplianceApi m_api;
    QList<shared::ComplianceSchedule> m_rows;
    AskFields m_askFields;
    Confirm m_confirm;
    ErrorBanner *m_banner;
    QTableWidget *m_table;
    QPushButton *m_run;
    QPushButton *m_toggle;
    QPushButton *m_delete;
};

} // namespace adp::app
