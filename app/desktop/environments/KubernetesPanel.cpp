#include "KubernetesPanel.h"

#include "KubernetesTargetDialog.h"
#include "widgets/ApiErrorText.h"
#include "widgets/StatusStyle.h"
#include "widgets/Tables.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adp::app {

namespace {

// Argo CD's health states in the colours and symbols every status has in the desktop.
QString statusOfHealth(const QString &health)
{
    if (health == u"Healthy")
        return QStringLiteral("success");
    if (health == u"Degraded" || health == u"Missing")
        return QStringLiteral("failed");
    if (health == u"Suspended")
        return QStringLiteral("manual");
    return QStringLiteral("running");
}

QString healthText(const QString &health)
{
    if (health == u"Healthy")
        return KubernetesPanel::tr("Healthy");
    if (health == u"Progressing")
        return KubernetesPanel::tr("Progressing");
    if (health == u"Degraded")
        return KubernetesPanel::tr("Degraded");
    if (health == u"Suspended")
        return KubernetesPanel::tr("Suspended");
    if (health == u"Missing")
        return KubernetesPanel::tr("Missing");
    return KubernetesPanel::tr("Waiting");
}

QString rolloutStatusText(const QString &status)
{
    if (status == u"applying")
        return KubernetesPanel::tr("applying");
    if (status == u"progressing")
        return KubernetesPanel::tr("progressing");
    if (status == u"healthy")
        return KubernetesPanel::tr("healthy");
    return KubernetesPanel::tr("failed");
}

} // namespace

KubernetesPanel::KubernetesPanel(shared::ApiClient &api, const QString &project, shared::ProjectRole role,
                                 QWidget *parent)
    : QWidget(parent)
    , m_client(api)
    , m_api(api, project)
    , m_project(project)
    , m_role(role)
{
    const bool maintainer = role >= shared::ProjectRole::Maintainer;
    m_target = new QLabel(this);
    m_target->setObjectName(QStringLiteral("kubernetesTarget"));
    m_target->setWordWrap(true);
    m_rollout = new QLabel(this);
    m_rollout->setObjectName(QStringLiteral("kubernetesRollout"));
    m_rollout->setWordWrap(true);
    m_rollout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_objects = makeRowTable(this, {tr("Object"), tr("Health"), tr("Why")});
    m_objects->setObjectName(QStringLiteral("kubernetesObjects"));
    m_objects->setAccessibleName(tr("The rollout's objects and their health"));
    fitColumns(m_objects, 2);
    m_edit = new QPushButton(tr("Set target…"), this);
    m_edit->setEnabled(false);
    m_edit->setToolTip(maintainer ? QString()
                                  : tr("Only the project's maintainers choose where an environment deploys"));
    m_openEditor = [this](QWidget *owner, const std::optional<shared::KubernetesTarget> &current) {
        auto *dialog = new KubernetesTargetDialog(m_client, m_project, m_environment, current, owner);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &KubernetesTargetDialog::saved, this, &KubernetesPanel::reload);
        dialog->open();
    };
    connect(m_edit, &QPushButton::clicked, this, [this]() { m_openEditor(this, m_current); });
    m_drift = new QLabel(this);
    m_drift->setObjectName(QStringLiteral("kubernetesDrift"));
    m_drift->setWordWrap(true);
    m_drift->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkDrift = new QPushButton(tr("Check drift"), this);
    m_checkDrift->setEnabled(false);
    m_checkDrift->setToolTip(role >= shared::ProjectRole::Developer
                                 ? tr("Compare the live objects with what the latest rollout applied")
                                 : tr("Developers and maintainers check drift"));
    connect(m_checkDrift, &QPushButton::clicked, this, &KubernetesPanel::checkDrift);
    auto *top = new QHBoxLayout;
    top->addWidget(m_target, 1);
    top->addWidget(m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_rollout);
    layout->addWidget(m_objects, 1);
    auto *driftRow = new QHBoxLayout;
    driftRow->addWidget(m_drift, 1);
    driftRow->addWidget(m_checkDrift);
    layout->addLayout(driftRow);
    showEnvironment({});
}

void KubernetesPanel::showEnvironment(const QString &environment)
{
    m_environment = environment;
    m_current.reset();
    m_objects->setRowCount(0);
    m_rollout->clear();
    m_drift->clear();
    m_checkDrift->setEnabled(false);
    m_target->setText(environment.isEmpty() ? tr("Choose an environment to see where it deploys.") : QString());
    m_edit->setEnabled(false);
    if (!environment.isEmpty())
        reload();
}

