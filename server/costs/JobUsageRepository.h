#pragma once

#include "ports/UsageMeter.h"

namespace adp::server::costs {

// The job_usage table (each attempt's run, one row per UTC day it spanned) and its roll-up into
// usage_daily. Holds nothing but SQL, so the queue can be given it before the costs feature exists.
class JobUsageRepository : public ports::UsageMeter
{
public:
    void record(storage::Transaction &tx, qint64 jobId, int attempt, const ports::JobUsage &usage,
                qint64 nowMs) override;

    // Sums up to `limit` rows not yet rolled up into usage_daily and marks them, in `tx` (which
    // must see one snapshot throughout); how many it took.
    static qint64 rollUpBatch(storage::Transaction &tx, qint64 limit);
};

} // namespace adp::server::costs
