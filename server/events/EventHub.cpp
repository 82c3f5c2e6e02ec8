#include "EventHub.h"

#include "EventSubscription.h"

namespace adp::server::events {

void EventHub::deliver(const Event &event)
{
    QMutexLocker lock(&m_mutex);
    if (event.offset <= m_lastOffset)
        return; // already seen through another path
    fanOutLocked(event);
}

void EventHub::deliverNext(const QString &topic, const QString &type, const QJsonObject &data, const Audience &audience)
{
    QMutexLocker lock(&m_mutex);
    fanOutLocked({m_lastOffset + 1, topic, type, data, audience});
}

void EventHub::deliverTransient(const Event &event)
{
    QMutexLocker lock(&m_mutex);
    sendLocked(event);
}

void EventHub::fanOutLocked(const Event &event)
{
    m_lastOffset = event.offset;
    m_recent.push_back(event);
    if (m_recent.size() > kReplayCapacity)
        m_recent.pop_front();
    for (const auto &observer : m_observers)
        observer(event);
    sendLocked(event);
}

void EventHub::sendLocked(const Event &event)
{
    // Posted while locked: a subscription leaves the set (under this lock)
    // before it is destroyed, so every pointer here is alive when posted.
    for (EventSubscription *subscription : std::as_const(m_subscriptions))
        QMetaObject::invokeMethod(
            subscription, [subscription, event]() { subscription->send(event); }, Qt::QueuedConnection);
}

qint64 EventHub::lastOffset() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastOffset;
}

std::optional<std::deque<Event>> EventHub::replayAfter(qint64 offset) const
{
    QMutexLocker lock(&m_mutex);
    if (offset > m_lastOffset)
        return std::nullopt; // from a numbering this hub never had
    if (offset == m_lastOffset)
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

void EventHub::closeAll()
{
    QMutexLocker lock(&m_mutex);
    for (EventSubscription *subscription : std::as_const(m_subscriptions))
        QMetaObject::invokeMethod(
            subscription, [subscription]() { subscription->close(); }, Qt::QueuedConnection);
}

void EventHub::add(EventSubscription *subscription)
{
    QMutexLocker lock(&m_mutex);
    m_subscriptions.insert(subscription);
}

void EventHub::remove(EventSubscription *subscription)
{
    QMutexLocker lock(&m_mutex);
    m_subscriptions.remove(subscription);
}

} // namespace adp::server::events
