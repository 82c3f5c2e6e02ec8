#pragma once

#include "JobStore.h"
#include "core/Gathering.h"

#include <exception>
#include <optional>
#include <vector>

namespace adp::server::pipelines {

// Claims of the oldest free job that workers make at the same moment, taken in one statement
// (PostgreSQL). A worker that finds no claim under way leads: it claims one job for itself and
// one for each worker waiting by then, and hands each its own; the others wait for that answer
// instead of a round trip each. Workers whose ends committed together (EndGroup)
// come back together. Alone, a claim is the one-job statement, as without the group.
class ClaimGroup
{
public:
    explicit ClaimGroup(JobStore &jobs, int maxClaims = 16)
        : m_jobs(jobs)
        , m_claims(maxClaims)
    {
    }
    // The job `worker` now holds until `leaseUntilMs`, or none when nothing free was left for it;
    // rethrows what the statement threw.
    std::optional<JobStore::ClaimedAtOnce> claim(const QString &worker, qint64 leaseUntilMs, qint64 nowMs);

private:
    struct Ticket
    {
        JobStore::WorkerClaim claim;
        std::optional<JobStore::ClaimedAtOnce> claimed;
        std::exception_ptr error;
    };
    void claimFor(const std::vector<Ticket *> &group, qint64 nowMs);

    JobStore &m_jobs;
    Gathering<Ticket> m_claims;
};

} // namespace adp::server::pipelines
