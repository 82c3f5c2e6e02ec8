#pragma once

#include "shared/core/FieldError.h"

#include <QHash>
#include <QString>

class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QWidget;

namespace adp::app {

// A form whose fields each have their own error line under the editor, keyed
// by the API's field name ("name", "email.to"): the client's checks and the
// server's field errors are shown where the user types.
class FieldForm
{
public:
    explicit FieldForm(QWidget *owner);

    QFormLayout *layout() const { return m_layout; }
    QLineEdit *addLine(const QString &key, const QString &label, const QString &placeholder = {});
    void addField(const QString &key, const QString &label, QWidget *editor);
    void setFieldVisible(const QString &key, bool visible);
    // The error shown under a field, empty when none.
    QString error(const QString &key) const;
    void clearErrors();
    // Shows each error under its field; answers those that name no field of this form.
    shared::FieldErrors showErrors(const shared::FieldErrors &errors);

private:
    struct Row
    {
        QLayout *column; // the editor above its error line
        QLabel *error;
    };
    QWidget *m_owner;
    QFormLayout *m_layout;
    QHash<QString, Row> m_rows;
};

} // namespace adp::app
