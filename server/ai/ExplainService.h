#pragma once

#include "JobAnalysisService.h"
#include "ModelQuestions.h"
#include "ports/ProjectSecrets.h"

namespace adp::server::ai {

// "Explain this failure": the built-in analyzers' verdict at once, and, when the project's
// organisation has a model, a question to it built from that verdict and bounded evidence (the
// log around the first bad line, the job's commands), redacted of every masked value and
// detected secret, whose answer then streams to the one who asked. Asking is audited; who may
// spend the organisation's tokens is the permission table's ai.explain.
class ExplainService
{
public:
    static constexpr int kContextLines = 30;

    struct Dependencies
    {
        const access::ProjectGuard &guard;
        ports::ProjectDirectory &projects;
        ports::JobHistory &jobs;
        const ports::ProjectSecrets &secrets;
        JobAnalysisService &analysis;
        ModelQuestions &questions;
    };

    explicit ExplainService(Dependencies dependencies)
        : m(dependencies)
    {
    }

    // `providerId`: which of the organisation's models; nullopt: its first. `invalid`: the body's
    // shape errors, told once the caller may ask.
    Outcome<shared::JobExplanation> explain(const MutationContext &context, qint64 jobId,
                                            std::optional<qint64> providerId, const shared::FieldErrors &invalid = {});

private:
    QStringList excerptOf(qint64 jobId, qint64 firstBadLine, qint64 *firstLineNumber);

    Dependencies m;
};

} // namespace adp::server::ai
