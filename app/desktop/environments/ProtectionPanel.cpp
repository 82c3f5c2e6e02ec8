#include "ProtectionPanel.h"

#include "widgets/ApiErrorText.h"
#include "widgets/ErrorBanner.h"
#include "widgets/Tables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adp::app {

using shared::EnvironmentRule;
using shared::EnvironmentSetting;
using shared::FreezeWindow;

namespace {

QTableWidget *table(QWidget *owner, const QStringList &headers, const QString &name)
{
    QTableWidget *table = makeRowTable(owner, headers);
    table->setAccessibleName(name);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(110);
    return table;
}

QString onOff(bool on)
{
    return on ? ProtectionPanel::tr("on") : ProtectionPanel::tr("off");
}

} // namespace

ProtectionPanel::ProtectionPanel(shared::ApiClient &api, const QString &project, QWidget *parent)
    : QWidget(parent)
    , m_members(api)
    , m_freezes(api, project)
    , m_project(project)
    , m_ruleForm(this)
    , m_settingForm(this)
    , m_windowForm(this)
{
    m_banner = new ErrorBanner(this);
    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    column->addWidget(buildRules());
    column->addWidget(buildSettings());
    column->addWidget(buildWindows());
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    reload();
}

QWidget *ProtectionPanel::buildRules()
{
    auto *box = new QGroupBox(tr("Who may deploy and approve"), this);
    m_rules = table(box, {tr("Environment"), tr("Action"), tr("Who"), tr("Approvals")}, tr("Environment rules"));
    m_ruleEnvironment = m_ruleForm.addLine(QStringLiteral("environment"), tr("Environment"),
                                           tr("a name or a wildcard such as review/*"));
    m_ruleAction = new QComboBox(box);
    m_ruleAction->addItem(tr("Deploy"), QStringLiteral("deploy"));
    m_ruleAction->addItem(tr("Approve"), QStringLiteral("approve"));
    m_ruleForm.addField(QStringLiteral("action"), tr("Action"), m_ruleAction);
    auto *who = new QWidget(box);
    auto *whoLayout = new QHBoxLayout(who);
    whoLayout->setContentsMargins(0, 0, 0, 0);
    m_ruleWho = new QComboBox(who);
    m_ruleWho->addItem(tr("Least role"), QStringLiteral("min_role"));
    m_ruleWho->addItem(tr("User"), QStringLiteral("user"));
    m_ruleWho->addItem(tr("Team"), QStringLiteral("team"));
    m_ruleName = new QLineEdit(who);
    m_ruleName->setPlaceholderText(tr("developer, maintainer; a username; a team's slug"));
    m_ruleName->setAccessibleName(tr("Role, user or team"));
    whoLayout->addWidget(m_ruleWho);
    whoLayout->addWidget(m_ruleName, 1);
    m_ruleForm.addField(QStringLiteral("min_role"), tr("Who"), who);
    m_ruleApprovals = new QSpinBox(box);
    m_ruleApprovals->setRange(1, 10);
    m_ruleApprovals->setAccessibleName(tr("Required approvals"));
    m_ruleForm.addField(QStringLiteral("required_approvals"), tr("Approvals needed"), m_ruleApprovals);
    auto *add = new QPushButton(tr("Add rule"), box);
    auto *remove = new QPushButton(tr("Remove rule"), box);
    connect(add, &QPushButton::clicked, this, &ProtectionPanel::addRule);
    connect(remove, &QPushButton::clicked, this, &ProtectionPanel::removeSelectedRule);
    connect(m_ruleAction, &QComboBox::currentIndexChanged, this, [this]() {
        m_ruleForm.setFieldVisible(QStringLiteral("required_approvals"),
                                   m_ruleAction->currentData().toString() == u"approve");
    });
    m_ruleForm.setFieldVisible(QStringLiteral("required_approvals"), false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(remove);
    buttons->addWidget(add);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_rules);
    layout->addLayout(m_ruleForm.layout());
    layout->addLayout(buttons);
    return box;
}

