#include "PromptBuilder.h"

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

} // namespace adp::server::ai
