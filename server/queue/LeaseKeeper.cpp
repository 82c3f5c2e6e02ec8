#include "LeaseKeeper.h"

#include "JobQueue.h"

#include <chrono>
#include <spdlog/spdlog.h>

namespace adp::server::queue {

LeaseKeeper::LeaseKeeper(JobQueue &queue, qint64 jobId, QString worker, qint64 leaseMs)
    : m_queue(queue)
    , m_jobId(jobId)
    , m_worker(std::move(worker))
    , m_leaseMs(leaseMs)
    , m_thread([this]() { run(); })
{
}

LeaseKeeper::~LeaseKeeper()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void LeaseKeeper::run()
{
    // Six renewals per lease: a few slow database answers in a row still leave it alive.
    const auto every = std::chrono::milliseconds(std::max<qint64>(m_leaseMs / 6, 50));
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, every, [this]() { return m_stopping; })) {
        lock.unlock();
        try {
            if (!m_queue.heartbeat(m_jobId, m_worker, m_leaseMs)) {
                m_ours = false; // canceled, or recovered elsewhere: nothing more to renew
                return;
            }
        } catch (const std::exception &error) {
            // The database is away for a moment; the next renewal may reach it within the lease.
            spdlog::warn("job {}: its lease could not be renewed: {}", m_jobId, error.what());
        }
        lock.lock();
    }
}

} // namespace adp::server::queue
