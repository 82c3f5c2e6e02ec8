#pragma once

#include "core/Clock.h"
#include "ports/Housekeeping.h"
#include "storage/Database.h"

namespace adp::server::costs {

// Keeps the usage that ADP measures by itself ready to price (run by the scheduler's leader once a
// minute): sums new job_usage rows into usage_daily, and samples what each project keeps (its
// artifacts, caches and logs, as stored) once a day into storage_usage.
class UsageRollup : public ports::Housekeeping
{
public:
    UsageRollup(storage::Database &database, const Clock &clock)
        : m_database(database)
        , m_clock(clock)
    {
    }

    static constexpr qint64 kBatchRows = 200'000;

    void tidy() override;

    // Sums the rows not yet rolled up and marks them, from one snapshot; how many it took.
    qint64 rollUp();
    // What each project keeps now, as today's sample (a later sample the same day replaces it).
    void sampleStorage();

private:
    storage::Database &m_database;
    const Clock &m_clock;
    qint64 m_sampledDay = -1;
};

} // namespace adp::server::costs
