#include "VariableDialog.h"

#include "widgets/ApiErrorText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace adp::app {

using shared::ProjectVariable;

VariableDialog::VariableDialog(shared::VariablesApi &api, std::optional<ProjectVariable> existing, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_form(this)
{
    setWindowTitle(existing ? tr("Edit variable %1").arg(existing->key) : tr("Add variable"));
    m_key = m_form.addLine(QStringLiteral("key"), tr("Key"), tr("letters, digits and _"));
    m_value = new QPlainTextEdit(this);
    m_value->setAccessibleName(tr("Value"));
    m_value->setTabChangesFocus(true);
    m_value->setMinimumHeight(80);
    m_form.addField(QStringLiteral("value"), tr("Value"), m_value);
    m_scope = m_form.addLine(QStringLiteral("environment_scope"), tr("Environments"),
                             tr("* for all, a name, or a wildcard such as review/*"));
    m_type = new QComboBox(this);
    m_type->setAccessibleName(tr("Type"));
    m_type->addItem(tr("Variable"), ProjectVariable::kEnvVar);
    m_type->addItem(tr("File (the job gets a path to a file holding the value)"), ProjectVariable::kFile);
    m_form.addField(QStringLiteral("variable_type"), tr("Type"), m_type);
    m_masked = new QCheckBox(tr("Masked: never shown back, [MASKED] in job logs"), this);
    m_form.addField(QStringLiteral("masked"), tr("Visibility"), m_masked);
    m_protected = new QCheckBox(tr("Protected: only pipelines of protected branches and tags get it"), this);
    m_form.addField(QStringLiteral("protected"), tr("Protection"), m_protected);
    m_scope->setText(ProjectVariable::kAnyEnvironment);
    if (existing) {
        m_key->setText(existing->key);
        m_key->setReadOnly(true); // a new key is a new variable
        m_scope->setText(existing->environmentScope);
        m_scope->setReadOnly(true);
        m_type->setCurrentIndex(m_type->findData(existing->variableType));
        m_masked->setChecked(existing->masked);
        m_protected->setChecked(existing->protectedOnly);
        if (existing->masked)
            m_value->setPlaceholderText(tr("Masked: type the new value"));
        else
            m_value->setPlainText(existing->value);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("submit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VariableDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form.layout());
    layout->addWidget(buttons);
}

void VariableDialog::submit()
{
    m_form.clearErrors();
    shared::ProjectVariableFields fields;
    fields.value = m_value->toPlainText();
    fields.masked = m_masked->isChecked();
    fields.protectedOnly = m_protected->isChecked();
    fields.variableType = m_type->currentData().toString();
    fields.environmentScope = m_scope->text().trimmed();
    const QString key = m_key->text().trimmed();
    // Checked here first (the server checks again): what to fix shows at once.
    const shared::FieldErrors local = fields.validate(key);
    if (!local.isEmpty()) {
        m_form.showErrors(local);
        return;
    }
    m_api.set(key, fields, this, [this](const shared::ApiResult<ProjectVariable> &result) {
        if (!result.ok()) {
            const shared::FieldErrors rest = m_form.showErrors(result.error().fieldErrors);
            if (result.error().fieldErrors.isEmpty() || !rest.isEmpty())
                m_form.showErrors({{QStringLiteral("key"), QString(),
                                    ApiErrorText::forAction(tr("Saving the variable"), result.error())}});
            return;
        }
        Q_EMIT saved(result.value());
        accept();
    });
}

} // namespace adp::app
