#pragma once

#include "ports/JobAnnouncer.h"

#include <QList>
#include <QString>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>

namespace adp::server::queue {

// Wakes workers when jobs become pending, so a job is picked up at once
// instead of at the next poll. Only a hint: the jobs table is the truth, and
// workers still look there now and then, so a lost hint delays a job by at
// most that long and loses nothing.
class JobDispatch : public ports::JobAnnouncer
{
public:
    // One worker's end: waits for a hint (a job id worth trying first).
    class Listener
    {
    public:
        virtual ~Listener() = default;
        // nullopt when `timeoutMs` passed without one.
        virtual std::optional<qint64> wait(int timeoutMs) = 0;
        // The hint was acted on (claimed, or found taken): it need not be offered again.
        virtual void done(qint64 jobId) = 0;
    };
    virtual std::unique_ptr<Listener> listen(const QString &worker) = 0;
    // Wakes every waiting listener now (the server is stopping).
    virtual void interrupt() {}
};

// In one process (the embedded server): a queue of ids and a condition variable.
class LocalJobDispatch : public JobDispatch
{
public:
    static constexpr size_t kMaxHints = 10000; // beyond, the oldest are dropped: the table still has them

    void announce(const QList<qint64> &jobIds) override;
    std::unique_ptr<Listener> listen(const QString &worker) override;
    void interrupt() override;

private:
    class LocalListener;
    std::optional<qint64> take(int timeoutMs);

    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<qint64> m_hints;
    quint64 m_interruptions = 0;
};

} // namespace adp::server::queue
