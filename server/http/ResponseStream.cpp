#include "ResponseStream.h"

#include <spdlog/spdlog.h>

namespace adp::server::http {

bool ResponseStream::write(QByteArray piece)
{
    QMutexLocker lock(&m_mutex);
    while (!m_abandoned && m_queued.size() >= kMaxQueuedBytes)
        m_room.wait(&m_mutex);
    if (m_abandoned)
        return false;
    const bool wasEmpty = m_queued.isEmpty();
    m_queued += piece;
    if (wasEmpty && m_wake)
        m_wake();
    return true;
}

void ResponseStream::run()
{
    bool failed = false;
    try {
        m_producer(*this);
    } catch (const std::exception &error) {
        spdlog::error("a streamed response stopped: {}", error.what());
        failed = true;
    }
    QMutexLocker lock(&m_mutex);
    m_ended = !failed;
    m_failed = failed;
    m_producer = nullptr; // what it holds goes now, not when the last owner lets go
    if (m_wake)
        m_wake();
}

void ResponseStream::setWake(std::function<void()> wake)
{
    QMutexLocker lock(&m_mutex);
    m_wake = std::move(wake);
}

ResponseStream::Taken ResponseStream::take()
{
    QMutexLocker lock(&m_mutex);
    Taken taken;
    taken.bytes = std::exchange(m_queued, {});
    taken.ended = m_ended;
    taken.failed = m_failed;
    m_room.wakeAll();
    return taken;
}

void ResponseStream::abandon()
{
    QMutexLocker lock(&m_mutex);
    m_abandoned = true;
    m_wake = nullptr;
    m_room.wakeAll();
}

} // namespace adp::server::http
