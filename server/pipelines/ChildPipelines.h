#pragma once

#include "JobStore.h"
#include "PipelineService.h"
#include "ports/ChildPipelineStarter.h"

namespace adp::server::pipelines {

// Runs trigger jobs (`trigger: include`): makes the child pipeline from the
// included files at the parent's commit, with the trigger job's variables,
// stored in one transaction with the trigger job's new state. With
// `strategy: depend` the trigger job waits for the child and ends as it
// ends (PipelineProgress); without it, it succeeds once the child exists.
// Children nest at most two levels deep, as in GitLab.
class ChildPipelines : public ports::ChildPipelineStarter
{
public:
    static constexpr int kMaxDepth = 2;

    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &projects;
        git::RepositoryMirror &mirror;
        PipelineService &pipelines;
        PipelineProgress &progress;
        JobStore &jobs;
        const Clock &clock;
    };
    explicit ChildPipelines(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Result start(const ports::ClaimedJob &job, const ci::VariableList &pipelineVariables, const QString &worker,
                 const LogSink &log) override;

private:
    int depthOf(qint64 pipelineId);

    Dependencies m;
};

} // namespace adp::server::pipelines
