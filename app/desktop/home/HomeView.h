#pragma once

#include "shared/client/DeploymentsApi.h"
#include "shared/client/EventsClient.h"
#include "shared/client/PipelinesApi.h"
#include "shell/Location.h"

#include <QTimer>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace adp::app {

class EmptyState;
class ErrorBanner;

// The home dashboard: what needs me (deployments waiting for my approval, pipelines I started
// that failed), what runs now across my projects (with durations that tick), and recent
// activity. Every row opens where it belongs; it follows the pipelines live.
class HomeView : public QWidget
{
    Q_OBJECT

public:
    HomeView(shared::ApiClient &api, shared::EventsClient *events, QWidget *parent = nullptr);

    Q_INVOKABLE void reload();
    QTreeWidget *needsMe() const { return m_needs; }
    QTreeWidget *runningNow() const { return m_running; }
    QTreeWidget *recent() const { return m_recent; }
    EmptyState *runningState() const { return m_runningState; }

Q_SIGNALS:
    void openRequested(const adp::app::Location &location);
    void browseProjectsRequested();
    void loaded(); // every section answered once more

private:
    void loadNeeds();
    void loadRunning();
    void loadRecent();
    void tickDurations();
    void answered();
    void open(QTreeWidgetItem *item);

    shared::PipelinesApi m_pipelines;
    shared::DeploymentsApi m_deployments;
    ErrorBanner *m_banner;
    QTreeWidget *m_needs;
    EmptyState *m_needsState;
    QTreeWidget *m_running;
    EmptyState *m_runningState;
    QTreeWidget *m_recent;
    EmptyState *m_recentState;
    QTimer m_reloadSoon;
    QTimer m_tick;
    int m_waiting = 0;
    int m_needsWaiting = 0;
    QList<QTreeWidgetItem *> m_needsRows; // approvals first, then failed pipelines
};

} // namespace adp::app