QWidget *ProtectionPanel::buildSettings()
{
    auto *box = new QGroupBox(tr("Environment settings"), this);
    m_settings = table(box, {tr("Environment"), tr("Hard freeze"), tr("Self-approval")}, tr("Environment settings"));
    m_settingEnvironment = m_settingForm.addLine(QStringLiteral("environment"), tr("Environment"),
                                                 tr("a name or a wildcard such as review/*"));
    m_hardFreeze = new QCheckBox(tr("Hard freeze: hold deploy jobs while a freeze window is active"), box);
    m_settingForm.addField(QStringLiteral("hard_freeze"), tr("Freeze"), m_hardFreeze);
    m_selfApproval = new QCheckBox(tr("Whoever started a deployment may approve it"), box);
    m_settingForm.addField(QStringLiteral("allow_self_approval"), tr("Self-approval"), m_selfApproval);
    auto *save = new QPushButton(tr("Save setting"), box);
    connect(save, &QPushButton::clicked, this, &ProtectionPanel::saveSetting);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_settings);
    layout->addLayout(m_settingForm.layout());
    layout->addWidget(save, 0, Qt::AlignRight);
    return box;
}

QWidget *ProtectionPanel::buildWindows()
{
    auto *box = new QGroupBox(tr("Deploy freeze windows"), this);
    m_windows = table(box, {tr("Starts"), tr("Ends"), tr("Time zone"), tr("Now")}, tr("Freeze windows"));
    m_freezeStart =
        m_windowForm.addLine(QStringLiteral("freeze_start"), tr("Starts (cron)"), QStringLiteral("0 23 * * 5"));
    m_freezeEnd = m_windowForm.addLine(QStringLiteral("freeze_end"), tr("Ends (cron)"), QStringLiteral("0 7 * * 1"));
    m_freezeZone = m_windowForm.addLine(QStringLiteral("cron_timezone"), tr("Time zone"), QStringLiteral("UTC"));
    auto *add = new QPushButton(tr("Add window"), box);
    auto *remove = new QPushButton(tr("Remove window"), box);
    connect(add, &QPushButton::clicked, this, &ProtectionPanel::addWindow);
    connect(remove, &QPushButton::clicked, this, &ProtectionPanel::removeSelectedWindow);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(remove);
    buttons->addWidget(add);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_windows);
    layout->addLayout(m_windowForm.layout());
    layout->addLayout(buttons);
    return box;
}

QString ProtectionPanel::fieldError(const QString &key) const
{
    for (const FieldForm *form : {&m_ruleForm, &m_settingForm, &m_windowForm}) {
        if (const QString error = form->error(key); !error.isEmpty())
            return error;
    }
    return {};
}

void ProtectionPanel::reload()
{
    m_pending = 3;
    const auto arrived = [this]() {
        if (--m_pending == 0)
            Q_EMIT loaded();
    };
    const auto failed = [this](const shared::ApiError &error) {
        m_banner->showMessage(ApiErrorText::forAction(tr("Loading the protection"), error));
    };
    m_members.environmentRules(
        m_project, this, [this, arrived, failed](const shared::ApiResult<QList<EnvironmentRule>> &result) {
            if (!result.ok())
                return failed(result.error());
            m_ruleList = result.value();
            QList<QStringList> rows;
            for (const EnvironmentRule &rule : m_ruleList)
                rows.append({rule.environment, rule.action == u"approve" ? tr("Approve") : tr("Deploy"),
                             !rule.minRole.isEmpty() ? tr("%1 and above").arg(rule.minRole)
                             : !rule.user.isEmpty()  ? tr("user %1").arg(rule.user)
                                                     : tr("team %1").arg(rule.team),
                             rule.action == u"approve" ? QString::number(rule.requiredApprovals) : QString()});
            fillRows(m_rules, rows);
            arrived();
        });
    m_freezes.settings(this, [this, arrived, failed](const shared::ApiResult<QList<EnvironmentSetting>> &result) {
        if (!result.ok())
            return failed(result.error());
        QList<QStringList> rows;
        for (const EnvironmentSetting &setting : result.value())
            rows.append({setting.environment, onOff(setting.hardFreeze),
                         setting.allowSelfApproval ? tr("allowed") : tr("not allowed")});
        fillRows(m_settings, rows);
        arrived();
    });
    m_freezes.windows(this, [this, arrived, failed](const shared::ApiResult<QList<FreezeWindow>> &result) {
        if (!result.ok())
            return failed(result.error());
        m_windowList = result.value();
        QList<QStringList> rows;
        for (const FreezeWindow &window : m_windowList)
            rows.append({window.freezeStart, window.freezeEnd, window.cronTimezone,
                         window.active ? tr("active until %1").arg(shortTime(window.activeUntil))
                                       : tr("next from %1").arg(shortTime(window.nextStart))});
        fillRows(m_windows, rows);
        arrived();
    });
}

