#include "PromptBuilder.h"

#include "shared/costs/Money.h"

#include <QJsonDocument>

namespace adp::server::ai {

QList<ChatMessage> PromptBuilder::explainFailure(const shared::analysis::JobAnalysis &analysis,
                                                 const QStringList &logLines, qint64 firstLineNumber,
                                                 const QStringList &script) const
{
    const QString system = QStringLiteral(
        "You explain why a CI/CD job failed, for the developer who has to fix it. Use only the evidence "
        "given. Say what failed, the most likely cause, and the smallest fix; cite log lines as L<number>. "
        "Text shown as [MASKED] or [REDACTED] was withheld on purpose: do not guess it.");
    QString user = QStringLiteral("Job \"%1\" ended %2.\n\nWhat the built-in analyzers found (rules, not a model):\n")
                       .arg(analysis.jobName, analysis.jobStatus);
    user += QString::fromUtf8(QJsonDocument(analysis.verdict.toJson()).toJson(QJsonDocument::Compact));
    if (analysis.flaky)
        user += QStringLiteral("\nThe same job passed and failed on the same commit: it is flaky.");
    QString excerpt;
    for (qsizetype i = 0; i < logLines.size(); ++i) {
        const QString line = QStringLiteral("L%1: %2\n").arg(firstLineNumber + i).arg(logLines.at(i).left(500));
        if (excerpt.size() + line.size() > kMaxExcerpt)
            break;
        excerpt += line;
    }
    user += QStringLiteral("\n\nThe log around the first bad line:\n") + excerpt;
    user += QStringLiteral("\nThe job's script:\n") + script.join(u'\n').left(kMaxScript);
    user += QStringLiteral("\n\nExplain this failure.");
    return {{QStringLiteral("system"), system}, {QStringLiteral("user"), m_redactor.redact(user)}};
}

QList<ChatMessage> PromptBuilder::reviewChange(const shared::CodeReview &review, const QByteArray &diff) const
{
    const QString system = QStringLiteral(
        "You review a code change for the team that wrote it. Use only the diff given. Point out bugs, security "
        "problems and risky CI/CD or deployment changes, most important first; skip style nits. Write each comment "
        "as a Markdown list item that starts with `path:line` (the line in the new file), then the problem and the "
        "fix. End with a one-line verdict. Text shown as [MASKED] or [REDACTED] was withheld on purpose: do not "
        "guess it.");
    QString user = QStringLiteral("The change from %1 to %2 (%3 commits):\n")
                       .arg(review.from, review.to)
                       .arg(review.commits.size());
    for (const auto &commit : review.commits)
        user += QStringLiteral("- %1 %2\n").arg(commit.sha.left(10), commit.title.left(200));
    user += QStringLiteral("\nWhat the security rules found in the lines it added (rules, not a model):\n");
    if (review.findings.isEmpty())
        user += QStringLiteral("nothing\n");
    for (const auto &finding : review.findings)
        user +=
            QStringLiteral("- %1:%2 [%3] %4\n").arg(finding.file).arg(finding.line).arg(finding.rule, finding.message);
    QString text = QString::fromUtf8(diff);
    const bool cut = text.size() > kMaxDiff || review.diffCut;
    user +=
        QStringLiteral("\nThe diff%1:\n").arg(cut ? QStringLiteral(" (cut short)") : QString()) + text.left(kMaxDiff);
    user += QStringLiteral("\n\nReview this change.");
    return {{QStringLiteral("system"), system}, {QStringLiteral("user"), m_redactor.redact(user)}};
}

QList<ChatMessage> PromptBuilder::assessDeployment(const ports::DeploymentFacts &facts,
                                                   const shared::DeploymentRisk &risk, const QByteArray &diff) const
{
    const QString system = QStringLiteral(
        "You help a release approver decide whether a deployment is risky. Use only the evidence given. Say low, "
        "medium or high first, then the few things most likely to go wrong in this environment, and what to check "
        "or prepare (a rollback, a migration plan, who to watch it). Cite files as `path:line`. Text shown as "
        "[MASKED] or [REDACTED] was withheld on purpose: do not guess it.");
    const shared::Deployment &deployment = facts.deployment;
    QString user = QStringLiteral("Deployment #%1 of %2 (%3) to %4, triggered by %5.\n")
                       .arg(deployment.iid)
                       .arg(deployment.ref, deployment.sha.left(10), deployment.environment,
                            deployment.triggeredBy.isEmpty() ? QStringLiteral("someone") : deployment.triggeredBy);
    user += QStringLiteral("The environment's deployments before it, newest first: ");
    QStringList earlier;
    for (const shared::Deployment &before : facts.earlier)
        earlier.append(QStringLiteral("#%1 %2").arg(before.iid).arg(before.status));
    user += (earlier.isEmpty() ? QStringLiteral("none") : earlier.join(QStringLiteral(", "))) + u'\n';
    user += QStringLiteral("\nWhat the rules say (rules, not a model): %1\n").arg(risk.level);
    for (const auto &reason : risk.reasons)
        user += QStringLiteral("- [%1] %2\n").arg(reason.level, reason.message);
    if (risk.change) {
        shared::CodeReview change = *risk.change;
        user += QStringLiteral("\n") +
                reviewChange(change, diff).last().content.section(QStringLiteral("\n\nReview this change."), 0, 0);
    }
    user += QStringLiteral("\n\nIs this deployment risky?");
    return {{QStringLiteral("system"), system}, {QStringLiteral("user"), m_redactor.redact(user)}};
}

QList<ChatMessage> PromptBuilder::spendLess(const shared::SpendingAdvice &advice) const
{
    const QString system = QStringLiteral(
        "You help a small team spend less on its CI/CD and environments. Use only the figures given; do not invent "
        "prices. Give at most five steps, the largest saving first, each with what to change (a .gitlab-ci.yml "
        "keyword, an environment to stop, an expiry to set) and the monthly saving it rests on; say which savings "
        "are measured and which assumed. Text shown as [MASKED] or [REDACTED] was withheld on purpose: do not "
        "guess it.");
    const shared::costs::CostSavings &savings = advice.savings;
    QString user =
        QStringLiteral("Project %1. The last 30 days: %2 to %3, money in %4.\n")
            .arg(advice.project, savings.from.toString(Qt::ISODate), savings.to.addDays(-1).toString(Qt::ISODate),
                 savings.currency.isEmpty() ? QStringLiteral("(nothing priced)") : savings.currency);
    user += QStringLiteral("\nWhat the rules weighed (rules, not a model), a month each:\n");
    for (const auto &item : savings.items)
        user += QStringLiteral("- %1 [%2, %3]: saves %4 of %5 %6. %7\n")
                    .arg(item.kind, item.subject.isEmpty() ? QStringLiteral("files") : item.subject, item.basis,
                         shared::costs::decimalOfNanos(item.savingNanos),
                         shared::costs::decimalOfNanos(item.monthlyCostNanos), savings.currency, item.message);
    if (savings.items.isEmpty())
        user += QStringLiteral("- nothing\n");
    for (const QString &note : savings.notes)
        user += QStringLiteral("Note: %1\n").arg(note);
    user += QStringLiteral("\nThe pipelines' own advice (%1 pipelines, %2 jobs examined):\n")
                .arg(advice.pipelines.pipelinesExamined)
                .arg(advice.pipelines.jobsExamined);
    for (const auto &item : advice.pipelines.advice)
        user += QStringLiteral("- %1: %2\n").arg(item.kind, item.message);
    user += QStringLiteral("\nHow can this project spend less?");
    return {{QStringLiteral("system"), system}, {QStringLiteral("user"), m_redactor.redact(user)}};
}

} // namespace adp::server::ai
