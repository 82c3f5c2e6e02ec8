#pragma once

#include "shared/client/VariablesApi.h"
#include "widgets/FieldForm.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace adp::app {

// Adds a variable, or sets a new value for one: key, value, environment scope, type (variable or
// file), masked and protected, with the server's field errors under each field. A masked value
// is never shown back, so editing one means typing it again.
class VariableDialog : public QDialog
{
    Q_OBJECT

public:
    VariableDialog(shared::VariablesApi &api, std::optional<shared::ProjectVariable> existing,
                   QWidget *parent = nullptr);

    QLineEdit *keyField() const { return m_key; }
    QPlainTextEdit *valueField() const { return m_value; }
    QLineEdit *scopeField() const { return m_scope; }
    QComboBox *typeField() const { return m_type; }
    QCheckBox *maskedBox() const { return m_masked; }
    QCheckBox *protectedBox() const { return m_protected; }
    QString fieldError(const QString &key) const { return m_form.error(key); }
    void submit();

Q_SIGNALS:
    void saved(const shared::ProjectVariable &variable);

private:
    shared::VariablesApi &m_api;
    FieldForm m_form;
    QLineEdit *m_key;
    QPlainTextEdit *m_value;
    QLineEdit *m_scope;
    QComboBox *m_type;
    QCheckBox *m_masked;
    QCheckBox *m_protected;
};

} // namespace adp::app
