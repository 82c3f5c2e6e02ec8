#include "ExplainService.h"

#include "LogExcerpt.h"
#include "PromptBuilder.h"
#include "Redactor.h"

namespace adp::server::ai {

QStringList ExplainService::excerptOf(qint64 jobId, qint64 firstBadLine, qint64 *firstLineNumber)
{
    LogExcerpt excerpt(firstBadLine, kContextLines);
    for (qint64 offset = 0;;) {
        const QByteArray piece = m.jobs.logPiece(jobId, offset, JobAnalysisService::kLogPiece);
        if (piece.isEmpty() || !excerpt.feed(piece))
            break;
        offset += piece.size();
    }
    excerpt.finish();
    *firstLineNumber = excerpt.firstLineNumber();
    return excerpt.lineList();
}

Outcome<shared::JobExplanation> ExplainService::explain(const MutationContext &context, qint64 jobId,
                                                        std::optional<qint64> providerId,
                                                        const shared::FieldErrors &invalid)
{
    const auto job = jobId > 0 ? m.jobs.jobFacts(jobId) : std::nullopt;
    const auto allowed = m.guard.authorizeWithin(context, job ? std::optional<qint64>(job->projectId) : std::nullopt,
                                                 QStringLiteral("ai.explain"), QStringLiteral("Job"));
    if (!allowed.ok())
        return allowed.error();
    if (!invalid.isEmpty())
        return ServiceError::validation(invalid);
    if (job->status != u"failed" && job->status != u"success" && job->status != u"canceled")
        return ServiceError::conflict(QStringLiteral("The job has not ended (%1): it is explained once its log is "
                                                     "complete")
                                          .arg(job->status));
    const auto project = m.projects.find(QString::number(job->projectId));
    if (!project)
        return ServiceError::notFound(QStringLiteral("Job"));
    auto analysis = m.analysis.analyze(context, jobId);
    if (!analysis.ok())
        return analysis.error();
    shared::JobExplanation explanation{analysis.value(), std::nullopt, {}};
    const auto asked =
        m.questions.ask(context,
                        {project->organisationId,
                         job->projectId,
                         project->project.slug,
                         QStringLiteral("explain"),
                         {},
                         job->id,
                         providerId},
                        [&]() {
                            qint64 firstLineNumber = 1;
                            const QStringList lines =
                                excerptOf(jobId, analysis.value().verdict.firstErrorLine, &firstLineNumber);
                            const Redactor redactor(m.secrets.maskedValues(job->projectId));
                            return PromptBuilder(redactor).explainFailure(analysis.value(), lines, firstLineNumber,
                                                                          m.jobs.jobScript(jobId));
                        });
    if (!asked.ok())
        return asked.error();
    explanation.answer = asked.value().answer;
    explanation.note = asked.value().note;
    return explanation;
}

} // namespace adp::server::ai
