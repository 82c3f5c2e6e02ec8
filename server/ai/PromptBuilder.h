#pragma once

#include "ChatClient.h"
#include "Redactor.h"
#include "ports/DeploymentHistory.h"
#include "shared/analysis/FailureVerdict.h"
#include "shared/core/DeploymentRisk.h"
#include "shared/core/SpendingAdvice.h"

namespace adp::server::ai {

// The prompt for "explain this failure": what the analyzers found, then bounded evidence (the
// log around its first bad line, the job's script), everything through the Redactor. What the
// rules found and what is asked of the model stay apart, so the answer can keep them apart too.
class PromptBuilder
{
public:
    static constexpr int kContextLines = 30;        // before and after the first bad line
    static constexpr qsizetype kMaxExcerpt = 12000; // characters of log
    static constexpr qsizetype kMaxScript = 4000;   // characters of script
    static constexpr qsizetype kMaxDiff = 24000;    // characters of a reviewed diff

    explicit PromptBuilder(const Redactor &redactor)
        : m_redactor(redactor)
    {
    }

    // `logLines`: the log around the first bad line, numbered from `firstLineNumber`.
    QList<ChatMessage> explainFailure(const shared::analysis::JobAnalysis &analysis, const QStringList &logLines,
                                      qint64 firstLineNumber, const QStringList &script) const;

    // The prompt for "review this change": its commits, what the security rules found in the
    // lines it added, then the diff (cut at kMaxDiff). Comments come back by file and line.
    QList<ChatMessage> reviewChange(const shared::CodeReview &review, const QByteArray &diff) const;

    // The prompt for "is this deployment risky?": the deployment and its environment's recent
    // history, the rules' reasons, then the change as for a review.
    QList<ChatMessage> assessDeployment(const ports::DeploymentFacts &facts, const shared::DeploymentRisk &risk,
                                        const QByteArray &diff) const;

    // The prompt for "how can this project spend less?": the savings the rules weighed (each with
    // its figures and whether it was measured or assumed) and the pipelines' own advice.
    QList<ChatMessage> spendLess(const shared::SpendingAdvice &advice) const;

private:
    const Redactor &m_redactor;
};

} // namespace adp::server::ai
