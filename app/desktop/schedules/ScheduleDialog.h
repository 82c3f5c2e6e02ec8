#pragma once

#include "shared/client/SchedulesApi.h"
#include "widgets/FieldForm.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace adp::app {

// Creates or changes a pipeline schedule: description, cron expression, time zone, ref, variables
// (KEY=VALUE, one per line) and whether it is active; the server's field errors (a wrong cron
// field, an unknown zone or ref) under each field.
class ScheduleDialog : public QDialog
{
    Q_OBJECT

public:
    ScheduleDialog(shared::SchedulesApi &api, const QString &project, std::optional<shared::PipelineSchedule> existing,
                   QWidget *parent = nullptr);

    QLineEdit *descriptionField() const { return m_description; }
    QLineEdit *cronField() const { return m_cron; }
    QLineEdit *timezoneField() const { return m_timezone; }
    QLineEdit *refField() const { return m_ref; }
    QPlainTextEdit *variablesField() const { return m_variables; }
    QCheckBox *activeBox() const { return m_active; }
    QString fieldError(const QString &key) const { return m_form.error(key); }
    void submit();

Q_SIGNALS:
    void saved(const shared::PipelineSchedule &schedule);

private:
    shared::SchedulesApi &m_api;
    QString m_project;
    std::optional<shared::PipelineSchedule> m_existing;
    FieldForm m_form;
    QLineEdit *m_description;
    QLineEdit *m_cron;
    QLineEdit *m_timezone;
    QLineEdit *m_ref;
    QPlainTextEdit *m_variables;
    QCheckBox *m_active;
};

} // namespace adp::app
