#include "ScheduleDialog.h"

#include "widgets/ApiErrorText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace adp::app {

using shared::PipelineSchedule;

ScheduleDialog::ScheduleDialog(shared::SchedulesApi &api, const QString &project,
                               std::optional<PipelineSchedule> existing, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_project(project)
    , m_existing(std::move(existing))
    , m_form(this)
{
    setWindowTitle(m_existing ? tr("Edit schedule") : tr("New schedule"));
    m_description = m_form.addLine(QStringLiteral("description"), tr("Description"), tr("nightly build"));
    m_cron = m_form.addLine(QStringLiteral("cron"), tr("When (cron)"), QStringLiteral("0 3 * * *"));
    m_timezone = m_form.addLine(QStringLiteral("timezone"), tr("Time zone"), QStringLiteral("UTC"));
    m_ref = m_form.addLine(QStringLiteral("ref"), tr("Branch or tag"), QStringLiteral("main"));
    m_variables = new QPlainTextEdit(this);
    m_variables->setAccessibleName(tr("Variables"));
    m_variables->setPlaceholderText(tr("KEY=VALUE, one per line"));
    m_variables->setTabChangesFocus(true);
    m_variables->setMaximumHeight(90);
    m_form.addField(QStringLiteral("variables"), tr("Variables"), m_variables);
    m_active = new QCheckBox(tr("Active"), this);
    m_active->setChecked(true);
    m_form.addField(QStringLiteral("active"), tr("State"), m_active);
    if (m_existing) {
        m_description->setText(m_existing->description);
        m_cron->setText(m_existing->cron);
        m_timezone->setText(m_existing->timezone);
        m_ref->setText(m_existing->ref);
        QStringList lines;
        for (const auto &[key, value] : m_existing->variables)
            lines.append(key + u'=' + value);
        m_variables->setPlainText(lines.join(u'\n'));
        m_active->setChecked(m_existing->active);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScheduleDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form.layout());
    layout->addWidget(buttons);
}

void ScheduleDialog::submit()
{
    m_form.clearErrors();
    shared::PipelineScheduleFields fields;
    fields.description = m_description->text().trimmed();
    fields.cron = m_cron->text().trimmed();
    fields.timezone = m_timezone->text().trimmed().isEmpty() ? QStringLiteral("UTC") : m_timezone->text().trimmed();
    fields.ref = m_ref->text().trimmed();
    fields.active = m_active->isChecked();
    QList<QPair<QString, QString>> variables;
    for (const QString &line : m_variables->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0) {
            m_form.showErrors({{QStringLiteral("variables"), QString::fromLatin1(shared::fieldcodes::InvalidFormat),
                                tr("Write each variable as KEY=VALUE on a line of its own.")}});
            return;
        }
        variables.append({line.left(equals).trimmed(), line.mid(equals + 1)});
    }
    fields.variables = variables;
    const auto done = [this](const shared::ApiResult<PipelineSchedule> &result) {
        if (!result.ok()) {
            const shared::FieldErrors rest = m_form.showErrors(result.error().fieldErrors);
            if (result.error().fieldErrors.isEmpty() || !rest.isEmpty())
                m_form.showErrors({{QStringLiteral("description"), QString(),
                                    ApiErrorText::forAction(tr("Saving the schedule"), result.error())}});
            return;
        }
        Q_EMIT saved(result.value());
        accept();
    };
    if (m_existing)
        m_api.update(m_existing->id, fields, this, done);
    else
        m_api.create(m_project, fields, this, done);
}

} // namespace adp::app
