#include "EventSubscription.h"

#include "EventHub.h"
#include "shared/pipeline/JobStates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QWebSocket>

namespace adp::server::events {

namespace {
constexpr qint64 kMaxClientMessage = 16 * 1024;
constexpr int kMaxFollowedLogs = 32;
const QString kJobLog = QStringLiteral("job.log");
} // namespace

EventSubscription::EventSubscription(EventHub &hub, std::unique_ptr<QWebSocket> socket, Actor actor, LogReader logs,
                                     QObject *owner)
    : QObject(owner)
    , m_hub(hub)
    , m_actor(std::move(actor))
    , m_logs(std::move(logs))
    , m_socket(std::move(socket))
{
    m_hub.add(this);
    m_socket->setMaxAllowedIncomingMessageSize(kMaxClientMessage);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &EventSubscription::onMessage);
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this]() {
        m_hub.remove(this);
        deleteLater();
    });
}

EventSubscription::~EventSubscription()
{
    m_hub.remove(this);
}

void EventSubscription::sendJson(const QJsonObject &object)
{
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

void EventSubscription::send(const Event &event)
{
    if (event.type == kJobLog) {
        sendLive(event);
        return;
    }
    if (!m_subscribed || !m_topics.contains(event.topic) || !event.reaches(m_actor.userId, m_actor.isAdmin))
        return;
    if (m_actor.projectLimit != 0 && event.projectId() != m_actor.projectLimit)
        return; // a project token hears about its project only
    sendJson(event.toJson());
}

void EventSubscription::followLog(qint64 jobId, qint64 from)
{
    if (!m_followed.contains(jobId) && m_followed.size() >= kMaxFollowedLogs) {
        sendJson({{QStringLiteral("type"), QStringLiteral("error")},
                  {QStringLiteral("job"), jobId},
                  {QStringLiteral("message"),
                   QStringLiteral("at most %1 logs are followed at once").arg(kMaxFollowedLogs)}});
        return;
    }
    m_followed.insert(jobId, std::max<qint64>(from, 0));
    if (!catchUp(jobId))
        m_followed.remove(jobId);
}

bool EventSubscription::catchUp(qint64 jobId)
{
    for (;;) {
        const qint64 next = m_followed.value(jobId);
        const LogPiece piece = m_logs(m_actor, jobId, next);
        if (!piece.error.isEmpty()) {
            sendJson({{QStringLiteral("type"), QStringLiteral("error")},
                      {QStringLiteral("job"), jobId},
                      {QStringLiteral("message"), piece.error}});
            return false;
        }
        if (!piece.bytes.isEmpty()) {
            sendJson({{QStringLiteral("type"), QStringLiteral("log")},
                      {QStringLiteral("job"), jobId},
                      {QStringLiteral("offset"), piece.offset},
                      {QStringLiteral("text"), QString::fromUtf8(piece.bytes)}});
            m_followed.insert(jobId, piece.offset + piece.bytes.size());
        }
        if (piece.offset + piece.bytes.size() >= piece.size) {
            if (pipeline::JobStates::isFinished(piece.status)) {
                sendJson({{QStringLiteral("type"), QStringLiteral("log_end")},
                          {QStringLiteral("job"), jobId},
                          {QStringLiteral("status"), piece.status},
                          {QStringLiteral("size"), piece.size}});
                m_followed.remove(jobId);
            }
            return true;
        }
    }
}

void EventSubscription::sendLive(const Event &event)
{
    const qint64 jobId = event.data.value(QStringLiteral("id")).toInteger();
    const auto followed = m_followed.constFind(jobId);
    if (followed == m_followed.constEnd())
        return;
    const qint64 next = *followed;
    if (event.data.value(QStringLiteral("end")).toBool()) {
        catchUp(jobId); // sends what is left, then log_end
        return;
    }
    // The notice says where a new piece ends; the piece (and any missed before it) is read from storage.
    const qint64 end =
        event.data.value(QStringLiteral("offset")).toInteger() + event.data.value(QStringLiteral("size")).toInteger();
    if (end > next)
        catchUp(jobId);
}

void EventSubscription::close()
{
    m_socket->close(QWebSocketProtocol::CloseCodeGoingAway);
}

bool EventSubscription::mayFollow(const QString &topic) const
{
    // A topic refused here is simply missing from the "subscribed" answer.
    return topic != u"audit" || m_actor.mayReadAudit();
}

void EventSubscription::onMessage(const QString &message)
{
    const QJsonObject object = QJsonDocument::fromJson(message.toUtf8()).object();
    const QString type = object.value(QStringLiteral("type")).toString();
    if ((type == u"follow_log" || type == u"unfollow_log") && object.value(QStringLiteral("job")).isDouble()) {
        const qint64 jobId = object.value(QStringLiteral("job")).toInteger();
        if (type == u"unfollow_log")
            m_followed.remove(jobId);
        else
            followLog(jobId, object.value(QStringLiteral("offset")).toInteger(0));
        return;
    }
    if (type != u"subscribe") {
        sendJson(
            {{QStringLiteral("type"), QStringLiteral("error")},
             {QStringLiteral("message"), QStringLiteral("expected {\"type\":\"subscribe\",\"topics\":[...]} or "
                                                        "{\"type\":\"follow_log\",\"job\":ID,\"offset\":BYTES}")}});
        return;
    }
    m_topics.clear();
    for (const QJsonValue &topic : object.value(QStringLiteral("topics")).toArray()) {
        if (mayFollow(topic.toString()))
            m_topics.insert(topic.toString());
    }
    m_subscribed = true;
    sendJson({{QStringLiteral("type"), QStringLiteral("subscribed")},
              {QStringLiteral("topics"), QJsonArray::fromStringList(m_topics.values())},
              {QStringLiteral("offset"), m_hub.lastOffset()},
              {QStringLiteral("epoch"), m_hub.epoch()}});

    const QJsonValue after = object.value(QStringLiteral("after"));
    if (!after.isDouble())
        return;
    const QString epoch = object.value(QStringLiteral("epoch")).toString();
    const auto missed = epoch == m_hub.epoch() ? m_hub.replayAfter(after.toInteger()) : std::nullopt;
    if (!missed) {
        sendJson({{QStringLiteral("type"), QStringLiteral("resync")},
                  {QStringLiteral("offset"), m_hub.lastOffset()},
                  {QStringLiteral("epoch"), m_hub.epoch()}});
        return;
    }
    for (const Event &event : *missed)
        send(event);
}

} // namespace adp::server::events
