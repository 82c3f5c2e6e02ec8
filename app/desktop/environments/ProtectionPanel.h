#pragma once

#include "shared/client/FreezesApi.h"
#include "shared/client/MembersApi.h"
#include "widgets/FieldForm.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace adp::app {

class ErrorBanner;

// How a project's environments are protected, for its maintainers: the rules of who may deploy
// and approve (role, user or team; how many approvals), each environment's settings (hard freeze,
// self-approval) and the deploy freeze windows (cron start and end in a time zone, shown as
// active until when or starting when). Adding and removing each, with the server's field errors
// under the fields.
class ProtectionPanel : public QWidget
{
    Q_OBJECT

public:
    ProtectionPanel(shared::ApiClient &api, const QString &project, QWidget *parent = nullptr);

    Q_INVOKABLE void reload();

    QTableWidget *rules() const { return m_rules; }
    QTableWidget *settings() const { return m_settings; }
    QTableWidget *windows() const { return m_windows; }
    ErrorBanner *banner() const { return m_banner; }
    QString fieldError(const QString &key) const;

    // The rule form.
    QLineEdit *ruleEnvironment() const { return m_ruleEnvironment; }
    QComboBox *ruleAction() const { return m_ruleAction; }
    QComboBox *ruleWho() const { return m_ruleWho; }
    QLineEdit *ruleName() const { return m_ruleName; }
    QSpinBox *ruleApprovals() const { return m_ruleApprovals; }
    void addRule();
    void removeSelectedRule();
    // The settings form.
    QLineEdit *settingEnvironment() const { return m_settingEnvironment; }
    QCheckBox *hardFreeze() const { return m_hardFreeze; }
    QCheckBox *selfApproval() const { return m_selfApproval; }
    void saveSetting();
    // The freeze window form.
    QLineEdit *freezeStart() const { return m_freezeStart; }
    QLineEdit *freezeEnd() const { return m_freezeEnd; }
    QLineEdit *freezeZone() const { return m_freezeZone; }
    void addWindow();
    void removeSelectedWindow();

Q_SIGNALS:
    void loaded();
    void changed();

private:
    QWidget *buildRules();
    QWidget *buildSettings();
    QWidget *buildWindows();
    void done(const QString &action, FieldForm &form, const std::optional<shared::ApiError> &error);

    shared::MembersApi m_members;
    shared::FreezesApi m_freezes;
    QString m_project;
    QList<shared::EnvironmentRule> m_ruleList;
    QList<shared::FreezeWindow> m_windowList;
    ErrorBanner *m_banner;
    QTableWidget *m_rules;
    QTableWidget *m_settings;
    QTableWidget *m_windows;
    FieldForm m_ruleForm;
    FieldForm m_settingForm;
    FieldForm m_windowForm;
    QLineEdit *m_ruleEnvironment;
    QComboBox *m_ruleAction;
    QComboBox *m_ruleWho;
    QLineEdit *m_ruleName;
    QSpinBox *m_ruleApprovals;
    QLineEdit *m_settingEnvironment;
    QCheckBox *m_hardFreeze;
    QCheckBox *m_selfApproval;
    QLineEdit *m_freezeStart;
    QLineEdit *m_freezeEnd;
    QLineEdit *m_freezeZone;
    int m_pending = 0; // answers still to come in a reload
};

} // namespace adp::app
