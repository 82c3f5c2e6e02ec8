#pragma once

#include "Event.h"
#include "core/RequestContext.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>
#include <memory>

class QWebSocket;

namespace adp::server::events {

class EventHub;

// A piece of a job's stored log, read for a follower (who must be allowed to read it).
struct LogPiece
{
    QString error;    // set when the job is not found or not readable by the follower
    QByteArray bytes; // UTF-8, from `offset`
    qint64 offset = 0;
    qint64 size = 0; // the log's stored size
    QString status;  // the job's status
};
using LogReader = std::function<LogPiece(const Actor &actor, qint64 jobId, qint64 from)>;

// One client's WebSocket: reads its subscribe message, replays what it
// missed, then forwards events on the topics it asked for. A client may also
// follow jobs' logs from a byte offset: it gets what is stored from there,
// then each new piece live ("job.log" transient events), with no gap or
// repeat whatever the timing.
class EventSubscription : public QObject
{
    Q_OBJECT

public:
    // Lives in the thread that accepted the socket, as a child of `owner`.
    EventSubscription(EventHub &hub, std::unique_ptr<QWebSocket> socket, Actor actor, LogReader logs, QObject *owner);
    ~EventSubscription() override;

    void send(const Event &event);
    void close();

private:
    void onMessage(const QString &message);
    void sendJson(const QJsonObject &object);

    bool mayFollow(const QString &topic) const;
    void followLog(qint64 jobId, qint64 from);
    // Sends the stored log of a followed job from where its follower stands; false when it cannot be read.
    bool catchUp(qint64 jobId);
    void sendLive(const Event &event);

    EventHub &m_hub;
    Actor m_actor;
    LogReader m_logs;
    QHash<qint64, qint64> m_followed; // job id -> next byte the follower needs
    std::unique_ptr<QWebSocket> m_socket;
    QSet<QString> m_topics;
    bool m_subscribed = false;
};

} // namespace adp::server::events
