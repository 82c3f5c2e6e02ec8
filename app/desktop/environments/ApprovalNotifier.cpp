#include "ApprovalNotifier.h"

namespace adp::app {

ApprovalNotifier::ApprovalNotifier(shared::ApiClient &api, shared::EventsClient &events, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    // A pipeline that starts waiting changes its status: ask once things settle.
    m_soon.setSingleShot(true);
    m_soon.setInterval(500);
    connect(&m_soon, &QTimer::timeout, this, &ApprovalNotifier::check);
    connect(&events, &shared::EventsClient::eventReceived, this,
            [this](const QString &topic, const QString &type, const QJsonObject &) {
                if (topic == u"pipelines" && type == u"pipeline.updated")
                    m_soon.start();
            });
    connect(&events, &shared::EventsClient::resyncNeeded, this, &ApprovalNotifier::check);
    m_everyMinute.setInterval(60 * 1000);
    connect(&m_everyMinute, &QTimer::timeout, this, &ApprovalNotifier::check);
    m_everyMinute.start();
}

void ApprovalNotifier::check()
{
    m_api.waitingForMe(this, [this](const shared::ApiResult<QList<shared::Deployment>> &result) {
        if (!result.ok())
            return; // the next check tries again
        QSet<QPair<QString, qint64>> waiting;
        for (const shared::Deployment &deployment : result.value()) {
            const QPair<QString, qint64> key{deployment.project, deployment.iid};
            waiting.insert(key);
            if (m_announced.contains(key))
                continue;
            Q_EMIT announce(tr("Deployment waits for your approval"),
                            tr("#%1 of %2 to %3 (%4, asked by %5)")
                                .arg(deployment.iid)
                                .arg(deployment.project, deployment.environment, deployment.ref,
                                     deployment.triggeredBy.isEmpty() ? QStringLiteral("-") : deployment.triggeredBy),
                            deployment.project, deployment.iid);
        }
        m_announced = waiting; // one that stops waiting and waits again is announced again
        Q_EMIT checked();
    });
}

} // namespace adp::app