void KubernetesPanel::reload()
{
    if (m_environment.isEmpty())
        return;
    const QString asked = m_environment;
    m_api.targets(this, [this, asked](const shared::ApiResult<QList<shared::KubernetesTarget>> &targets) {
        if (asked != m_environment)
            return; // another environment was chosen meanwhile
        if (!targets.ok()) {
            m_target->setText(ApiErrorText::forAction(tr("Loading where it deploys"), targets.error()));
            return;
        }
        m_current.reset();
        for (const shared::KubernetesTarget &target : targets.value()) {
            if (target.environment == m_environment)
                m_current = target;
        }
        m_edit->setEnabled(m_role >= shared::ProjectRole::Maintainer);
        m_target->setText(
            m_current
                ? tr("Deploys to Kubernetes: cluster %1, namespace %2, manifests %3; automatic "
                     "rollback %4.")
                      .arg(m_current->clusterName, m_current->namespaceName, m_current->manifestPath,
                           m_current->autoRollback ? tr("on") : tr("off"))
                : tr("%1 does not deploy to Kubernetes: its deploy jobs run their scripts only.").arg(m_environment));
        m_api.rollouts(
            m_environment, 1, this, [this, asked](const shared::ApiResult<QList<shared::KubernetesRollout>> &rollouts) {
                if (asked != m_environment)
                    return;
                if (!rollouts.ok()) {
                    m_rollout->setText(ApiErrorText::forAction(tr("Loading the rollouts"), rollouts.error()));
                    return;
                }
                showRollouts(rollouts.value());
                Q_EMIT loaded();
            });
    });
}

void KubernetesPanel::showRollouts(const QList<shared::KubernetesRollout> &rollouts)
{
    m_objects->setRowCount(0);
    showDrift(rollouts.isEmpty() ? std::nullopt : rollouts.first().drift);
    m_checkDrift->setEnabled(m_role >= shared::ProjectRole::Developer && !rollouts.isEmpty() &&
                             rollouts.first().status == u"healthy");
    if (rollouts.isEmpty()) {
        m_rollout->setText(m_current ? tr("No rollout yet: the next deploy job applies the manifests.") : QString());
        m_objects->setVisible(false);
        return;
    }
    const shared::KubernetesRollout &rollout = rollouts.first();
    QString text = tr("Rollout of job #%1 (commit %2): %3")
                       .arg(rollout.jobId)
                       .arg(rollout.sha.left(8), rolloutStatusText(rollout.status));
    if (!rollout.reason.isEmpty())
        text += u'\n' + rollout.reason;
    if (!rollout.rollback.isEmpty())
        text += u'\n' + rollout.rollback;
    m_rollout->setText(text);
    m_objects->setVisible(true);
    for (const shared::RolloutObject &object : rollout.objects) {
        const int row = m_objects->rowCount();
        m_objects->insertRow(row);
        m_objects->setItem(row, 0, new QTableWidgetItem(object.kind.toLower() + u'/' + object.name));
        m_objects->setItem(
            row, 1, new QTableWidgetItem(status::icon(statusOfHealth(object.health)), healthText(object.health)));
        m_objects->setItem(row, 2, new QTableWidgetItem(object.message));
    }
}

void KubernetesPanel::showDrift(const std::optional<shared::KubernetesDrift> &drift)
{
    if (!drift) {
        m_drift->clear();
        return;
    }
    if (!drift->drifted) {
        m_drift->setText(tr("No drift: the live objects are as the rollout left them (checked %1).")
                             .arg(shortTime(drift->checkedAt)));
        return;
    }
    QStringList lines{tr("Drifted (checked %1):").arg(shortTime(drift->checkedAt))};
    for (const auto &object : drift->objects) {
        const QString name = object.kind.toLower() + u'/' + object.name;
        if (object.missing)
            lines.append(tr("%1 is missing").arg(name));
        if (!object.error.isEmpty())
            lines.append(tr("%1 could not be read: %2").arg(name, object.error));
        for (const auto &field : object.fields)
            lines.append(tr("%1 %2 changed by %3").arg(name, field.field, field.manager));
    }
    lines.append(tr("Run the deploy job again to re-sync."));
    m_drift->setText(lines.join(u'\n'));
}

void KubernetesPanel::checkDrift()
{
    m_checkDrift->setEnabled(false);
    m_drift->setText(tr("Checking drift…"));
    m_api.checkDrift(m_environment, this, [this](const shared::ApiResult<shared::KubernetesDrift> &result) {
        if (!result.ok()) {
            m_drift->setText(ApiErrorText::forAction(tr("Checking drift"), result.error()));
            m_checkDrift->setEnabled(true);
            return;
        }
        showDrift(result.value());
        m_checkDrift->setEnabled(true);
    });
}

} // namespace adp::app
