#include "PathGlob.h"

namespace adp::pipeline {

namespace {

QString regexOf(QString glob)
{
    while (glob.startsWith(QStringLiteral("./")))
        glob.remove(0, 2);
    while (glob.endsWith(u'/'))
        glob.chop(1);
    QString regex;
    int braces = 0; // inside {a,b}: a comma separates alternatives
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == u'*' && i + 1 < glob.size() && glob.at(i + 1) == u'*') {
            if (i + 2 < glob.size() && glob.at(i + 2) == u'/') {
                regex += QStringLiteral("(?:.*/)?");
                i += 2;
            } else {
                regex += QStringLiteral(".*");
                ++i;
            }
        } else if (c == u'*') {
            regex += QStringLiteral("[^/]*");
        } else if (c == u'?') {
            regex += QStringLiteral("[^/]");
        } else if (c == u'[') {
            const qsizetype close = glob.indexOf(u']', i + 1);
            if (close < 0) {
                regex += QStringLiteral("\\[");
                continue;
            }
            QString set = glob.mid(i + 1, close - i - 1);
            if (set.startsWith(u'!'))
                set[0] = u'^';
            regex += u'[' + set.replace(QStringLiteral("\\"), QStringLiteral("\\\\")) + u']';
            i = close;
        } else if (c == u'{') {
            ++braces;
            regex += QStringLiteral("(?:");
        } else if (c == u'}' && braces > 0) {
            --braces;
            regex += u')';
        } else if (c == u',' && braces > 0) {
            regex += u'|';
        } else {
            regex += QRegularExpression::escape(QString(c));
        }
    }
    while (braces-- > 0)
        regex += u')';
    return regex;
}

} // namespace

PathGlob::PathGlob(const QString &pattern)
    : m_regex(QRegularExpression::anchoredPattern(regexOf(pattern)))
{
}

bool PathGlob::coversPath(const QString &path) const
{
    QString candidate = path;
    while (true) {
        if (matches(candidate))
            return true;
        const qsizetype slash = candidate.lastIndexOf(u'/');
        if (slash < 0)
            return false;
        candidate.truncate(slash);
    }
}

} // namespace adp::pipeline
