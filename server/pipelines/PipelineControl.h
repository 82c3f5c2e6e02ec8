#pragma once

#include "JobStore.h"
#include "PipelineProgress.h"
#include "PipelineRepository.h"
#include "access/ProjectGuard.h"
#include "audit/AuditRecorder.h"
#include "ports/DeployJobResumer.h"

namespace adp::server::pipelines {

// What people do to a running pipeline: cancel it, retry it or one job,
// play a manual job. Each checks the caller's role in the project
// (developers), changes the jobs in one transaction with its audit event,
// lets the pipeline move on, and announces the changes. A running job that
// is canceled is stopped by its worker within a second; canceling a
// pipeline cancels its child pipelines too.
class PipelineControl : public ports::DeployJobResumer
{
public:
    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &projects;
        PipelineRepository &pipelines;
        JobStore &jobs;
        PipelineProgress &progress;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    explicit PipelineControl(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Outcome<shared::Pipeline> cancel(const MutationContext &context, qint64 pipelineId);
    Outcome<shared::Pipeline> retry(const MutationContext &context, qint64 pipelineId);
    // A person's retry runs the job even if manual or delayed; `rollbackOf`: the deployment it redeploys.
    Outcome<shared::Pipeline> retryJob(const MutationContext &context, qint64 jobId, qint64 rollbackOf = 0);
    Outcome<shared::Pipeline> play(const MutationContext &context, qint64 jobId);
    // A deploy job that waited (in created, or played and still manual) is admitted again and
    // starts, fails or keeps waiting as its environment now says.
    void resumeDeployJob(qint64 jobId, qint64 startedBy) override;
    std::optional<ServiceError> playJob(const MutationContext &context, qint64 jobId) override
    {
        const auto played = play(context, jobId);
        return played.ok() ? std::nullopt : std::optional<ServiceError>(played.error());
    }
    std::optional<ServiceError> redeployJob(const MutationContext &context, qint64 jobId, qint64 rollbackOf) override
    {
        const auto retried = retryJob(context, jobId, rollbackOf);
        return retried.ok() ? std::nullopt : std::optional<ServiceError>(retried.error());
    }

private:
    // Cancels the pipeline, then each child pipeline its trigger jobs made (the caller was checked).
    Outcome<shared::Pipeline> cancelWithChildren(const MutationContext &context, qint64 pipelineId);
    // Runs `change` in a transaction, records the audit event, moves the pipeline on, announces.
    Outcome<shared::Pipeline> apply(const MutationContext &context, qint64 pipelineId, const QString &auditAction,
                                    const QString &targetType, qint64 targetId,
                                    const std::function<std::optional<ServiceError>(storage::Transaction &)> &change);

    // A deploy job played by a person starts only as its environment allows (the gate asked with
    // that person): a refusal is the error; a wait leaves it manual with what it waits for; an
    // outdated one is skipped. `settled`: the gate decided the job's fate, it is not played.
    struct PlayAdmission
    {
        std::optional<ServiceError> refused;
        bool settled = false;
    };
    PlayAdmission admitPlay(storage::Transaction &tx, const MutationContext &context, qint64 pipelineId, qint64 jobId);
    using LockedPipeline = JobStore::LockedPipeline;
    // A job that names an environment, with its pipeline locked for the change; nullopt for any other.
    struct DeployJobInPipeline
    {
        LockedPipeline pipeline;
        JobStore::StoredJob job;
    };
    std::optional<DeployJobInPipeline> deployJobOf(storage::Transaction &tx, qint64 pipelineId, qint64 jobId);

    Dependencies m;
};

} // namespace adp::server::pipelines
