#include "UsageRollup.h"

#include "JobUsageRepository.h"
#include "shared/costs/Money.h"
#include "storage/Transaction.h"

#include <spdlog/spdlog.h>

namespace adp::server::costs {

namespace {
using shared::costs::kDayMs;
} // namespace

void UsageRollup::tidy()
{
    rollUp();
    const qint64 today = m_clock.nowMs() / kDayMs;
    if (today != m_sampledDay) {
        sampleStorage();
        m_sampledDay = today;
    }
}

qint64 UsageRollup::rollUp()
{
    qint64 taken = 0;
    for (;;) {
        storage::Transaction tx(m_database);
        // Every statement must see the same rows: a row committed between the sum and the mark would
        // be marked without being summed. SQLite's writers take turns already; PostgreSQL keeps one
        // snapshot for the transaction.
        if (tx.dialect() == storage::Dialect::Postgres)
            tx.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
        // A batch at a time, so a backlog never makes one huge transaction.
        const qint64 rows = JobUsageRepository::rollUpBatch(tx, kBatchRows);
        if (rows == 0)
            break;
        tx.commit();
        taken += rows;
        if (rows < kBatchRows)
            break;
    }
    // A backlog marked in one go leaves PostgreSQL's statistics saying most rows are not rolled up,
    // and a cost question would then scan the table for its tail instead of the partial index.
    if (taken >= kBatchRows && m_database.dialect() == storage::Dialect::Postgres)
        m_database.query(QStringLiteral("ANALYZE job_usage"));
    return taken;
}

void UsageRollup::sampleStorage()
{
    const qint64 today = m_clock.nowMs() / kDayMs;
    // Stored bytes: what the database keeps for a log (compressed on PostgreSQL), not its text.
    storage::Transaction tx(m_database);
    const QString logBytes = tx.dialect() == storage::Dialect::Postgres
                                 ? QStringLiteral("pg_column_size(l.content) + COALESCE(pg_column_size(l.packed), 0)")
                                 : QStringLiteral("length(CAST(l.content AS BLOB)) + COALESCE(length(l.packed), 0)");
    tx.exec(QStringLiteral(
                "INSERT INTO storage_usage (project_id, day, artifacts_bytes, caches_bytes, logs_bytes) "
                "SELECT p.id, ?, COALESCE(a.bytes, 0), COALESCE(c.bytes, 0), COALESCE(l.bytes, 0) FROM projects p "
                "LEFT JOIN (SELECT j.project_id, SUM(f.size) AS bytes FROM job_artifacts a JOIN jobs j ON j.id = "
                "a.job_id JOIN stored_files f ON f.id = a.file_id GROUP BY j.project_id) a ON a.project_id = p.id "
                "LEFT JOIN (SELECT c.project_id, SUM(f.size) AS bytes FROM project_caches c JOIN stored_files f "
                "ON f.id = c.file_id GROUP BY c.project_id) c ON c.project_id = p.id "
                "LEFT JOIN (SELECT j.project_id, SUM(%1) AS bytes FROM job_logs l JOIN jobs j ON j.id = l.job_id "
                "GROUP BY j.project_id) l ON l.project_id = p.id WHERE true "
                "ON CONFLICT (project_id, day) DO UPDATE SET artifacts_bytes = excluded.artifacts_bytes, "
                "caches_bytes = excluded.caches_bytes, logs_bytes = excluded.logs_bytes")
                .arg(logBytes),
            {today});
    tx.commit();
    spdlog::debug("costs: stored bytes sampled for day {}", today);
}

} // namespace adp::server::costs
