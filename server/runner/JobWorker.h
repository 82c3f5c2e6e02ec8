#pragma once

#include "ShellExecutor.h"
#include "events/Event.h"
#include "ports/ChildPipelineStarter.h"
#include "queue/JobDispatch.h"
#include "queue/JobQueue.h"

#include <QThread>
#include <atomic>

namespace adp::server::runner {

// One worker thread: takes pending jobs from the queue, runs them with the
// shell executor (trigger jobs make their child pipeline instead), streams their logs into storage while they run,
// renews their lease, and reports how they ended. Also sweeps for jobs whose worker vanished. Stopping kills the
// running job; its lease then expires and it is recovered like any lost job.
class JobWorker : public QThread
{
public:
    static constexpr qint64 kDefaultLeaseMs = 30000; // renewed every sixth of it
    static constexpr qint64 kCancelCheckMs = 500;    // a canceled job stops within a second

    struct Dependencies
    {
        queue::JobQueue &queue;
        const ShellExecutor &executor;
        ports::ChildPipelineStarter &children; // trigger jobs

        events::EventPublisher &events; // log pieces, live
        // The project's variables this job receives (its environment's, its ref's).
        std::function<QList<shared::ProjectVariable>(const queue::JobQueue::Claimed &job)> variablesOf;
        qint64 maxLogBytes;
        queue::JobDispatch &dispatch;
        queue::WorkerProfile profile;
        qint64 leaseMs = kDefaultLeaseMs;
    };
    JobWorker(QString name, Dependencies dependencies)
        : m_name(std::move(name))
        , m(std::move(dependencies))
    {
    }
    ~JobWorker() override { stop(); }

    // Asks the worker to stop without waiting (stop() waits); a running job is killed.
    void requestStop() { m_stopping = true; }
    void stop();

protected:
    void run() override;

private:
    // A claimed job this stopping worker will not start goes back to the queue.
    void giveBack(const queue::JobQueue::Claimed &job);
    // Runs the job and ends it; answers the worker's next job when one was claimed with the end.
    std::optional<queue::JobQueue::Claimed> runOne(const queue::JobQueue::Claimed &job);
    // What a run a vanished worker left used, as far as this worker can tell: the executor class
    // it would have run it with, from its start to its last renewal (a lease before it ran out).
    ports::JobUsage lostRunUsage(const ports::LapsedJob &lost) const;

    QString m_name;
    Dependencies m;
    std::atomic<bool> m_stopping{false};
};

} // namespace adp::server::runner
