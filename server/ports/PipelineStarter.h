#pragma once

#include "core/RequestContext.h"
#include "core/ServiceError.h"
#include "git/RepositoryMirror.h"
#include "shared/core/FieldError.h"
#include "shared/core/Pipeline.h"
#include "shared/core/Project.h"
#include "shared/pipeline/PipelinePlan.h"
#include "storage/Executor.h"

namespace adp::server::ports {

// What started a pipeline, beyond its commit.
struct PipelineTrigger
{
    QString source;
    QList<QPair<QString, QString>> variables;  // the pipeline's own (shown by name in the audit trail)
    QList<QPair<QString, QString>> predefined; // more CI_* variables from the trigger (merge requests)
    QString changesSince; // what `rules: changes` compares with (a push's previous head, a merge request's
                          // target); empty: every `changes` counts as changed, as in GitLab
};

// A pipeline planned from its definition at a commit, not stored yet.
struct PreparedPipeline
{
    shared::Project project;
    git::RepositoryMirror::Commit commit;
    PipelineTrigger trigger;
    QList<pipeline::PlannedJob> jobs;
    qint64 parentPipelineId = 0; // set for a child pipeline
    qint64 parentJobId = 0;
};

// Starts pipelines for the features that trigger them (webhooks, polling, schedules);
// implemented by pipelines/ (PipelineService).
class PipelineStarter
{
public:
    virtual ~PipelineStarter() = default;
    // The whole of it for a person's request: checks, plans, stores, announces. `invalid` holds what
    // was wrong with the request; reported only to those who may run pipelines here.
    virtual Outcome<shared::Pipeline> run(const MutationContext &context, const QString &projectKey,
                                          const shared::PipelineRunRequest &request, const QString &source,
                                          const shared::FieldErrors &invalid = {}) = 0;
    // The steps of run(), for triggers that store more in the same transaction (webhook deliveries).
    // Reads and plans the definition at `commit` (no writes): 422 when it is invalid or makes no pipeline.
    virtual Outcome<PreparedPipeline> prepare(const shared::Project &project,
                                              const git::RepositoryMirror::Commit &commit,
                                              const PipelineTrigger &trigger) = 0;
    // Stores the pipeline with its jobs and audit event inside `tx`; answers it as stored
    // (workers may move it on as soon as it is committed).
    virtual shared::Pipeline store(storage::Transaction &tx, const MutationContext &context,
                                   const PreparedPipeline &prepared) = 0;
    // After the commit: announces the new pipeline to those who may see the project.
    virtual void announce(const shared::Pipeline &pipeline, qint64 projectId) = 0;
};

} // namespace adp::server::ports
