#pragma once

#include "shared/client/ClustersApi.h"
#include "shared/client/KubernetesApi.h"
#include "widgets/FieldForm.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace adp::app {

// Makes an environment deploy to Kubernetes: which of the project's clusters, the namespace
// (the cluster's unless given), where the manifests are in the repository, whether a failed
// rollout rolls back by itself, whether fields other managers own are taken, and the service
// account whose short-lived token deploy jobs get for their own kubectl.
class KubernetesTargetDialog : public QDialog
{
    Q_OBJECT

public:
    KubernetesTargetDialog(shared::ApiClient &api, const QString &project, const QString &environment,
                           const std::optional<shared::KubernetesTarget> &current, QWidget *parent = nullptr);

    QComboBox *clusterField() const { return m_cluster; }
    QLineEdit *namespaceField() const { return m_namespace; }
    QLineEdit *manifestsField() const { return m_manifests; }
    QCheckBox *autoRollbackField() const { return m_autoRollback; }
    QString fieldError(const QString &field) const { return m_form.error(field); }
    void submit();

Q_SIGNALS:
    void clustersLoaded();
    void saved(const adp::shared::KubernetesTarget &target);

private:
    shared::ClustersApi m_clusters;
    shared::KubernetesApi m_api;
    QString m_environment;
    FieldForm m_form;
    QComboBox *m_cluster;
    QLineEdit *m_namespace;
    QLineEdit *m_manifests;
    QLineEdit *m_serviceAccount;
    QCheckBox *m_autoRollback;
    QCheckBox *m_forceConflicts;
};

} // namespace adp::app
