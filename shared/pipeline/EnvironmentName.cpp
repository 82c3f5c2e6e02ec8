#include "EnvironmentName.h"

#include "VariableExpansion.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace adp::pipeline {

QString EnvironmentName::expand(const QString &text, const RuleExpression::Variables &variables)
{
    return expandVariables(text, [&variables](const QString &name) { return variables.value(name); });
}

bool EnvironmentName::isValid(const QString &name)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9 _./-]+$"));
    return !name.trimmed().isEmpty() && name.size() <= kMaxLength && allowed.match(name).hasMatch() &&
           !name.startsWith(u'/') && !name.endsWith(u'/') && !name.contains(QStringLiteral("//"));
}

QString EnvironmentName::folderOf(const QString &name)
{
    const qsizetype slash = name.indexOf(u'/');
    return slash > 0 ? name.left(slash) : QString();
}

QString EnvironmentName::slugOf(const QString &name)
{
    // GitLab's rule: lower case, anything but a-z0-9 becomes '-', at most 24 characters, starting
    // with a letter; a name that had to change gets a suffix so that two names never share a slug
    // (GitLab's is random; ours is the name's hash, so a slug is the same on every run).
    constexpr int kMax = 24;
    constexpr int kSuffix = 6;
    QString slug = name.toLower();
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]"));
    static const QRegularExpression repeated(QStringLiteral("-+"));
    slug.replace(other, QStringLiteral("-"));
    slug.replace(repeated, QStringLiteral("-"));
    if (slug.isEmpty() || !slug.at(0).isLetter())
        slug.prepend(QStringLiteral("env-"));
    const bool changed = slug != name;
    const int room = changed ? kMax - kSuffix - 1 : kMax;
    slug = slug.left(room);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    if (changed)
        slug += u'-' + QString::fromLatin1(
                           QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex().left(kSuffix));
    return slug;
}

QString EnvironmentName::guessTier(const QString &name)
{
    // GitLab's guess, in its order: the first pattern that matches decides.
    static const QList<QPair<QRegularExpression, QString>> guesses{
        {QRegularExpression(QStringLiteral("(dev|review|trunk)"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("development")},
        {QRegularExpression(QStringLiteral("(test|tst|int|ac(ce|)pt|qa|qc|control|quality)"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("testing")},
        {QRegularExpression(QStringLiteral("(st(a|)g|mod(e|)l|pre|demo|non)"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("staging")},
        {QRegularExpression(QStringLiteral("(pr(o|)d|live)"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("production")}};
    for (const auto &[pattern, tier] : guesses) {
        if (pattern.match(name).hasMatch())
            return tier;
    }
    return QStringLiteral("other");
}

} // namespace adp::pipeline
