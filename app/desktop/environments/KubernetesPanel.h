#pragma once

#include "shared/client/KubernetesApi.h"
#include "shared/core/Roles.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace adp::app {

// One environment on Kubernetes: where it deploys (cluster, namespace, manifests, automatic
// rollback) with "Set target…" for maintainers, and its latest rollout: every object with its
// health (Healthy, Progressing, Degraded, Suspended, Missing) and why, refreshed as the server
// reports the rollout's progress; and whether the live objects drifted from it (Check drift).
class KubernetesPanel : public QWidget
{
    Q_OBJECT

public:
    using OpenEditor = std::function<void(QWidget *parent, const std::optional<shared::KubernetesTarget> &current)>;

    KubernetesPanel(shared::ApiClient &api, const QString &project, shared::ProjectRole role,
                    QWidget *parent = nullptr);

    void showEnvironment(const QString &environment);
    void reload();
    void setOpenEditor(OpenEditor editor) { m_openEditor = std::move(editor); }

    QLabel *targetLine() const { return m_target; }
    QLabel *rolloutLine() const { return m_rollout; }
    QTableWidget *objects() const { return m_objects; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *driftButton() const { return m_checkDrift; }
    QLabel *driftLine() const { return m_drift; }
    void checkDrift();

Q_SIGNALS:
    void loaded();

private:
    void showRollouts(const QList<shared::KubernetesRollout> &rollouts);
    void showDrift(const std::optional<shared::KubernetesDrift> &drift);

    shared::ApiClient &m_client;
    shared::KubernetesApi m_api;
    QString m_project;
    QString m_environment;
    shared::ProjectRole m_role;
    std::optional<shared::KubernetesTarget> m_current;
    QLabel *m_target;
    QLabel *m_rollout;
    QTableWidget *m_objects;
    QPushButton *m_edit;
    QLabel *m_drift;
    QPushButton *m_checkDrift;
    OpenEditor m_openEditor;
};

} // namespace adp::app
