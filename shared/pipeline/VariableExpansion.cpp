#include "VariableExpansion.h"

#include <QRegularExpression>

namespace adp::pipeline {

QString expandVariables(const QString &text, const std::function<QString(const QString &name)> &valueOf)
{
    static const QRegularExpression reference(
        QStringLiteral("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)\\}|([A-Za-z_][A-Za-z0-9_]*))"));
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator matches = reference.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += text.mid(last, match.capturedStart() - last);
        result += valueOf(match.captured(1).isEmpty() ? match.captured(2) : match.captured(1));
        last = match.capturedEnd();
    }
    return result + text.mid(last);
}

} // namespace adp::pipeline
