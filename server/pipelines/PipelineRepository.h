#pragma once

#include "access/AccessResolver.h"
#include "ports/JobHistory.h"
#include "ports/PipelineDirectory.h"
#include "shared/core/Pipeline.h"
#include "storage/Executor.h"

#include <limits>
#include <optional>

namespace adp::server::pipelines {

// Reads `pipelines`, `jobs` and `job_logs` (their one writer is JobStore).
class PipelineRepository : public ports::PipelineDirectory, public ports::JobHistory
{
public:
    explicit PipelineRepository(storage::Database &database)
        : m_database(database)
    {
    }

    struct Query
    {
        QString status;
        QString ref;
        QString source;
        qint64 beforeId = 0; // cursor: only ids below it
        int limit = 20;
    };
    QList<shared::Pipeline> list(qint64 projectId, const Query &query);

    // Across the projects `visible` admits, newest first: the home dashboard's lists.
    struct AcrossQuery
    {
        QStringList statuses;   // empty: any
        qint64 triggeredBy = 0; // 0: anyone
        qint64 beforeId = 0;    // cursor: only ids below it
        int limit = 20;
    };
    QList<shared::Pipeline> listAcross(const access::SqlCondition &visible, const AcrossQuery &query);
    QList<shared::ActiveJob> jobsAcross(const access::SqlCondition &visible, const QStringList &statuses, int limit);
    std::optional<shared::Pipeline> find(const storage::Executor &run, qint64 id, bool withJobs) override;
    std::optional<qint64> projectOf(qint64 pipelineId);
    std::optional<qint64> projectOfJob(qint64 jobId);
    // The job's status; empty for an unknown job.
    QString statusOfJob(qint64 jobId);
    // A job's log from byte `from` (UTF-8), at most `maxBytes` ending where a
    // character ends (one longer character if the limit is shorter), and the size stored so far.
    struct LogSlice
    {
        QByteArray bytes;
        qint64 offset = 0; // where `bytes` starts
        qint64 size = 0;   // the whole log's size so far
    };
    LogSlice log(qint64 jobId, qint64 from = 0, qint64 maxBytes = std::numeric_limits<qint64>::max());

    // A job's stored needs: nullopt when it waits for the earlier stages.
    static std::optional<QStringList> needsOf(const QVariant &stored);

    QString lastEndedStatusBefore(const storage::Executor &run, qint64 projectId, const QString &ref,
                                  qint64 pipelineId) override;

    // ports::JobHistory
    std::optional<ports::JobFacts> jobFacts(qint64 jobId) override;
    QByteArray logPiece(qint64 jobId, qint64 from, qint64 maxBytes) override
    {
        return log(jobId, from, maxBytes).bytes;
    }
    QStringList jobScript(qint64 jobId) override;
    QList<ports::JobRun> runsOnSameCommit(const ports::JobFacts &job, int limit) override;
    QList<shared::analysis::JobRecord> recentJobs(qint64 projectId, int pipelines) override;

private:
    QList<shared::Pipeline> newestFirst(QString sql, storage::SqlParams params, qint64 beforeId, int limit);

    storage::Database &m_database;
};

} // namespace adp::server::pipelines
