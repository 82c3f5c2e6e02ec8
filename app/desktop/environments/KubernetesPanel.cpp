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

KubernetesPanel::KubernetesPanel(shared::ApiClient &api, const QString &project, bool maintainer, QWidget *parent)
    : QWidget(parent)
    , m_client(api)
    , m_api(api, project)
    , m_project(project)
    , m_maintainer(maintainer)
{
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
    auto *top = new QHBoxLayout;
    top->addWidget(m_target, 1);
    top->addWidget(m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_rollout);
    layout->addWidget(m_objects, 1);
    showEnvironment({});
}

void KubernetesPanel::showEnvironment(const QString &environment)
{
    m_environment = environment;
    m_current.reset();
    m_objects->setRowCount(0);
    m_rollout->clear();
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
        m_edit->setEnabled(m_maintainer);
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

} // namespace adp::app
