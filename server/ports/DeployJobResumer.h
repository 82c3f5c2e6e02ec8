#pragma once

#include "core/RequestContext.h"
#include "core/ServiceError.h"

namespace adp::server::ports {

// Lets a deploy job that waited (for approvals, a pin) go on once its environment was asked again:
// implemented by pipelines/ (PipelineControl), called by deployments/ after an approval, a
// rejection or an unpin is committed. `startedBy`: who the job deploys for (its pipeline's trigger or the
// person who played it), whose right to deploy is checked again.
class DeployJobResumer
{
public:
    virtual ~DeployJobResumer() = default;
    virtual void resumeDeployJob(qint64 jobId, qint64 startedBy) = 0;
    // Plays a manual job as `context` would (its role, the environment's rules): stopping an
    // environment plays its stop job. The error says why it was not played.
    virtual std::optional<ServiceError> playJob(const MutationContext &context, qint64 jobId) = 0;
    // Runs a finished deploy job again as `context` would retry it (a retry runs even a manual job),
    // its new deployment redeploying the deployment `rollbackOf`. The error says why it did not.
    virtual std::optional<ServiceError> redeployJob(const MutationContext &context, qint64 jobId,
                                                    qint64 rollbackOf) = 0;
};

} // namespace adp::server::ports
