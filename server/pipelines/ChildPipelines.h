#pragma once

#include "PipelineService.h"
#include "queue/JobQueue.h"

namespace adp::server::pipelines {

// Runs trigger jobs (`trigger: include`): makes the child pipeline from the
// included files at the parent's commit, with the trigger job's variables,
// stored in one transaction with the trigger job's new state. With
// `strategy: depend` the trigger job waits for the child and ends as it
// ends (PipelineProgress); without it, it succeeds once the child exists.
// Children nest at most two levels deep, as in GitLab.
class ChildPipelines
{
public:
    static constexpr int kMaxDepth = 2;

    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &projects;
        scm::RepositoryMirror &mirror;
        PipelineService &pipelines;
        PipelineProgress &progress;
        const Clock &clock;
    };
    explicit ChildPipelines(Dependencies dependencies)
        : m(dependencies)
    {
    }

    struct Result
    {
        QString status; // success, failed, or "downstream": the child decides
        QString reason;
    };
    using LogSink = std::function<void(const QString &chunk)>;
    Result start(const queue::JobQueue::Claimed &job, const QString &worker, const LogSink &log);

private:
    int depthOf(qint64 pipelineId);

    Dependencies m;
};

} // namespace adp::server::pipelines
