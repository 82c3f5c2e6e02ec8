#include "SecretScanner.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <cmath>
#include <vector>

namespace adp::shared::analysis {

namespace {
struct SecretRule
{
    const char *id;
    const char *keyword; // cheap pre-check, case-sensitive; nullptr: always try
    const char *pattern; // the secret is the group named "secret", else the whole match
    const char *what;
};

const std::vector<SecretRule> &rules()
{
    static const std::vector<SecretRule> list{
        {"aws_access_key_id", nullptr, "\\b(?<secret>(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA)[0-9A-Z]{16})\\b",
         QT_TRANSLATE_NOOP("SecretScanner", "an AWS access key id")},
        {"github_token", "gh", "\\b(?<secret>gh[pousr]_[A-Za-z0-9]{36,255})\\b",
         QT_TRANSLATE_NOOP("SecretScanner", "a GitHub token")},
        {"github_fine_grained_token", "github_pat_", "\\b(?<secret>github_pat_[A-Za-z0-9_]{82})\\b",
         QT_TRANSLATE_NOOP("SecretScanner", "a GitHub fine-grained token")},
        {"gitlab_token", "gl", "\\b(?<secret>gl(?:pat|ptt|rt|dt|oas|cbt|imt|soat)-[A-Za-z0-9_\\-]{20,})",
         QT_TRANSLATE_NOOP("SecretScanner", "a GitLab token")},
        {"slack_token", "xox", "\\b(?<secret>xox[baprs]-[0-9A-Za-z\\-]{10,})",
         QT_TRANSLATE_NOOP("SecretScanner", "a Slack token")},
        {"slack_webhook", "hooks.slack.com", "(?<secret>https://hooks\\.slack\\.com/services/[A-Za-z0-9/]{20,})",
         QT_TRANSLATE_NOOP("SecretScanner", "a Slack webhook URL")},
        {"stripe_key", "_live_", "\\b(?<secret>(?:sk|rk)_live_[0-9a-zA-Z]{20,})",
         QT_TRANSLATE_NOOP("SecretScanner", "a Stripe live key")},
        {"google_api_key", "AIza", "\\b(?<secret>AIza[0-9A-Za-z_\\-]{35})\\b",
         QT_TRANSLATE_NOOP("SecretScanner", "a Google API key")},
        {"npm_token", "npm_", "\\b(?<secret>npm_[A-Za-z0-9]{36})\\b",
         QT_TRANSLATE_NOOP("SecretScanner", "an npm token")},
        {"pypi_token", "pypi-", "(?<secret>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\\-]{50,})",
         QT_TRANSLATE_NOOP("SecretScanner", "a PyPI token")},
        {"openai_key", "sk-", "\\b(?<secret>sk-(?:proj-)?[A-Za-z0-9_\\-]{20,}T3BlbkFJ[A-Za-z0-9_\\-]{20,})",
         QT_TRANSLATE_NOOP("SecretScanner", "an OpenAI API key")},
        {"jwt", "eyJ", "\\b(?<secret>eyJ[A-Za-z0-9_\\-]{10,}\\.eyJ[A-Za-z0-9_\\-]{10,}\\.[A-Za-z0-9_\\-]{10,})",
         QT_TRANSLATE_NOOP("SecretScanner", "a JSON Web Token")},
        {"private_key", "PRIVATE KEY", "-----BEGIN (?:[A-Z]+ )?PRIVATE KEY(?: BLOCK)?-----",
         QT_TRANSLATE_NOOP("SecretScanner", "a private key")},
        {"url_credentials", "://", "[a-z][a-z0-9+.\\-]*://[^\\s:/@]+:(?<secret>[^\\s@/$]{6,})@[^\\s]+",
         QT_TRANSLATE_NOOP("SecretScanner", "a password in a URL")},
    };
    return list;
}

// A value assigned to a key-like name: KEY=value, key: value, "key": "value".
const QRegularExpression &assignment()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?i)(?<name>[a-z0-9_.\\-]*(?:password|passwd|pwd|secret|token|api[_\\-]?key|access[_\\-]?key|"
                       "private[_\\-]?key|client[_\\-]?secret|auth)[a-z0-9_.\\-]*)[\"']?\\s*[:=]\\s*[\"']?"
                       "(?<secret>[A-Za-z0-9/+_\\-.=~!@#%^&*]{16,})"));
    return pattern;
}

bool looksLikeReference(QStringView value)
{
    static const QRegularExpression reference(
        QStringLiteral("^(?:\\$|\\{\\{|<|%|\\[)|(?i)(?:example|placeholder|changeme|dummy|xxxx|\\*\\*\\*|"
                       "redacted|masked|your[_\\-])"));
    return reference.match(value).hasMatch();
}

// A name that refers to a secret rather than holds one: secretName, tokenFile, password_ref...
bool namesAReference(QStringView name)
{
    static const QRegularExpression reference(QStringLiteral(
        "(?i)(?:name|ref|file|path|type|mode|id|kind|field|length|count|url|uri|endpoint|header|version|selector|"
        "store|provider|source|dir|env|var|policy|expiry|expires|ttl)$"));
    return reference.match(name).hasMatch();
}

QString fingerprintOf(const char *rule, QStringView secret)
{
    return QString::fromLatin1(rule) + u':' +
           QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}
} // namespace

double SecretScanner::entropy(QStringView text)
{
    if (text.isEmpty())
        return 0;
    QHash<QChar, int> counts;
    for (const QChar c : text)
        ++counts[c];
    double bits = 0;
    for (const int count : std::as_const(counts)) {
        const double p = double(count) / double(text.size());
        bits -= p * std::log2(p);
    }
    return bits;
}

SecurityFindings SecretScanner::scan(QByteArrayView text, const QString &file)
{
    static const std::vector<QRegularExpression> compiled = []() {
        std::vector<QRegularExpression> patterns;
        for (const SecretRule &rule : rules())
            patterns.emplace_back(QString::fromLatin1(rule.pattern));
        return patterns;
    }();
    SecurityFindings findings;
    int number = 0;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const QByteArrayView bytes = text.sliced(start, std::min<qsizetype>(end - start, kMaxLine));
        start = end + 1;
        ++number;
        if (bytes.contains("adp:allow") || bytes.contains("gitleaks:allow"))
            continue;
        const QString line = QString::fromUtf8(bytes);
        bool found = false;
        for (size_t i = 0; i < rules().size(); ++i) {
            const SecretRule &rule = rules()[i];
            if (rule.keyword && !bytes.contains(rule.keyword))
                continue;
            const QRegularExpressionMatch match = compiled[i].match(line);
            if (!match.hasMatch())
                continue;
            const QString secret =
                match.capturedView(u"secret").isNull() ? match.captured(0) : match.captured(u"secret");
            findings.append({QString::fromLatin1(rule.id), Severity::High, file, number,
                             tr("This line holds %1.").arg(tr(rule.what)), redactedSecret(secret),
                             fingerprintOf(rule.id, secret)});
            found = true;
            break;
        }
        if (found)
            continue;
        const QRegularExpressionMatch assigned = assignment().match(line);
        const QStringView value = assigned.capturedView(u"secret");
        if (assigned.hasMatch() && !namesAReference(assigned.capturedView(u"name")) && !looksLikeReference(value) &&
            entropy(value) >= kMinEntropy)
            findings.append({QStringLiteral("generic_secret"), Severity::Medium, file, number,
                             tr("%1 is given a value that looks like a secret.").arg(assigned.captured(u"name")),
                             redactedSecret(value), fingerprintOf("generic_secret", value)});
    }
    return findings;
}

} // namespace adp::shared::analysis
