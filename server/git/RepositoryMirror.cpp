#include "RepositoryMirror.h"

#include "RefFiles.h"
#include "shared/pipeline/PathGlob.h"

#include <QDateTime>
#include <QDeadlineTimer>
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

bool isFullSha(const QString &text)
{
    static const QRegularExpression fullSha(QStringLiteral("^[0-9a-f]{40}$"));
    return fullSha.match(text).hasMatch();
}

// A path inside a commit's tree, cleaned; nullopt for one that leaves it or names nothing.
std::optional<QString> treePath(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    if (clean.startsWith(QStringLiteral("..")) || clean.startsWith(u'/') || clean.isEmpty())
        return std::nullopt;
    return clean;
}

QString firstLine(const QByteArray &text)
{
    return QString::fromUtf8(text).section(u'\n', 0, 0).trimmed();
}

// Does the mirror hold every ref of the repository on this machine at `url`, as it is now? Then
// a fetch would change nothing. Any ref that is not plainly readable leaves the answer to git.
bool mirrorsLocalRefs(const QString &url, const QString &mirror)
{
    const std::optional<QString> source = RefFiles::gitDirOf(url);
    if (!source)
        return false;
    RefFiles::Reading theirs = RefFiles::read(*source);
    if (!theirs.plain)
        return false;
    // A fetch copies a symbolic ref (a clone's origin/HEAD) as the commit it stands for.
    for (auto ref = theirs.symbolic.cbegin(); ref != theirs.symbolic.cend(); ++ref) {
        const auto target = theirs.refs.constFind(ref.value());
        if (target == theirs.refs.cend())
            return false;
        theirs.refs.insert(ref.key(), *target);
    }
    const RefFiles::Reading ours = RefFiles::read(mirror);
    if (!ours.plain || !ours.symbolic.isEmpty() || ours.refs.size() != theirs.refs.size())
        return false;
    for (auto ref = theirs.refs.cbegin(); ref != theirs.refs.cend(); ++ref) {
        const auto held = ours.refs.constFind(ref.key());
        if (held == ours.refs.cend() || held->id != ref->id)
            return false;
    }
    return true;
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

void RepositoryMirror::startGit(QProcess &process, const QStringList &arguments, const QString &directory,
                                const QProcessEnvironment &extra)
{
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
}

RepositoryMirror::GitResult RepositoryMirror::git(const QStringList &arguments, const QString &directory, int timeoutMs,
                                                  const QProcessEnvironment &extra)
{
    QProcess process;
    startGit(process, arguments, directory, extra);
    return finishGit(process, timeoutMs);
}

RepositoryMirror::GitResult RepositoryMirror::finishGit(QProcess &process, int timeoutMs)
{
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

std::optional<QList<std::optional<RepositoryMirror::Object>>>
RepositoryMirror::readObjects(const QString &repository, const QStringList &names, qint64 maxBytes)
{
    constexpr int kTimeoutMs = 60000;
    QProcess process;
    startGit(process, {QStringLiteral("cat-file"), QStringLiteral("--batch")}, repository, {});
    if (!process.waitForStarted(10000))
        return std::nullopt;
    QByteArray request;
    for (const QString &name : names) // a name with a line break would be read as two: it names nothing
        request += (name.contains(u'\n') ? QByteArray("-") : name.toUtf8()) + '\n';
    process.write(request);
    process.closeWriteChannel();
    const auto stop = [&process]() {
        process.kill();
        process.waitForFinished(5000);
    };
    QDeadlineTimer deadline(kTimeoutMs);
    QByteArray buffer;
    qsizetype at = 0; // where the unread part of `buffer` starts
    const auto readMore = [&]() {
        if (process.bytesAvailable() == 0 &&
            !process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            return false;
        if (at > (1 << 20)) { // what was read already is not kept
            buffer.remove(0, at);
            at = 0;
        }
        buffer += process.readAll();
        return true;
    };
    // Each object: "<id> <type> <size>", its bytes and a line break; or "<name> missing".
    static const QRegularExpression found(QStringLiteral("^([0-9a-f]{40,64}) (blob|tree|commit|tag) (\\d+)$"));
    QList<std::optional<Object>> objects;
    while (objects.size() < names.size()) {
        qsizetype end = buffer.indexOf('\n', at);
        for (; end < 0; end = buffer.indexOf('\n', at)) {
            if (!readMore()) {
                stop();
                return std::nullopt;
            }
        }
        const auto header = found.match(QString::fromUtf8(buffer.mid(at, end - at)));
        at = end + 1;
        if (!header.hasMatch()) {
            objects.append(std::nullopt);
            continue;
        }
        const qint64 size = header.captured(3).toLongLong();
        if (size > maxBytes) { // never read: this one and the names after it are unknown
            stop();
            while (objects.size() < names.size())
                objects.append(std::nullopt);
            return objects;
        }
        while (buffer.size() - at < size + 1) {
            if (!readMore()) {
                stop();
                return std::nullopt;
            }
        }
        objects.append(Object{header.captured(1), header.captured(2), buffer.mid(at, size)});
        at += size + 1;
    }
    process.waitForFinished(int(std::max<qint64>(1, deadline.remainingTime())));
    return objects;
}

void RepositoryMirror::maintainLater(qint64 projectId)
{
    constexpr qint64 kEveryMs = 10 * 60 * 1000;
    {
        QMutexLocker locked(&m_maintainedMutex);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        qint64 &last = m_maintainedAt[projectId];
        if (last != 0 && now - last < kEveryMs)
            return;
        last = now;
    }
    m_maintenance.start([this, projectId]() {
        const auto lock = lockFor(projectId);
        QMutexLocker locked(lock.get());
        git({QStringLiteral("maintenance"), QStringLiteral("run"), QStringLiteral("--auto"), QStringLiteral("--quiet")},
            pathOf(projectId), 10 * 60 * 1000);
    });
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
    // A repository on this machine (a path the local check allowed) is looked at without git:
    // when nothing moved, a fetch's four processes would only find that out.
    if (isLocal(url) && mirrorsLocalRefs(url, path))
        return Unit{};
    // From the project's URL as it is now (it may have changed since the mirror was made), every
    // ref, as the mirror's clone did.
    const GitResult fetched =
        git({QStringLiteral("fetch"), QStringLiteral("--prune"), QStringLiteral("--quiet"),
             QStringLiteral("--no-auto-maintenance"), QStringLiteral("--"), url, QStringLiteral("+refs/*:refs/*")},
            path, 120000, credentialsOf(projectId, url));
    if (fetched.exitCode != 0)
        return ServiceError::conflict(
            QStringLiteral("The repository cannot be fetched: %1").arg(firstLine(fetched.err)));
    // git would tidy the mirror (gc --auto) before returning, a process more before every pipeline.
    maintainLater(projectId);
    return Unit{};
}

Outcome<RepositoryMirror::Commit> RepositoryMirror::resolve(qint64 projectId, const QString &url, const QString &ref)
{
    const auto lock = lockFor(projectId);
    QMutexLocker locked(lock.get());
    const auto fetched = fetch(projectId, url);
    if (!fetched.ok())
        return fetched.error();
    // A branch, else a tag, else a commit id.
    QStringList names{QStringLiteral("refs/heads/") + ref, QStringLiteral("refs/tags/") + ref};
    if (isFullSha(ref))
        names << ref;
    // The mirror changes only under the project's lock, held here: these are the refs git reads.
    const RefFiles::Reading mirror = RefFiles::read(pathOf(projectId));
    if (std::optional<Commit> known = knownCommit(projectId, mirror, names, ref))
        return std::move(*known);
    const RefFiles::Refs &refs = mirror.refs;
    const auto commits = commitsNamed(projectId, names);
    if (!commits.ok())
        return commits.error();
    for (qsizetype index = 0; index < commits.value().size(); ++index) {
        if (const auto &commit = commits.value().at(index)) {
            const MirrorMemo::Commit read{commit->id, messageIn(commit->content)};
            m_memo.rememberCommit(projectId, commit->id, read);
            // An annotated tag's own id leads to the same commit.
            const auto named = refs.constFind(names.at(index).toUtf8());
            if (named != refs.cend() && QString::fromLatin1(named->id) != commit->id)
                m_memo.rememberCommit(projectId, QString::fromLatin1(named->id), read);
            return Commit{commit->id, *read.message, ref, index == 1};
        }
    }
    return ServiceError::invalidField(QStringLiteral("ref"), shared::fieldcodes::InvalidValue,
                                      QStringLiteral("'%1' is not a branch, tag or commit of the repository").arg(ref));
}

Outcome<RepositoryMirror::Commit> RepositoryMirror::commitAt(qint64 projectId, const QString &url, const QString &sha,
                                                             const QString &ref, bool isTag)
{
    if (!isFullSha(sha))
        return ServiceError::invalidField(QStringLiteral("sha"), shared::fieldcodes::InvalidValue,
                                          QStringLiteral("is not a commit id"));
    const auto lock = lockFor(projectId);
    QMutexLocker locked(lock.get());
    const auto fetched = fetch(projectId, url);
    if (!fetched.ok())
        return fetched.error();
    const auto commits = commitsNamed(projectId, {sha});
    if (!commits.ok())
        return commits.error();
    const std::optional<Object> &commit = commits.value().at(0);
    if (!commit || commit->id != sha)
        return ServiceError::invalidField(QStringLiteral("sha"), shared::fieldcodes::InvalidValue,
                                          QStringLiteral("%1 is not in the project's repository").arg(sha.left(8)));
    m_memo.rememberCommit(projectId, sha, {sha, messageIn(commit->content)});
    return Commit{sha, messageIn(commit->content), ref, isTag};
}

Outcome<QList<std::optional<RepositoryMirror::Object>>> RepositoryMirror::commitsNamed(qint64 projectId,
                                                                                       const QStringList &names)
{
    constexpr qint64 kMaxCommitBytes = 1024 * 1024;
    QStringList peeled;
    for (const QString &name : names)
        peeled << name + QStringLiteral("^{commit}");
    auto objects = readObjects(pathOf(projectId), peeled, kMaxCommitBytes);
    if (!objects)
        return ServiceError::conflict(QStringLiteral("The project's mirror cannot be read"));
    return std::move(*objects);
}

std::optional<RepositoryMirror::Commit> RepositoryMirror::knownCommit(qint64 projectId, const RefFiles::Reading &mirror,
                                                                      const QStringList &names, const QString &ref)
{
    // Only from refs read in full: one left out could be a branch that comes before a tag of its name.
    if (!mirror.plain || !mirror.symbolic.isEmpty())
        return std::nullopt;
    for (qsizetype index = 0; index < names.size(); ++index) {
        const auto named = mirror.refs.constFind(names.at(index).toUtf8());
        if (named == mirror.refs.cend() && !isFullSha(names.at(index)))
            continue;
        const QString id = named == mirror.refs.cend() ? names.at(index) : QString::fromLatin1(named->id);
        const std::optional<MirrorMemo::Commit> known = m_memo.commit(projectId, id);
        if (!known || !known->message)
            return std::nullopt;
        return Commit{known->sha, *known->message, ref, index == 1};
    }
    return std::nullopt;
}

Outcome<QString> RepositoryMirror::withCommit(qint64 projectId, const QString &url, const QString &sha)
{
    if (m_memo.commit(projectId, sha))
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
    m_memo.rememberCommit(projectId, sha, {sha, std::nullopt});
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

QString RepositoryMirror::messageIn(const QByteArray &commitObject)
{
    const qsizetype headersEnd = commitObject.indexOf("\n\n"); // headers, a blank line, the message
    return headersEnd < 0 ? QString() : QString::fromUtf8(commitObject.mid(headersEnd + 2)).trimmed().left(10000);
}

std::optional<qint64> RepositoryMirror::sizeOf(qint64 projectId, const QString &sha, const QString &path)
{
    const auto clean = treePath(path);
    if (!clean)
        return std::nullopt;
    const GitResult size =
        git({QStringLiteral("cat-file"), QStringLiteral("-s"), sha + u':' + *clean}, pathOf(projectId));
    if (size.exitCode != 0)
        return std::nullopt;
    return firstLine(size.out).toLongLong();
}

std::optional<QByteArray> RepositoryMirror::readFile(qint64 projectId, const QString &sha, const QString &path,
                                                     qint64 maxBytes)
{
    const auto clean = treePath(path);
    if (!clean)
        return std::nullopt;
    const bool fixed = isFullSha(sha); // a branch name moves: what it held is not what it holds
    if (fixed) {
        if (std::optional<QByteArray> known = m_memo.file(projectId, sha, *clean))
            return known->size() > maxBytes ? std::nullopt : std::move(known);
    }
    const auto objects = readObjects(pathOf(projectId), {sha + u':' + *clean}, maxBytes);
    if (!objects || !objects->at(0) || objects->at(0)->type != u"blob")
        return std::nullopt;
    if (fixed)
        m_memo.rememberFile(projectId, sha, *clean, objects->at(0)->content);
    return objects->at(0)->content;
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
    if (!isFullSha(from) || !isFullSha(to))
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
    if (!isFullSha(from) || !isFullSha(to))
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
