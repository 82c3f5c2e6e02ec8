#pragma once

#include "JobLedger.h"
#include "storage/Transaction.h"

namespace adp::server::ports {

// Keeps what a job's run used, in the transaction that ends the run (implemented by costs/, called
// by the queue's ledger in pipelines/).
class UsageMeter
{
public:
    virtual ~UsageMeter() = default;
    // Nothing for a run without an executor (a trigger job).
    virtual void record(storage::Transaction &tx, qint64 jobId, int attempt, const JobUsage &usage, qint64 nowMs) = 0;
};

} // namespace adp::server::ports
