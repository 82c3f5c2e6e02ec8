#include "EventHub.h"

#include "EventSubscription.h"

#include <QThread>
#include <QWebSocket>

namespace adp::server::events {

EventHub::EventHub(QObject *parent) : QObject(parent) {}

EventHub::~EventHub()
{
    closeAll();
}

void EventHub::deliver(const Event &event)
{
    if (QThread::currentThread() == thread())
        deliverHere(event);
    else
        QMetaObject::invokeMethod(this, [this, event]() { deliverHere(event); }, Qt::QueuedConnection);
}

void EventHub::deliverHere(const Event &event)
{
    if (event.offset <= m_lastOffset)
        return; // duplicate from a second fan-out path
    m_lastOffset = event.offset;
    m_recent.push_back(event);
    if (m_recent.size() > kReplayCapacity)
        m_recent.pop_front();
    const auto subscriptions = m_subscriptions; // a send may close and remove one
    for (EventSubscription *subscription : subscriptions)
        subscription->send(event);
}

std::optional<std::deque<Event>> EventHub::replayAfter(qint64 offset) const
{
    if (offset >= m_lastOffset)
        return std::deque<Event>();
    if (m_recent.empty() || m_recent.front().offset > offset + 1)
        return std::nullopt;
    std::deque<Event> result;
    for (const Event &event : m_recent) {
        if (event.offset > offset)
            result.push_back(event);
    }
    return result;
}

void EventHub::adopt(std::unique_ptr<QWebSocket> socket)
{
    // Sockets arrive from HTTP threads; they are moved here without a parent.
    QWebSocket *raw = socket.release();
    raw->setParent(nullptr);
    raw->moveToThread(thread());
    QMetaObject::invokeMethod(this, [this, raw]() {
        auto *subscription = new EventSubscription(*this, std::unique_ptr<QWebSocket>(raw));
        m_subscriptions.insert(subscription);
    }, Qt::QueuedConnection);
}

void EventHub::closeAll()
{
    const auto subscriptions = m_subscriptions;
    for (EventSubscription *subscription : subscriptions)
        subscription->close();
    qDeleteAll(subscriptions);
    m_subscriptions.clear();
}

void LocalEventPublisher::publish(const QString &topic, const QString &type, const QJsonObject &data)
{
    m_hub.deliver({m_nextOffset.fetch_add(1), topic, type, data});
}

} // namespace adp::server::events
