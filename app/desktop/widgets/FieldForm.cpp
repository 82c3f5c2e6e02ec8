#include "FieldForm.h"

#include "ApiErrorText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace adp::app {

FieldForm::FieldForm(QWidget *owner)
    : m_owner(owner)
    , m_layout(new QFormLayout)
{
}

QLineEdit *FieldForm::addLine(const QString &key, const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit(m_owner);
    edit->setObjectName(key);
    edit->setPlaceholderText(placeholder);
    addField(key, label, edit);
    return edit;
}

void FieldForm::addField(const QString &key, const QString &label, QWidget *editor)
{
    auto *error = new QLabel(m_owner);
    error->setObjectName(key + QStringLiteral("Error"));
    error->setStyleSheet(QStringLiteral("color: #b00020"));
    error->setWordWrap(true);
    error->hide();
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(editor);
    column->addWidget(error);
    m_layout->addRow(label, column);
    m_rows.insert(key, {column, error});
}

void FieldForm::setFieldVisible(const QString &key, bool visible)
{
    const auto row = m_rows.constFind(key);
    if (row == m_rows.constEnd())
        return;
    int index = -1;
    QFormLayout::ItemRole role;
    m_layout->getLayoutPosition(row->column, &index, &role);
    if (index >= 0)
        m_layout->setRowVisible(index, visible);
}

QString FieldForm::error(const QString &key) const
{
    const QLabel *label = m_rows.value(key).error;
    return label && !label->isHidden() ? label->text() : QString();
}

void FieldForm::clearErrors()
{
    for (const Row &row : std::as_const(m_rows))
        row.error->hide();
}

shared::FieldErrors FieldForm::showErrors(const shared::FieldErrors &errors)
{
    shared::FieldErrors elsewhere;
    for (const shared::FieldError &error : errors) {
        const auto row = m_rows.constFind(error.field);
        if (row == m_rows.constEnd()) {
            elsewhere.append(error);
            continue;
        }
        if (!row->error->isHidden())
            continue; // the field's first error says what to fix
        row->error->setText(ApiErrorText::forField(error));
        row->error->show();
    }
    return elsewhere;
}

} // namespace adp::app
