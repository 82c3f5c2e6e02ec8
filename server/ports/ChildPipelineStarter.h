#pragma once

#include "ports/JobLedger.h"

#include <functional>

namespace adp::server::ports {

// Runs a trigger job (`trigger: include`) for the worker that claimed it: pipelines/ makes the
// child pipeline; the worker only logs and waits.
class ChildPipelineStarter
{
public:
    virtual ~ChildPipelineStarter() = default;
    struct Result
    {
        QString status; // success, failed, canceled, or "downstream": the child decides
        QString reason;
    };
    using LogSink = std::function<void(const QString &chunk)>;
    // `pipelineVariables`: the parent's, opened, for `forward: pipeline_variables`.
    virtual Result start(const ClaimedJob &job, const ci::VariableList &pipelineVariables, const QString &worker,
                         const LogSink &log) = 0;
};

} // namespace adp::server::ports
