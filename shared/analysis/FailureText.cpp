#include "FailureText.h"

namespace adp::shared::analysis {

QString FailureText::meaning(FailureClass failureClass)
{
    switch (failureClass) {
    case FailureClass::Timeout:
        return tr("The job ran out of time.");
    case FailureClass::OutOfMemory:
        return tr("The job ran out of memory, or was killed for using too much.");
    case FailureClass::CompileError:
        return tr("The code does not compile.");
    case FailureClass::TestFailure:
        return tr("Tests failed.");
    case FailureClass::MissingDependency:
        return tr("A command, package or library the job needs is missing.");
    case FailureClass::PermissionDenied:
        return tr("The job was not allowed to do something it tried.");
    case FailureClass::Network:
        return tr("A network connection or a registry failed.");
    case FailureClass::ScriptError:
        return tr("The job's script has an error.");
    case FailureClass::Unknown:
        break;
    }
    return tr("No rule explains this failure.");
}

QString FailureText::plain(const FailureVerdict &verdict)
{
    if (verdict.binary)
        return tr("This is not a text log (%n byte(s) read); nothing was classified.", nullptr, int(verdict.bytes)) +
               u'\n';
    QString text =
        failureClassName(verdict.failureClass) + QStringLiteral(": ") + meaning(verdict.failureClass) + u'\n';
    const auto first =
        std::find_if(verdict.evidence.begin(), verdict.evidence.end(),
                     [&verdict](const LogEvidence &item) { return item.line == verdict.firstErrorLine; });
    if (verdict.firstErrorLine > 0)
        text += tr("First bad line %1: %2")
                    .arg(verdict.firstErrorLine)
                    .arg(first != verdict.evidence.end() ? first->text : QString()) +
                u'\n';
    if (verdict.location) {
        const SourceLocation &at = *verdict.location;
        const QString place = at.column > 0 ? QStringLiteral("%1:%2:%3").arg(at.file).arg(at.line).arg(at.column)
                                            : QStringLiteral("%1:%2").arg(at.file).arg(at.line);
        text += tr("Where: %1 (%2)").arg(place, at.tool) + u'\n';
    }
    if (!verdict.tests.isEmpty())
        text += tr("Failing tests: %1").arg(verdict.tests.join(QStringLiteral(", "))) + u'\n';
    if (!verdict.evidence.isEmpty()) {
        text += tr("Evidence:") + u'\n';
        for (const LogEvidence &item : verdict.evidence)
            text += QStringLiteral("  %1  %2  [%3]\n").arg(item.line, 6).arg(item.text, item.rule);
    }
    text += tr("From the built-in analyzers: no model was asked and nothing left this machine.") + u'\n';
    return text;
}

} // namespace adp::shared::analysis
