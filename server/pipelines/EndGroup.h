#pragma once

#include "JobStore.h"
#include "PipelineProgress.h"
#include "core/Clock.h"
#include "core/Gathering.h"
#include "ports/UsageMeter.h"

#include <exception>
#include <optional>
#include <utility>
#include <vector>

namespace adp::server::pipelines {

// Ends of jobs (finished, retried later, recovered) that workers report at the same moment,
// committed as one transaction. The jobs of one pipeline end at about the same time and each end
// locks its pipeline to move it on: one at a time, each held that lock through round trips of its
// own and its own flush. A worker that finds no group under way leads: every end waiting by then
// is applied in one round trip (each job's change, then each pipeline locked and its jobs read
// after all the changes), each pipeline is moved on once from what the changes left
// (PipelineProgress::advance decides from its jobs' states, so once after several ends is what
// one after another would leave), and the runs' usage rides with the one COMMIT. A worker may
// ask for its next job with its end (End::next): the oldest free jobs are then claimed for all
// who asked, in one statement at the end of the same transaction.
//
// An end whose job is no longer that worker's changes nothing and answers false, as alone. If the
// group fails before its COMMIT (or the database refuses the COMMIT), nothing was kept and each
// end runs again alone, so each answer and each failure stays its own; a COMMIT lost with the
// connection is every end's, as its own would have been. Nothing is answered before the COMMIT.
class EndGroup
{
public:
    struct End
    {
        qint64 jobId = 0;
        QString newStatus;
        const JobStore::JobChange *change = nullptr;
        qint64 pipelineId = 0;
        std::optional<std::pair<int, ports::JobUsage>> ended; // the attempt whose run ends, and its usage
        // The worker's next job, claimed with the end (PostgreSQL): one commit ends one and starts the next.
        std::optional<JobStore::WorkerClaim> next;
    };
    struct Outcome
    {
        bool changed = false;
        PipelineProgress::Changes changes;           // to publish once committed
        std::optional<JobStore::ClaimedAtOnce> next; // none when nothing was free, or the end changed nothing
    };

    EndGroup(storage::Database &database, JobStore &jobs, PipelineProgress &progress, ports::UsageMeter &usage,
             const Clock &clock, int maxEnds = 32)
        : m_database(database)
        , m_jobs(jobs)
        , m_progress(progress)
        , m_usage(usage)
        , m_clock(clock)
        , m_ends(maxEnds)
    {
    }
    // Applies `end` with whatever else waits and commits it; rethrows what its own transaction threw.
    Outcome run(const End &end);

private:
    struct Ticket
    {
        const End *end = nullptr;
        Outcome outcome;
        std::exception_ptr error;
    };
    void runGroup(const std::vector<Ticket *> &group);
    void runAlone(Ticket &ticket);
    // The tickets' ends applied to `tx`, each ticket's outcome set; false when a job changed
    // without its pipeline to lock (then nothing may be kept).
    bool apply(storage::Transaction &tx, const std::vector<Ticket *> &tickets);
    // The next jobs of the workers whose ends changed their job and who asked for one, after every
    // pipeline moved on (so a job it made pending can be one of them).
    void claimNext(storage::Transaction &tx, const std::vector<Ticket *> &tickets, qint64 nowMs);

    storage::Database &m_database;
    JobStore &m_jobs;
    PipelineProgress &m_progress;
    ports::UsageMeter &m_usage;
    const Clock &m_clock;
    Gathering<Ticket> m_ends;
};

} // namespace adp::server::pipelines
