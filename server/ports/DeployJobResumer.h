#pragma once

#include "core/RequestContext.h"
#include "core/ServiceError.h"

namespace adp::server::ports {

// Lets a deploy job that waited (for approvals) go on once its environment was asked again:
// implemented by pipelines/ (PipelineControl), called by deployments/ after an approval or a
// rejection is committed. `startedBy`: who the job deploys for (its pipeline's trigger or the
// person who played it), whose right to deploy is checked again.
class DeployJobResumer
{
public:
    virtual ~DeployJobResumer() = default;
    virtual void resumeDeployJob(qint64 jobId, qint64 startedBy) = 0;
    // Plays a manual job as `context` would (its role, the environment's rules): stopping an
    // environment plays its stop job. The error says why it was not played.
    virtual std::optional<ServiceError> playJob(const MutationContext &context, qint64 jobId) = 0;
};

} // namespace adp::server::ports
