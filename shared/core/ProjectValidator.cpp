#include "ProjectValidator.h"

#include "TextRules.h"

#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace adp::shared {

namespace {

void addError(FieldErrors &errors, const char *field, const char *code, const QString &message)
{
    errors.append({QString::fromLatin1(field), QString::fromLatin1(code), message});
}

using textrules::hasControlCharacters;

} // namespace

bool ProjectValidator::isValidSlug(const QString &slug)
{
    return textrules::isValidSlug(slug);
}

bool ProjectValidator::isValidRepositoryUrl(const QString &url)
{
    if (url.isEmpty())
        return true;
    if (url.contains(QChar(u' ')) || hasControlCharacters(url, false))
        return false;
    if (url.startsWith(u'/'))
        return true; // a local repository path
    // scp-like syntax git uses for SSH: user@host:path
    static const QRegularExpression scpLike(QStringLiteral("^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[^/].*$"));
    if (scpLike.match(url).hasMatch())
        return true;
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return false;
    const QString scheme = parsed.scheme();
    if (scheme == u"file")
        return !parsed.path().isEmpty();
    static const QStringList networkSchemes{QStringLiteral("https"), QStringLiteral("http"), QStringLiteral("ssh"),
                                            QStringLiteral("git")};
    return networkSchemes.contains(scheme) && !parsed.host().isEmpty() && parsed.path().size() > 1;
}

bool ProjectValidator::isValidBranchName(const QString &branch)
{
    // The rules of git check-ref-format that matter for a branch typed by a person.
    if (branch.isEmpty() || branch.size() > kBranchMax)
        return false;
    if (branch.startsWith(u'-') || branch.startsWith(u'/') || branch.endsWith(u'/') || branch.endsWith(u'.') ||
        branch.endsWith(QStringLiteral(".lock")) || branch == u"@")
        return false;
    if (branch.contains(QStringLiteral("..")) || branch.contains(QStringLiteral("//")) ||
        branch.contains(QStringLiteral("@{")) || branch.contains(QStringLiteral("/.")))
        return false;
    for (const QChar c : branch) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || QStringLiteral(" ~^:?*[\\").contains(c))
            return false;
    }
    return !branch.startsWith(u'.');
}

bool ProjectValidator::isValidCiConfigPath(const QString &path)
{
    if (path.isEmpty() || path.size() > kCiConfigPathMax || path.startsWith(u'/') || path.contains(u'\\') ||
        hasControlCharacters(path, false))
        return false;
    if (!path.endsWith(QStringLiteral(".yml")) && !path.endsWith(QStringLiteral(".yaml")))
        return false;
    const QStringList parts = path.split(u'/');
    return std::none_of(parts.begin(), parts.end(),
                        [](const QString &part) { return part.isEmpty() || part == u"." || part == u".."; });
}

FieldErrors ProjectValidator::validate(const Project &project)
{
    FieldErrors errors;
    textrules::checkName(errors, project.name);
    textrules::checkSlug(errors, project.slug);
    textrules::checkDescription(errors, project.description);

    if (project.repositoryUrl.size() > kRepositoryUrlMax)
        addError(errors, "repository_url", fieldcodes::TooLong,
                 QStringLiteral("must be at most %1 characters").arg(kRepositoryUrlMax));
    else if (!isValidRepositoryUrl(project.repositoryUrl))
        addError(errors, "repository_url", fieldcodes::InvalidFormat,
                 QStringLiteral("must be an https, http, ssh, git or file URL, user@host:path, or an absolute path"));

    if (project.defaultBranch.isEmpty())
        addError(errors, "default_branch", fieldcodes::Required, QStringLiteral("is required"));
    else if (project.defaultBranch.size() > kBranchMax)
        addError(errors, "default_branch", fieldcodes::TooLong,
                 QStringLiteral("must be at most %1 characters").arg(kBranchMax));
    else if (!isValidBranchName(project.defaultBranch))
        addError(errors, "default_branch", fieldcodes::InvalidFormat, QStringLiteral("is not a valid git branch name"));

    if (!isValidCiConfigPath(project.ciConfigPath))
        addError(errors, "ci_config_path", fieldcodes::InvalidFormat,
                 QStringLiteral("must be a relative path inside the repository to a .yml or .yaml file"));
    return errors;
}

} // namespace adp::shared
