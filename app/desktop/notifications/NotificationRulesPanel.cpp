#include "NotificationRulesPanel.h"

#include "NotificationRuleDialog.h"
#include "NotificationText.h"
#include "pipelines/PipelinesModel.h"
#include "widgets/ApiErrorText.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"
#include "widgets/Tables.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adp::app {

using shared::NotificationDelivery;
using shared::NotificationRule;

NotificationRulesPanel::NotificationRulesPanel(shared::ApiClient &api, const QString &project, QWidget *parent)
    : QWidget(parent)
    , m_projects(api)
    , m_api(api)
    , m_project(project)
{
    m_banner = new ErrorBanner(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_rules = makeRowTable(this, {tr("Name"), tr("Send to"), tr("When"), tr("Branches"), tr("Target"), tr("Active")});
    m_rules->setObjectName(QStringLiteral("notificationRulesTable"));
    m_rules->setAccessibleName(tr("Notification rules"));
    m_deliveriesTitle = new QLabel(this);
    m_deliveries = makeRowTable(this, {tr("Pipeline"), tr("Pipeline status"), tr("Delivery"), tr("Attempts"),
                                       tr("Queued"), tr("Finished"), tr("Error")});
    m_deliveries->setObjectName(QStringLiteral("notificationDeliveriesTable"));
    m_deliveries->setAccessibleName(tr("Deliveries"));
    m_add = new QPushButton(tr("Add…"), this);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    m_refresh = new QPushButton(tr("Refresh"), this);

    auto *deliveries = new QWidget(this);
    auto *deliveriesLayout = new QVBoxLayout(deliveries);
    deliveriesLayout->setContentsMargins(0, 0, 0, 0);
    deliveriesLayout->addWidget(m_deliveriesTitle);
    deliveriesLayout->addWidget(m_deliveries, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_emptyState = new EmptyState(m_rules, tr("No notification rules yet"),
                                  tr("A rule posts to a chat (Slack, DingTalk, Feishu, WeCom, a webhook) or sends an "
                                     "email when a pipeline ends, on the branches and outcomes you choose."),
                                  this);
    split->addWidget(m_emptyState);
    split->addWidget(deliveries);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    m_openEditor = [this](QWidget *owner, std::optional<NotificationRule> existing) {
        NotificationRuleDialog dialog(m_api, m_project, std::move(existing), owner);
        return dialog.exec() == QDialog::Accepted;
    };
    m_confirm = [](QWidget *owner, const QString &question) {
        return QMessageBox::question(owner, tr("Delete notification rule"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
    };
    connect(m_add, &QPushButton::clicked, this, &NotificationRulesPanel::addRule);
    connect(m_edit, &QPushButton::clicked, this, &NotificationRulesPanel::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &NotificationRulesPanel::deleteSelected);
    connect(m_refresh, &QPushButton::clicked, this, &NotificationRulesPanel::reload);
    connect(m_rules, &QTableWidget::itemSelectionChanged, this, [this]() {
        updateActions();
        reloadDeliveries();
    });
    connect(m_rules, &QTableWidget::cellDoubleClicked, this, &NotificationRulesPanel::editSelected);
    applyRole();
    reload();
}

void NotificationRulesPanel::fail(const QString &action, const shared::ApiError &error)
{
    m_banner->showMessage(ApiErrorText::describe(action, error));
}

void NotificationRulesPanel::applyRole()
{
    const bool manage = mayManage();
    m_add->setEnabled(manage);
    m_add->setToolTip(manage ? QString() : tr("Only the project's maintainers may change its notification rules"));
    m_refresh->setEnabled(manage);
    if (m_myRole != shared::ProjectRole::None && !manage)
        m_summary->setText(tr("Notification rules hold webhook tokens and mail passwords, so only the project's "
                              "maintainers may see and change them."));
    else
        m_summary->setText(tr("Each rule posts to a chat or sends an email when a pipeline ends. Secrets are never "
                              "shown back."));
    updateActions();
}

void NotificationRulesPanel::updateActions()
{
    const bool selected = selectedRule().has_value();
    const QString why = !mayManage() ? tr("Only the project's maintainers may change its notification rules")
                                     : (selected ? QString() : tr("Select a rule first"));
    for (QPushButton *action : {m_edit, m_delete}) {
        action->setEnabled(mayManage() && selected);
        action->setToolTip(why);
    }
}

std::optional<NotificationRule> NotificationRulesPanel::selectedRule() const
{
    const QVariant key = selectedKey(m_rules);
    if (!key.isValid())
        return std::nullopt;
    for (const NotificationRule &rule : m_rows) {
        if (rule.id == key.toLongLong())
            return rule;
    }
    return std::nullopt;
}

void NotificationRulesPanel::reload()
{
    const int generation = ++m_generation; // an older answer must not replace a newer one
    m_projects.get(m_project, this, [this, generation](const shared::ApiResult<shared::Project> &project) {
        if (generation != m_generation)
            return;
        if (!project.ok()) {
            fail(tr("Loading the project"), project.error());
            return Q_EMIT reloaded();
        }
        m_myRole = project.value().myRole;
        applyRole();
        if (!mayManage()) {
            showRules({});
            return Q_EMIT reloaded();
        }
        m_api.list(m_project, this, [this, generation](const shared::ApiResult<QList<NotificationRule>> &rules) {
            if (generation != m_generation)
                return;
            if (!rules.ok())
                fail(tr("Loading the notification rules"), rules.error());
            else
                showRules(rules.value());
            Q_EMIT reloaded();
        });
    });
}

void NotificationRulesPanel::showRules(const QList<NotificationRule> &rules)
{
    const std::optional<NotificationRule> before = selectedRule();
    m_rows = rules;
    const QSignalBlocker quiet(m_rules); // one deliveries load after the rows are back, not one per row
    m_rules->setRowCount(0);
    for (const NotificationRule &rule : rules) {
        appendRow(m_rules,
                  {rule.name, NotificationText::channel(rule.channel), NotificationText::when(rule.when),
                   rule.branches.isEmpty() ? tr("every branch") : rule.branches.join(QStringLiteral(", ")),
                   rule.target(), rule.active ? tr("yes") : tr("no")},
                  rule.id);
        if (before && before->id == rule.id)
            m_rules->selectRow(m_rules->rowCount() - 1);
    }
    m_emptyState->setEmpty(rules.isEmpty());
    updateActions();
    reloadDeliveries();
}

void NotificationRulesPanel::reloadDeliveries()
{
    const std::optional<NotificationRule> rule = selectedRule();
    const int generation = ++m_deliveriesGeneration;
    m_deliveries->setRowCount(0);
    if (!rule) {
        m_deliveriesTitle->setText(tr("Select a rule to see what it sent."));
        return Q_EMIT deliveriesReloaded();
    }
    m_deliveriesTitle->setText(tr("Deliveries of %1, newest first").arg(rule->name));
    m_api.deliveries(rule->id, this, [this, generation](const shared::ApiResult<QList<NotificationDelivery>> &result) {
        if (generation != m_deliveriesGeneration)
            return;
        if (!result.ok()) {
            fail(tr("Loading the deliveries"), result.error());
            return Q_EMIT deliveriesReloaded();
        }
        for (const NotificationDelivery &delivery : result.value()) {
            appendRow(m_deliveries,
                      {QStringLiteral("#%1").arg(delivery.pipelineId),
                       PipelinesModel::statusLabel(delivery.pipelineStatus),
                       NotificationText::deliveryState(delivery.state), QString::number(delivery.attempts),
                       shortTime(delivery.createdAt), shortTime(delivery.finishedAt), delivery.lastError},
                      delivery.id);
        }
        Q_EMIT deliveriesReloaded();
    });
}

void NotificationRulesPanel::addRule()
{
    m_banner->hide();
    if (m_openEditor(this, std::nullopt))
        reload();
}

void NotificationRulesPanel::editSelected()
{
    const std::optional<NotificationRule> rule = selectedRule();
    if (!rule || !mayManage())
        return;
    m_banner->hide();
    if (m_openEditor(this, rule))
        reload();
}

void NotificationRulesPanel::deleteSelected()
{
    const std::optional<NotificationRule> rule = selectedRule();
    if (!rule || !mayManage())
        return;
    if (!m_confirm(this, tr("Delete the notification rule \"%1\" and its delivery log?").arg(rule->name)))
        return;
    m_banner->hide();
    m_api.remove(rule->id, this, [this](const shared::ApiResult<shared::Done> &result) {
        if (!result.ok())
            return fail(tr("Deleting the rule"), result.error());
        reload();
    });
}

} // namespace adp::app