void ProtectionPanel::done(const QString &action, FieldForm &form, const std::optional<shared::ApiError> &error)
{
    if (error) {
        const shared::FieldErrors rest = form.showErrors(error->fieldErrors);
        if (error->fieldErrors.isEmpty() || !rest.isEmpty())
            m_banner->showMessage(ApiErrorText::forAction(action, *error));
        return;
    }
    m_banner->hide();
    reload();
    Q_EMIT changed();
}

void ProtectionPanel::addRule()
{
    m_ruleForm.clearErrors();
    shared::EnvironmentRuleFields fields;
    fields.environment = m_ruleEnvironment->text().trimmed();
    fields.action = m_ruleAction->currentData().toString();
    const QString who = m_ruleWho->currentData().toString();
    const QString name = m_ruleName->text().trimmed();
    if (who == u"min_role")
        fields.minRole = name;
    else if (who == u"user")
        fields.user = name;
    else
        fields.team = name;
    if (fields.action == u"approve")
        fields.requiredApprovals = m_ruleApprovals->value();
    m_members.addEnvironmentRule(m_project, fields, this, [this](const shared::ApiResult<EnvironmentRule> &result) {
        done(tr("Adding the rule"), m_ruleForm, result.ok() ? std::nullopt : std::optional(result.error()));
    });
}

void ProtectionPanel::removeSelectedRule()
{
    const int row = m_rules->currentRow();
    if (row < 0 || row >= m_ruleList.size())
        return;
    m_members.removeEnvironmentRule(
        m_project, m_ruleList.at(row).id, this, [this](const shared::ApiResult<shared::Done> &result) {
            done(tr("Removing the rule"), m_ruleForm, result.ok() ? std::nullopt : std::optional(result.error()));
        });
}

void ProtectionPanel::saveSetting()
{
    m_settingForm.clearErrors();
    shared::EnvironmentSettingFields fields;
    fields.environment = m_settingEnvironment->text().trimmed();
    fields.hardFreeze = m_hardFreeze->isChecked();
    fields.allowSelfApproval = m_selfApproval->isChecked();
    m_freezes.putSetting(fields, this, [this](const shared::ApiResult<EnvironmentSetting> &result) {
        done(tr("Saving the setting"), m_settingForm, result.ok() ? std::nullopt : std::optional(result.error()));
    });
}

void ProtectionPanel::addWindow()
{
    m_windowForm.clearErrors();
    shared::FreezeWindowFields fields;
    fields.freezeStart = m_freezeStart->text().trimmed();
    fields.freezeEnd = m_freezeEnd->text().trimmed();
    if (!m_freezeZone->text().trimmed().isEmpty())
        fields.cronTimezone = m_freezeZone->text().trimmed();
    m_freezes.createWindow(fields, this, [this](const shared::ApiResult<FreezeWindow> &result) {
        done(tr("Adding the freeze window"), m_windowForm, result.ok() ? std::nullopt : std::optional(result.error()));
    });
}

void ProtectionPanel::removeSelectedWindow()
{
    const int row = m_windows->currentRow();
    if (row < 0 || row >= m_windowList.size())
        return;
    m_freezes.removeWindow(m_windowList.at(row).id, this, [this](const shared::ApiResult<shared::Done> &result) {
        done(tr("Removing the freeze window"), m_windowForm,
             result.ok() ? std::nullopt : std::optional(result.error()));
    });
}

} // namespace adp::app
