#include "JobUsageRepository.h"

#include "shared/costs/Money.h"

namespace adp::server::costs {

namespace {
using shared::costs::kDayMs;
} // namespace

void JobUsageRepository::record(storage::Transaction &tx, qint64 jobId, int attempt, const ports::JobUsage &usage,
                                qint64 nowMs)
{
    if (usage.executor.isEmpty())
        return;
    const qint64 startMs = nowMs - std::max<qint64>(usage.runMs, 0);
    // A run over midnight counts on each day for the time it ran in it, so daily costs add up.
    for (qint64 day = startMs / kDayMs; day <= nowMs / kDayMs; ++day) {
        const qint64 slice = std::min(nowMs, (day + 1) * kDayMs) - std::max(startMs, day * kDayMs);
        if (slice <= 0 && usage.runMs > 0)
            continue;
        tx.execLater(
            QStringLiteral("INSERT INTO job_usage (job_id, attempt, project_id, environment_id, day, executor, "
                           "run_ms, cpu_millicores, memory_mib) SELECT j.id, ?, j.project_id, "
                           "COALESCE((SELECT e.id FROM environments e WHERE e.project_id = j.project_id "
                           "AND e.name = j.environment), 0), ?, ?, ?, ?, ? FROM jobs j WHERE j.id = ?"),
            {attempt, day, usage.executor, slice, usage.cpuMillicores, usage.memoryMiB, jobId});
    }
}

qint64 JobUsageRepository::rollUpBatch(storage::Transaction &tx, qint64 limit)
{
    const storage::ResultSet batch = tx.exec(
        QStringLiteral(
            "SELECT COUNT(*), MAX(id) FROM (SELECT id FROM job_usage WHERE rolled_up = 0 ORDER BY id LIMIT ?) t"),
        {limit});
    const qint64 rows = batch.value(0, 0).toLongLong();
    if (rows == 0)
        return 0;
    const qint64 lastId = batch.value(0, 1).toLongLong();
    tx.exec(QStringLiteral("INSERT INTO usage_daily (project_id, day, environment_id, executor, runs, run_ms, "
                           "cpu_millicore_ms, memory_mib_ms) SELECT project_id, day, environment_id, executor, "
                           "COUNT(*), SUM(run_ms), SUM(run_ms * cpu_millicores), SUM(run_ms * memory_mib) "
                           "FROM job_usage WHERE rolled_up = 0 AND id <= ? "
                           "GROUP BY project_id, day, environment_id, executor "
                           "ON CONFLICT (project_id, day, environment_id, executor) DO UPDATE SET "
                           "runs = usage_daily.runs + excluded.runs, "
                           "run_ms = usage_daily.run_ms + excluded.run_ms, "
                           "cpu_millicore_ms = usage_daily.cpu_millicore_ms + excluded.cpu_millicore_ms, "
                           "memory_mib_ms = usage_daily.memory_mib_ms + excluded.memory_mib_ms"),
            {lastId});
    tx.exec(QStringLiteral("UPDATE job_usage SET rolled_up = 1 WHERE rolled_up = 0 AND id <= ?"), {lastId});
    return rows;
}

} // namespace adp::server::costs
