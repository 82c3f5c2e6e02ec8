#pragma once

#include "shared/core/Pipeline.h"
#include "storage/Executor.h"

#include <optional>

namespace adp::server::ports {

// Reads pipelines for features that are not pipelines/ (implemented by its repository), and
// tells them of each change of a pipeline's status. Only pipelines/ writes the `pipelines` table.
class PipelineDirectory
{
public:
    virtual ~PipelineDirectory() = default;
    virtual std::optional<shared::Pipeline> find(const storage::Executor &run, qint64 id, bool withJobs) = 0;
    // The status of the last top-level pipeline on `ref` before `pipelineId` that passed or failed
    // (empty if none): what "fixed" and "still failing" are told from.
    virtual QString lastEndedStatusBefore(const storage::Executor &run, qint64 projectId, const QString &ref,
                                          qint64 pipelineId) = 0;
};

// Told of every change of a pipeline's status in the same transaction (or, for a claim that
// started it, right after): what must follow from it outside (notifications, commit statuses)
// is stored with the change and sent later, off the pipeline's path.
struct PipelineStatusChange
{
    qint64 pipelineId = 0;
    qint64 projectId = 0;
    QString status;
    QString ref;
    bool isChild = false; // a child pipeline (its parent reports for it)
};

class PipelineStatusListener
{
public:
    virtual ~PipelineStatusListener() = default;
    // `dialect` lets a listener on a team server fold its statements into fewer round trips.
    virtual void pipelineStatusChanged(const storage::Executor &exec, storage::Dialect dialect,
                                       const PipelineStatusChange &change) = 0;
};

} // namespace adp::server::ports
