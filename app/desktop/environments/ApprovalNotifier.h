#pragma once

#include "shared/client/DeploymentsApi.h"
#include "shared/client/EventsClient.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace adp::app {

// Tells an approver when a deployment starts waiting for them: it asks the server which
// deployments wait for the signed-in person's decision (at start, when a pipeline of theirs
// changes, and every minute) and announces each one once.
class ApprovalNotifier : public QObject
{
    Q_OBJECT

public:
    ApprovalNotifier(shared::ApiClient &api, shared::EventsClient &events, QObject *parent = nullptr);

    void check();
    int waitingCount() const { return int(m_announced.size()); }

Q_SIGNALS:
    void announce(const QString &title, const QString &message, const QString &project, qint64 iid);
    void checked();

private:
    shared::DeploymentsApi m_api;
    QSet<QPair<QString, qint64>> m_announced; // project slug, iid
    QTimer m_soon;
    QTimer m_everyMinute;
};

} // namespace adp::app
