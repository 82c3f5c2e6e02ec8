#include "KubernetesTargetDialog.h"

#include "shared/pipeline/EnvironmentName.h"
#include "widgets/ApiErrorText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace adp::app {

KubernetesTargetDialog::KubernetesTargetDialog(shared::ApiClient &api, const QString &project,
                                               const QString &environment,
                                               const std::optional<shared::KubernetesTarget> &current, QWidget *parent)
    : QDialog(parent)
    , m_clusters(api, project)
    , m_api(api, project)
    , m_environment(environment)
    , m_form(this)
{
    setWindowTitle(tr("Deploy %1 to Kubernetes").arg(environment));
    m_cluster = new QComboBox(this);
    m_cluster->setAccessibleName(tr("Cluster"));
    m_form.addField(QStringLiteral("cluster_id"), tr("Cluster"), m_cluster);
    m_namespace = m_form.addLine(QStringLiteral("namespace"), tr("Namespace"), tr("the cluster's namespace"));
    m_manifests = m_form.addLine(QStringLiteral("manifest_path"), tr("Manifests"),
                                 tr("a file or directory in the repository, e.g. deploy/"));
    m_serviceAccount = m_form.addLine(QStringLiteral("service_account"), tr("Service account for jobs"),
                                      tr("optional: deploy jobs get a short-lived KUBECONFIG of it"));
    m_autoRollback = new QCheckBox(tr("Roll back to the last healthy revision when a rollout fails"), this);
    m_forceConflicts = new QCheckBox(tr("Take fields other field managers own (force conflicts)"), this);
    m_autoRollback->setChecked(current ? current->autoRollback
                                       : pipeline::EnvironmentName::guessTier(environment) == u"production");
    if (current) {
        m_namespace->setText(current->namespaceName);
        m_manifests->setText(current->manifestPath);
        m_forceConflicts->setChecked(current->forceConflicts);
        m_serviceAccount->setText(current->serviceAccount);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("submit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &KubernetesTargetDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form.layout());
    layout->addWidget(m_autoRollback);
    layout->addWidget(m_forceConflicts);
    layout->addStretch(1);
    layout->addWidget(buttons);
    m_clusters.list(this, [this, current](const shared::ApiResult<QList<shared::Cluster>> &result) {
        if (!result.ok()) {
            m_form.showErrors({{QStringLiteral("cluster_id"), QString(),
                                ApiErrorText::forAction(tr("Loading the clusters"), result.error())}});
            return;
        }
        for (const shared::Cluster &cluster : result.value()) {
            m_cluster->addItem(tr("%1 (%2, namespace %3)").arg(cluster.name, cluster.server, cluster.namespaceName),
                               cluster.id);
            if (current && current->clusterId == cluster.id)
                m_cluster->setCurrentIndex(m_cluster->count() - 1);
        }
        if (m_cluster->count() == 0)
            m_form.showErrors({{QStringLiteral("cluster_id"), QString(),
                                tr("The project has no clusters yet: add one in Settings > Clusters")}});
        Q_EMIT clustersLoaded();
    });
}

void KubernetesTargetDialog::submit()
{
    m_form.clearErrors();
    shared::KubernetesTargetFields fields;
    fields.environment = m_environment;
    if (m_cluster->currentIndex() >= 0)
        fields.clusterId = m_cluster->currentData().toLongLong();
    if (!m_namespace->text().trimmed().isEmpty())
        fields.namespaceName = m_namespace->text().trimmed();
    fields.manifestPath = m_manifests->text().trimmed();
    fields.autoRollback = m_autoRollback->isChecked();
    fields.forceConflicts = m_forceConflicts->isChecked();
    fields.serviceAccount = m_serviceAccount->text().trimmed();
    m_api.setTarget(fields, this, [this](const shared::ApiResult<shared::KubernetesTarget> &result) {
        if (!result.ok()) {
            const shared::FieldErrors rest = m_form.showErrors(result.error().fieldErrors);
            if (result.error().fieldErrors.isEmpty() || !rest.isEmpty())
                m_form.showErrors({{QStringLiteral("manifest_path"), QString(),
                                    ApiErrorText::forAction(tr("Saving the target"), result.error())}});
            return;
        }
        Q_EMIT saved(result.value());
        accept();
    });
}

} // namespace adp::app
