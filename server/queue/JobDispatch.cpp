#include "JobDispatch.h"

#include <chrono>

namespace adp::server::queue {

class LocalJobDispatch::LocalListener : public JobDispatch::Listener
{
public:
    explicit LocalListener(LocalJobDispatch &dispatch)
        : m_dispatch(dispatch)
    {
    }
    std::optional<qint64> wait(int timeoutMs) override { return m_dispatch.take(timeoutMs); }
    void done(qint64) override {}

private:
    LocalJobDispatch &m_dispatch;
};

void LocalJobDispatch::announce(const QList<qint64> &jobIds)
{
    if (jobIds.isEmpty())
        return;
    {
        std::lock_guard lock(m_mutex);
        for (const qint64 id : jobIds)
            m_hints.push_back(id);
        while (m_hints.size() > kMaxHints)
            m_hints.pop_front();
    }
    if (jobIds.size() == 1)
        m_ready.notify_one();
    else
        m_ready.notify_all();
}

std::unique_ptr<JobDispatch::Listener> LocalJobDispatch::listen(const QString &)
{
    return std::make_unique<LocalListener>(*this);
}

void LocalJobDispatch::interrupt()
{
    {
        std::lock_guard lock(m_mutex);
        ++m_interruptions;
    }
    m_ready.notify_all();
}

std::optional<qint64> LocalJobDispatch::take(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    const quint64 interruptions = m_interruptions;
    m_ready.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                     [this, interruptions]() { return !m_hints.empty() || m_interruptions != interruptions; });
    if (m_hints.empty())
        return std::nullopt;
    const qint64 id = m_hints.front();
    m_hints.pop_front();
    return id;
}

} // namespace adp::server::queue
