#pragma once

#include "PipelineProgress.h"

#include <QJsonArray>
#include <optional>

namespace adp::server::pipelines {

// The durable queue: the `jobs` table is the truth. A worker claims the
// oldest pending job with a lease and renews it while the job runs; a job
// whose lease runs out lost its worker and is retried where its retry allows
// ("worker lost"), else failed, never left running. Every change is committed
// with the pipeline's progress, then announced.
class JobQueue
{
public:
    JobQueue(storage::Database &database, PipelineProgress &progress, const Clock &clock)
        : m_database(database), m_progress(progress), m_clock(clock)
    {}

    // What a worker needs to run a claimed job.
    struct Claimed
    {
        qint64 id = 0;
        qint64 pipelineId = 0;
        qint64 projectId = 0;
        QString name;
        QString stage;
        QJsonObject spec;
        int attempt = 1;
        QString projectSlug;
        QString projectPath;   // organisation/slug
        QString defaultBranch;
        QString ref;
        bool isTag = false;
        QString sha;
        QString commitMessage;
        QString source;
        QJsonArray pipelineVariables;
    };
    std::optional<Claimed> claim(const QString &worker, qint64 leaseMs);
    // Renews the lease; false when the job is no longer this worker's (canceled, recovered).
    bool heartbeat(qint64 jobId, const QString &worker, qint64 leaseMs);
    // Is the job still running on this worker? A cheap read, asked often so a cancel lands at once.
    bool stillOurs(qint64 jobId, const QString &worker);
    // Ends the job (success, failed, canceled), moves the pipeline on; false when it was no longer this worker's.
    bool finish(qint64 jobId, const QString &worker, const QString &status, std::optional<int> exitCode, const QString &reason);
    // Jobs whose lease ran out: retried or failed with "worker lost". Answers how many.
    int recoverLost();
    // Delayed jobs whose start_in has passed become pending. Answers how many.
    int startDue();
    // Appends one chunk of a job's log.
    void appendLog(qint64 jobId, int seq, const QString &chunk);

private:
    storage::Database &m_database;
    PipelineProgress &m_progress;
    const Clock &m_clock;
};

} // namespace adp::server::pipelines
