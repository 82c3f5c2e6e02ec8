#pragma once

#include <QString>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace adp::server::queue {

class JobQueue;

// Renews a claimed job's lease from a thread of its own while the job runs, whatever one of its
// steps takes (fetching, checking out, copying a workspace to a user of its own, uploading): the
// lease lapses only when the worker's process is gone, not while it is busy.
class LeaseKeeper
{
public:
    LeaseKeeper(JobQueue &queue, qint64 jobId, QString worker, qint64 leaseMs);
    ~LeaseKeeper();
    LeaseKeeper(const LeaseKeeper &) = delete;
    LeaseKeeper &operator=(const LeaseKeeper &) = delete;

    // False once the job was canceled or recovered by another worker.
    bool stillOurs() const { return m_ours.load(); }

private:
    void run();

    JobQueue &m_queue;
    const qint64 m_jobId;
    const QString m_worker;
    const qint64 m_leaseMs;
    std::atomic<bool> m_ours{true};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace adp::server::queue
