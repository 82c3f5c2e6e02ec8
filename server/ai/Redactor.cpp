#include "Redactor.h"

#include "shared/analysis/SecretScanner.h"

#include <QUrl>
#include <algorithm>

namespace adp::server::ai {

Redactor::Redactor(QStringList secrets)
{
    for (const QString &secret : secrets) {
        if (secret.size() < kMinSecret)
            continue;
        m_needles << secret << QString::fromLatin1(secret.toUtf8().toBase64())
                  << QString::fromLatin1(QUrl::toPercentEncoding(secret));
    }
    m_needles.removeDuplicates();
    std::sort(m_needles.begin(), m_needles.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString Redactor::redact(const QString &text) const
{
    QString out = text;
    for (const QString &needle : m_needles)
        out.replace(needle, QStringLiteral("[MASKED]"));
    // Then what looks like a secret though nobody declared it: the scanner's findings, by line.
    const QByteArray bytes = out.toUtf8();
    const auto findings = shared::analysis::SecretScanner::scan(bytes, QString());
    if (findings.isEmpty())
        return out;
    QStringList lines = out.split(u'\n');
    for (const auto &finding : findings) {
        if (finding.line >= 1 && finding.line <= lines.size())
            lines[finding.line - 1] = QStringLiteral("[REDACTED: a line holding %1]").arg(finding.rule);
    }
    return lines.join(u'\n');
}

} // namespace adp::server::ai
