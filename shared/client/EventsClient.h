#pragma once

#include "ApiClient.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QWebSocket>

namespace adp::shared {

// One WebSocket to /api/v1/events per client. Subscribes to topics, reconnects
// with exponential backoff and resumes after the last offset it saw; when the
// server can no longer replay that far back it asks the owner to reload.
// Job logs are followed on the same socket by byte offset: each piece comes
// as logReceived, and after a reconnect each followed log is asked for again
// from the bytes that arrived, so nothing is missed or repeated.
class EventsClient : public QObject
{
    Q_OBJECT

public:
    explicit EventsClient(ApiClient &api, QObject *parent = nullptr);
    ~EventsClient() override;

    void start(const QStringList &topics);
    void stop();
    bool isConnected() const { return m_connected; }
    // Follows a job's log from byte `offset` (0: all of it) until it ends or unfollowLog().
    void followLog(qint64 jobId, qint64 offset);
    void unfollowLog(qint64 jobId);
    qint64 lastOffset() const { return m_lastOffset; }

Q_SIGNALS:
    void eventReceived(const QString &topic, const QString &type, const QJsonObject &data);
    void connectedChanged(bool connected);
    void resyncNeeded();
    // A piece of a followed log: `text` starts at byte `offset`.
    void logReceived(qint64 jobId, qint64 offset, const QString &text);
    // The job finished and every byte of its log was sent.
    void logEnded(qint64 jobId, const QString &status);
    void logRefused(qint64 jobId, const QString &message);

private:
    void open();
    void onTextMessage(const QString &message);
    void onDisconnected();
    void send(const QJsonObject &object);

    ApiClient &m_api;
    QWebSocket m_socket;
    QTimer m_reconnectTimer;
    QStringList m_topics;
    qint64 m_lastOffset = -1;
    QString m_epoch;                      // the server's numbering of m_lastOffset
    QHash<qint64, qint64> m_followedLogs; // job id -> the next byte wanted
    int m_backoffMs = 500;
    bool m_running = false;
    bool m_connected = false;
};

} // namespace adp::shared
