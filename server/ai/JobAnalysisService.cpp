#include "JobAnalysisService.h"

#include "shared/analysis/FailureAnalyzer.h"

namespace adp::server::ai {

Outcome<shared::analysis::JobAnalysis> JobAnalysisService::analyze(const MutationContext &context, qint64 jobId)
{
    const auto job = jobId > 0 ? m.jobs.jobFacts(jobId) : std::nullopt;
    const auto allowed = m.guard.authorizeWithin(context, job ? std::optional<qint64>(job->projectId) : std::nullopt,
                                                 QStringLiteral("job.analysis.read"), QStringLiteral("Job"));
    if (!allowed.ok())
        return allowed.error();
    shared::analysis::FailureAnalyzer analyzer;
    for (qint64 offset = 0;;) {
        const QByteArray piece = m.jobs.logPiece(job->id, offset, kLogPiece);
        if (piece.isEmpty())
            break;
        analyzer.feed(piece);
        offset += piece.size();
    }
    shared::analysis::JobAnalysis analysis{job->id, job->name, job->status, analyzer.finish(), false, {}};
    for (const ports::JobRun &run : m.jobs.runsOnSameCommit(*job, kRunsShown)) {
        analysis.sameCommit.append({run.jobId, run.pipelineId, run.status});
        // Flaky: this run and another on the same commit ended differently.
        if ((job->status == u"failed" || job->status == u"success") && run.status != job->status)
            analysis.flaky = true;
    }
    return analysis;
}

} // namespace adp::server::ai
