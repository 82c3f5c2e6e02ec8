#pragma once

#include "shared/client/NotificationRulesApi.h"
#include "widgets/FieldForm.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace adp::app {

class ErrorBanner;

// Adds or changes one notification rule. Only the fields of the chosen
// channel are shown. Secrets are write-only: on edit the URL, the signing
// secret and the SMTP password stay as they are unless something is typed.
class NotificationRuleDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` empty: add a rule to `project`; otherwise change that rule.
    NotificationRuleDialog(shared::NotificationRulesApi &api, const QString &project,
                           std::optional<shared::NotificationRule> existing, QWidget *parent = nullptr);

    const shared::NotificationRule &saved() const { return m_saved; }
    QString fieldError(const QString &field) const { return m_form.error(field); }
    ErrorBanner *banner() const { return m_banner; }
    // What would be sent: on edit only what changed.
    shared::NotificationRuleFields fields() const;
    void submit();

private:
    void showChannel();
    QString channel() const;
    shared::EmailSettings emailDraft() const;
    void showErrors(const shared::FieldErrors &errors);

    shared::NotificationRulesApi &m_api;
    QString m_project;
    std::optional<shared::NotificationRule> m_existing;
    shared::NotificationRule m_saved;
    FieldForm m_form;
    ErrorBanner *m_banner;
    QLineEdit *m_name;
    QComboBox *m_channel;
    QComboBox *m_when;
    QLineEdit *m_branches;
    QCheckBox *m_active;
    QLineEdit *m_url;
    QLineEdit *m_secret;
    QCheckBox *m_removeSecret;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QPushButton *m_submit;
};

} // namespace adp::app
