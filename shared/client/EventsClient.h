#pragma once

#include "ApiClient.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QWebSocket>

namespace adp::shared {

// One WebSocket to /api/v1/events per client. Subscribes to topics, reconnects
// with exponential backoff and resumes after the last offset it saw; when the
// server can no longer replay that far back it asks the owner to reload.
class EventsClient : public QObject
{
    Q_OBJECT

public:
    explicit EventsClient(ApiClient &api, QObject *parent = nullptr);
    ~EventsClient() override;

    void start(const QStringList &topics);
    void stop();
    bool isConnected() const { return m_connected; }
    qint64 lastOffset() const { return m_lastOffset; }

Q_SIGNALS:
    void eventReceived(const QString &topic, const QString &type, const QJsonObject &data);
    void connectedChanged(bool connected);
    void resyncNeeded();

private:
    void open();
    void onTextMessage(const QString &message);
    void onDisconnected();

    ApiClient &m_api;
    QWebSocket m_socket;
    QTimer m_reconnectTimer;
    QStringList m_topics;
    qint64 m_lastOffset = -1;
    QString m_epoch; // the server's numbering of m_lastOffset
    int m_backoffMs = 500;
    bool m_running = false;
    bool m_connected = false;
};

} // namespace adp::shared
