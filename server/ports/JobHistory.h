#pragma once

#include "shared/analysis/PipelineAdvice.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace adp::server::ports {

// A job as the features that explain it see it.
struct JobFacts
{
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 pipelineId = 0;
    QString name;
    QString status;
    QString sha;
    QString ref;
};

// Another run of the same job (same project, name and commit): in a later pipeline, or a retry.
struct JobRun
{
    qint64 jobId = 0;
    qint64 pipelineId = 0;
    QString status;
};

// Jobs, their logs and their runs, for features that are not pipelines/ (implemented by its
// repository, which alone reads the jobs and job_logs tables).
class JobHistory
{
public:
    virtual ~JobHistory() = default;
    virtual std::optional<JobFacts> jobFacts(qint64 jobId) = 0;
    // At most `maxBytes` of the job's log from byte `from`; empty at its end.
    virtual QByteArray logPiece(qint64 jobId, qint64 from, qint64 maxBytes) = 0;
    // The commands the job ran: its before_script, then its script.
    virtual QStringList jobScript(qint64 jobId) = 0;
    // The other finished runs of `job` on its commit, newest first, at most `limit`.
    virtual QList<JobRun> runsOnSameCommit(const JobFacts &job, int limit) = 0;
    // The finished jobs of the project's newest `pipelines` finished top-level pipelines.
    virtual QList<shared::analysis::JobRecord> recentJobs(qint64 projectId, int pipelines) = 0;
};

} // namespace adp::server::ports
