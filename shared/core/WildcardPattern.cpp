#include "WildcardPattern.h"

#include <QRegularExpression>
#include <limits>

namespace adp::shared::wildcard {

bool matches(const QString &pattern, const QString &text)
{
    if (!pattern.contains(u'*'))
        return pattern == text;
    QString expression = QRegularExpression::escape(pattern);
    expression.replace(QStringLiteral("\\*"), QStringLiteral(".*"));
    return QRegularExpression(QRegularExpression::anchoredPattern(expression)).match(text).hasMatch();
}

int specificity(const QString &pattern)
{
    if (!pattern.contains(u'*'))
        return std::numeric_limits<int>::max();
    return int(pattern.size() - pattern.count(u'*'));
}

} // namespace adp::shared::wildcard
