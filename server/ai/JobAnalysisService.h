#pragma once

#include "access/ProjectGuard.h"
#include "core/ServiceError.h"
#include "ports/JobHistory.h"
#include "shared/analysis/FailureVerdict.h"

namespace adp::server::ai {

// Why a job failed, from the built-in analyzers over its stored log (read a piece at a time,
// so a log of any size costs the same memory), and whether it is flaky: the same job passed
// and failed on the same commit. No model is asked and nothing leaves the server.
class JobAnalysisService
{
public:
    static constexpr qint64 kLogPiece = 4 * 1024 * 1024;
    static constexpr int kRunsShown = 20;

    struct Dependencies
    {
        const access::ProjectGuard &guard;
        ports::JobHistory &jobs;
    };

    explicit JobAnalysisService(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Outcome<shared::analysis::JobAnalysis> analyze(const MutationContext &context, qint64 jobId);

private:
    Dependencies m;
};

} // namespace adp::server::ai
