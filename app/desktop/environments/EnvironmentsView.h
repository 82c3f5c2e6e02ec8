#pragma once

#include "shared/client/DeploymentsApi.h"
#include "shared/client/EventsClient.h"
#include "shared/client/PipelinesApi.h"
#include "shared/core/Project.h"
#include "shell/Location.h"

#include <QTimer>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace adp::app {

class EmptyState;
class ErrorBanner;
class DeploymentRiskPanel;
class KubernetesPanel;

// A project's environments and deployments (issue #19): environments by folder with their tier,
// state and what runs there now (Stop, Unpin); the chosen environment's history with a status
// filter and paging (Rollback with confirmation); and for the chosen deployment what it brings
// (the commits and files since the one before it) with Approve / Reject and a comment while it
// waits; beside it, the environment on Kubernetes (its target and its latest rollout's objects,
// live). Pipeline events of the project refresh it.
class EnvironmentsView : public QWidget
{
    Q_OBJECT

public:
    // Asks the user to confirm; a seam so tests can answer.
    using Confirm = std::function<bool(QWidget *parent, const QString &question)>;

    EnvironmentsView(shared::ApiClient &api, shared::EventsClient *events, const shared::Project &project,
                     QWidget *parent = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    Q_INVOKABLE void reload();
    void selectEnvironment(const QString &name);
    void selectDeployment(qint64 iid);
    // Shows one deployment (its environment chosen first), as a notification asks.
    void showDeployment(qint64 iid);

    QTreeWidget *environments() const { return m_environments; }
    QTableWidget *history() const { return m_history; }
    QComboBox *statusFilter() const { return m_status; }
    QTextBrowser *details() const { return m_details; }
    QLineEdit *commentField() const { return m_comment; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *unpinButton() const { return m_unpin; }
    QPushButton *rollbackButton() const { return m_rollback; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *moreButton() const { return m_more; }
    QPushButton *protectionButton() const { return m_protection; }
    KubernetesPanel *kubernetes() const { return m_kubernetes; }
    DeploymentRiskPanel *riskPanel() const { return m_risk; }
    QTabWidget *sideTabs() const { return m_sideTabs; }
    // A window with who may deploy and approve, environment settings and freeze windows (maintainers).
    void openProtection();
    ErrorBanner *banner() const { return m_banner; }

Q_SIGNALS:
    void environmentsLoaded();
    void historyLoaded();
    void detailsLoaded();
    // Protection and freezes are the project's settings: the workspace shows them there.
    void openRequested(const adp::app::Location &location);

private:
    enum Column { Name, Tier, State, RunningNow, Url };
    std::optional<shared::Environment> currentEnvironment() const;
    std::optional<shared::Deployment> currentDeployment() const;
    void showEnvironments(const QList<shared::Environment> &environments);
    void loadHistory(bool more);
    void showDetails();
    // The details once the comparison arrived: with how the deploying pipeline stands.
    void finishDetails(qint64 iid, qint64 pipelineId, const QString &html);
    void updateActions();
    void stop();
    void unpin();
    void rollback();
    void decide(const QString &decision);
    // Reports a failed call, or reloads after a done one.
    void afterAction(const QString &action, const std::optional<shared::ApiError> &error);

    shared::ApiClient &m_client;
    shared::DeploymentsApi m_api;
    shared::PipelinesApi m_pipelines; // the deploying pipeline's result, in a deployment's details
    shared::Project m_project;
    QList<shared::Environment> m_environmentList;
    QList<shared::Deployment> m_deployments;
    QString m_nextCursor;
    QString m_selectedEnvironment;
    qint64 m_pendingDeployment = 0; // to select once its environment's history arrives
    Confirm m_confirm;
    QTreeWidget *m_environments;
    EmptyState *m_emptyState;
    QTableWidget *m_history;
    QComboBox *m_status;
    QPushButton *m_more;
    QTextBrowser *m_details;
    QLineEdit *m_comment;
    QPushButton *m_stop;
    QPushButton *m_unpin;
    QPushButton *m_rollback;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_protection;
    QLabel *m_summary;
    KubernetesPanel *m_kubernetes;
    DeploymentRiskPanel *m_risk;
    QTabWidget *m_sideTabs;
    ErrorBanner *m_banner;
    QTimer m_refresh;
};

} // namespace adp::app
