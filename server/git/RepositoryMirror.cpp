#include "RepositoryMirror.h"

#include "shared/pipeline/PathGlob.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

namespace adp::server::git {

namespace {

// Transports a project's repository may use; `ext::` and the like run commands.
bool allowedUrl(const QString &url)
{
    if (url.startsWith(u'/'))
        return true;
    const QString scheme = QUrl(url).scheme();
    if (scheme == u"file" || scheme == u"https" || scheme == u"http" || scheme == u"ssh" || scheme == u"git")
        return true;
    static const QRegularExpression scpLike(QStringLiteral("^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[^:]"));
    return scpLike.match(url).hasMatch();
}

QString firstLine(const QByteArray &text)
{
    return QString::fromUtf8(text).section(u'\n', 0, 0).trimmed();
}

} // namespace

QString RepositoryMirror::pathOf(qint64 projectId) const
{
    return QDir(m_directory).filePath(QStringLiteral("%1.git").arg(projectId));
}

QProcessEnvironment RepositoryMirror::credentialsOf(qint64 projectId, const QString &url) const
{
    QProcessEnvironment extra;
    const QUrl parsed(url);
    if (!m_credentials || (parsed.scheme() != u"https" && parsed.scheme() != u"http"))
        return extra;
    const std::optional<QString> authorization = m_credentials(projectId);
    if (!authorization)
        return extra;
    extra.insert(QStringLiteral("GIT_CONFIG_COUNT"), QStringLiteral("1"));
    extra.insert(QStringLiteral("GIT_CONFIG_KEY_0"), QStringLiteral("http.extraHeader"));
    extra.insert(QStringLiteral("GIT_CONFIG_VALUE_0"), QStringLiteral("Authorization: ") + *authorization);
    return extra;
}

RepositoryMirror::GitResult RepositoryMirror::git(const QStringList &arguments, const QString &directory, int timeoutMs,
                                                  const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(extra);
    environment.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    environment.insert(QStringLiteral("GIT_ASKPASS"), QStringLiteral("/bin/false"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    // Without an identity, git derives one from the host name through the resolver: seconds per
    // checkout where DNS does not answer.
    for (const char *role : {"AUTHOR", "COMMITTER"}) {
        environment.insert(QStringLiteral("GIT_%1_NAME").arg(QLatin1String(role)), QStringLiteral("ADP"));
        environment.insert(QStringLiteral("GIT_%1_EMAIL").arg(QLatin1String(role)), QStringLiteral("adp@localhost"));
    }
    process.setProcessEnvironment(environment);
    if (!directory.isEmpty())
        process.setWorkingDirectory(directory);
    process.start(QStringLiteral("git"),
                  QStringList{QStringLiteral("-c"), QStringLiteral("protocol.ext.allow=never")} + arguments);
    GitResult result;
    if (!process.waitForStarted(10000)) {
        result.err = "git could not be started";
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "git took too long";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

std::shared_ptr<QMutex> RepositoryMirror::lockFor(qint64 projectId)
{
    QMutexLocker lock(&m_locksMutex);
    auto &mutex = m_locks[projectId];
    if (!mutex)
        mutex = std::make_shared<QMutex>();
    return mutex;
}

Outcome<Unit> RepositoryMirror::fetch(qint64 projectId, const QString &url)
{
    if (url.trimmed().isEmpty())
        return ServiceError::conflict(QStringLiteral("The project has no repository; set its repository URL first"));
    if (!allowedUrl(url))
        return ServiceError::conflict(
            QStringLiteral("The project's repository URL uses a transport that is not allowed"));
    if (m_localCheck) {
        if (const auto refused = m_localCheck(url))
            return ServiceError::conflict(QStringLiteral("The project's repository %1").arg(*refused));
    }
    const QString path = pathOf(projectId);
    if (!QFileInfo::exists(path + QStringLiteral("/HEAD"))) {
        QDir().mkpath(m_directory);
        const GitResult cloned = git({QStringLiteral("clone"), QStringLiteral("--mirror"), QStringLiteral("--quiet"),
                                      QStringLiteral("--"), url, path},
                                     {}, 120000, credentialsOf(projectId, url));
        if (cloned.exitCode != 0) {
            QDir(path).removeRecursively();
            return ServiceError::conflict(
                QStringLiteral("The repository cannot be read: %1").arg(firstLine(cloned.err)));
        }
        return Unit{};
    }
    const GitResult fetched =
        git({QStringLiteral("fetch"), QStringLiteral("--prune"), QStringLiteral("--quiet"), QStringLiteral("origin")},
            path, 120000, credentialsOf(projectId, url));
    if (fetched.exitCode != 0)
        return ServiceError::conflict(
            QStringLiteral("The repository cannot be fetched: %1").arg(firstLine(fetched.err)));
    return Unit{};
}

Outcome<RepositoryMirror::Commit> RepositoryMirror::resolve(qint64 projectId, const QString &url, const QString &ref)
{
    const auto lock = lockFor(projectId);
    QMutexLocker locked(lock.get());
    const auto fetched = fetch(projectId, url);
    if (!fetched.ok())
        return fetched.error();
    const QString path = pathOf(projectId);
    Commit commit;
    const auto tryRef = [&](const QString &full, bool tag) {
        const GitResult parsed =
            git({QStringLiteral("rev-parse"), QStringLiteral("--verify"), QStringLiteral("--quiet"),
                 QStringLiteral("--end-of-options"), full + QStringLiteral("^{commit}")},
                path);
        if (parsed.exitCode != 0)
            return false;
        commit.sha = firstLine(parsed.out);
        commit.isTag = tag;
        commit.ref = ref;
        return true;
    };
    static const QRegularExpression fullSha(QStringLiteral("^[0-9a-f]{40}$"));
    if (!tryRef(QStringLiteral("refs/heads/") + ref, false) && !tryRef(QStringLiteral("refs/tags/") + ref, true) &&
        !(fullSha.match(ref).hasMatch() && tryRef(ref, false)))
        return ServiceError::invalidField(
            QStringLiteral("ref"), shared::fieldcodes::InvalidValue,
            QStringLiteral("'%1' is not a branch, tag or commit of the repository").arg(ref));
    commit.message = messageOf(projectId, commit.sha);
    remember(projectId, commit.sha);
    return commit;
}

Outcome<RepositoryMirror::Commit> RepositoryMirror::commitAt(qint64 projectId, const QString &url, const QString &sha,
                                                             const QString &ref, bool isTag)
{
    static const QRegularExpression fullSha(QStringLiteral("^[0-9a-f]{40}$"));
    if (!fullSha.match(sha).hasMatch())
        return ServiceError::invalidField(QStringLiteral("sha"), shared::fieldcodes::InvalidValue,
                                          QStringLiteral("is not a commit id"));
    const auto lock = lockFor(projectId);
    QMutexLocker locked(lock.get());
    const auto fetched = fetch(projectId, url);
    if (!fetched.ok())
        return fetched.error();
    const QString path = pathOf(projectId);
    if (git({QStringLiteral("cat-file"), QStringLiteral("-e"), sha + QStringLiteral("^{commit}")}, path).exitCode != 0)
        return ServiceError::invalidField(QStringLiteral("sha"), shared::fieldcodes::InvalidValue,
                                          QStringLiteral("%1 is not in the project's repository").arg(sha.left(8)));
    remember(projectId, sha);
    return Commit{sha, messageOf(projectId, sha), ref, isTag};
}

void RepositoryMirror::remember(qint64 projectId, const QString &sha)
{
    constexpr qsizetype kRemembered = 100000;
    QMutexLocker locked(&m_presentMutex);
    if (m_present.size() > kRemembered)
        m_present.clear();
    m_present.insert({projectId, sha});
}

bool RepositoryMirror::remembers(qint64 projectId, const QString &sha)
{
    QMutexLocker locked(&m_presentMutex);
    return m_present.contains({projectId, sha});
}

Outcome<QString> RepositoryMirror::withCommit(qint64 projectId, const QString &url, const QString &sha)
{
    if (remembers(projectId, sha))
        return pathOf(projectId);
    const auto lock = lockFor(projectId);
    QMutexLocker locked(lock.get());
    const QString path = pathOf(projectId);
    const auto present = [&]() {
        return QDir(path).exists() &&
               git({QStringLiteral("cat-file"), QStringLiteral("-e"), sha + QStringLiteral("^{commit}")}, path)
                       .exitCode == 0;
    };
    if (!present()) {
        const auto fetched = fetch(projectId, url);
        if (!fetched.ok())
            return fetched.error();
        if (!present())
            return ServiceError::invalidField(QStringLiteral("sha"), shared::fieldcodes::InvalidValue,
                                              QStringLiteral("%1 is not in the project's repository").arg(sha.left(8)));
    }
    remember(projectId, sha);
    return path;
}

bool RepositoryMirror::isLocal(const QString &url)
{
    return url.startsWith(u'/') || url.startsWith(QStringLiteral("file://"));
}

Outcome<QList<RepositoryMirror::Head>> RepositoryMirror::heads(qint64 projectId, const QString &url)
{
    const auto lock = lockFor(projectId);
    QMutexLocker locked(lock.get());
    const auto fetched = fetch(projectId, url);
    if (!fetched.ok())
        return fetched.error();
    const GitResult listed =
        git({QStringLiteral("for-each-ref"), QStringLiteral("--format=%(refname) %(objectname) %(*objectname)"),
             QStringLiteral("refs/heads"), QStringLiteral("refs/tags")},
            pathOf(projectId));
    if (listed.exitCode != 0)
        return ServiceError::conflict(
            QStringLiteral("The repository's refs cannot be listed: %1").arg(firstLine(listed.err)));
    QList<Head> heads;
    for (const QByteArray &line : listed.out.split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() < 2)
            continue;
        const QString name = QString::fromUtf8(parts.at(0));
        const bool tag = name.startsWith(QStringLiteral("refs/tags/"));
        const QString sha =
            QString::fromLatin1(parts.size() > 2 && !parts.at(2).isEmpty() ? parts.at(2) : parts.at(1)); // peeled tag
        heads.append({name.section(u'/', 2), tag, sha});
    }
    return heads;
}

QString RepositoryMirror::messageOf(qint64 projectId, const QString &sha) const
{
    const GitResult message =
        git({QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%B"), sha}, pathOf(projectId));
    return QString::fromUtf8(message.out).trimmed().left(10000);
}

std::optional<qint64> RepositoryMirror::sizeOf(qint64 projectId, const QString &sha, const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    if (clean.startsWith(QStringLiteral("..")) || clean.startsWith(u'/') || clean.isEmpty())
        return std::nullopt;
    const GitResult size =
        git({QStringLiteral("cat-file"), QStringLiteral("-s"), sha + u':' + clean}, pathOf(projectId));
    if (size.exitCode != 0)
        return std::nullopt;
    return firstLine(size.out).toLongLong();
}

std::optional<QByteArray> RepositoryMirror::readFile(qint64 projectId, const QString &sha, const QString &path,
                                                     qint64 maxBytes)
{
    const auto size = sizeOf(projectId, sha, path);
    if (!size || *size > maxBytes)
        return std::nullopt;
    const QString object = sha + u':' + QDir::cleanPath(path);
    const GitResult content = git({QStringLiteral("cat-file"), QStringLiteral("blob"), object}, pathOf(projectId));
    if (content.exitCode != 0)
        return std::nullopt;
    return content.out;
}

std::optional<QStringList> RepositoryMirror::changedFiles(qint64 projectId, const QString &base, const QString &sha)
{
    if (base.isEmpty() || base.startsWith(u'-') || sha.startsWith(u'-'))
        return std::nullopt;
    const GitResult diff = git({QStringLiteral("diff"), QStringLiteral("--name-only"), QStringLiteral("-z"),
                                base + QStringLiteral("...") + sha, QStringLiteral("--")},
                               pathOf(projectId));
    if (diff.exitCode != 0)
        return std::nullopt;
    QStringList files;
    for (const QByteArray &name : diff.out.split('\0')) {
        if (!name.isEmpty())
            files.append(QString::fromUtf8(name));
    }
    return files;
}

std::optional<RepositoryMirror::Comparison> RepositoryMirror::compare(qint64 projectId, const QString &from,
                                                                      const QString &to, int maxCommits, int maxFiles)
{
    static const QRegularExpression fullSha(QStringLiteral("^[0-9a-f]{40}$"));
    if (!fullSha.match(from).hasMatch() || !fullSha.match(to).hasMatch())
        return std::nullopt;
    const QString directory = pathOf(projectId);
    const GitResult log = git(
        {QStringLiteral("log"), QStringLiteral("--no-decorate"), QStringLiteral("--format=%H%x1f%s%x1f%an%x1f%aI%x1e"),
         QStringLiteral("-n%1").arg(maxCommits + 1), from + QStringLiteral("..") + to, QStringLiteral("--")},
        directory);
    // Only the commits asked for (maxFiles 0): no diff to run.
    const GitResult diff = maxFiles > 0
                               ? git({QStringLiteral("diff"), QStringLiteral("--name-status"), QStringLiteral("-z"),
                                      QStringLiteral("--no-renames"), from, to, QStringLiteral("--")},
                                     directory)
                               : GitResult{0, {}, {}};
    if (log.exitCode != 0 || diff.exitCode != 0)
        return std::nullopt;
    Comparison comparison;
    for (const QByteArray &record : log.out.split('\x1e')) {
        const QList<QByteArray> fields = record.trimmed().split('\x1f');
        if (fields.size() < 4)
            continue;
        if (comparison.commits.size() == maxCommits) {
            comparison.moreCommits = true;
            break;
        }
        comparison.commits.append({QString::fromUtf8(fields.at(0)), QString::fromUtf8(fields.at(1)),
                                   QString::fromUtf8(fields.at(2)), QString::fromUtf8(fields.at(3))});
    }
    // -z --name-status: STATUS NUL PATH NUL, repeated.
    const QList<QByteArray> parts = diff.out.split('\0');
    for (qsizetype at = 0; at + 1 < parts.size(); at += 2) {
        if (parts.at(at).isEmpty())
            break;
        if (comparison.files.size() == maxFiles) {
            comparison.moreFiles = true;
            break;
        }
        comparison.files.append({QString::fromUtf8(parts.at(at)), QString::fromUtf8(parts.at(at + 1))});
    }
    return comparison;
}

std::optional<QByteArray> RepositoryMirror::diff(qint64 projectId, const QString &from, const QString &to,
                                                 qint64 maxBytes, bool *cut)
{
    static const QRegularExpression fullSha(QStringLiteral("^[0-9a-f]{40}$"));
    if (!fullSha.match(from).hasMatch() || !fullSha.match(to).hasMatch())
        return std::nullopt;
    const GitResult result =
        git({QStringLiteral("diff"), QStringLiteral("--no-color"), QStringLiteral("--no-ext-diff"),
             QStringLiteral("--no-textconv"), QStringLiteral("--unified=3"), from, to, QStringLiteral("--")},
            pathOf(projectId));
    if (result.exitCode != 0)
        return std::nullopt;
    *cut = result.out.size() > maxBytes;
    return result.out.left(maxBytes);
}

bool RepositoryMirror::exists(qint64 projectId, const QString &sha, const QString &glob)
{
    const GitResult listed =
        git({QStringLiteral("ls-tree"), QStringLiteral("-r"), QStringLiteral("--name-only"), sha}, pathOf(projectId));
    if (listed.exitCode != 0)
        return false;
    const pipeline::PathGlob pattern(glob);
    for (const QByteArray &line : listed.out.split('\n')) {
        if (!line.isEmpty() && pattern.matches(QString::fromUtf8(line)))
            return true;
    }
    return false;
}

} // namespace adp::server::git
