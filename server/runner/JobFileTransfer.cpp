#include "JobFileTransfer.h"

#include "WorkspaceArchive.h"
#include "git/RepositoryMirror.h"
#include "shared/pipeline/DefinitionParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>

namespace adp::server::runner {

namespace {

QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        strings.append(item.toString());
    return strings;
}

// For `untracked: true`, the commit's files (everything else is untracked); else nothing.
std::optional<QSet<QString>> trackedFor(const QJsonObject &entry, const JobFileTransfer::Workspace &workspace,
                                        const QString &sha)
{
    if (!entry.value(QStringLiteral("untracked")).toBool())
        return std::nullopt;
    return WorkspaceArchive::trackedFiles(workspace.mirror, sha).value_or(QSet<QString>());
}

QStringList expandedAll(const QStringList &texts, const QStringList &environment)
{
    QStringList expanded;
    for (const QString &text : texts)
        expanded.append(WorkspaceArchive::expand(text, environment));
    return expanded;
}

// Does a `when` of artifacts or cache (on_success, on_failure, always) cover how the job ended?
bool due(const QString &when, bool succeeded)
{
    return when == u"always" || (succeeded ? when != u"on_failure" : when == u"on_failure");
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// A cache key must be usable as one name: no slashes, not "." or "..".
QString safeKey(QString key)
{
    key.replace(u'/', QStringLiteral("%2F"));
    if (key == u"." || key == u"..")
        key.replace(u'.', QStringLiteral("%2E"));
    return key;
}

} // namespace

QString JobFileTransfer::scratchFile(const queue::JobQueue::Claimed &job, const QString &what) const
{
    QDir().mkpath(m_scratch);
    return QDir(m_scratch).filePath(QStringLiteral("%1.%2.tar.gz").arg(job.id).arg(what));
}

QString JobFileTransfer::cacheKey(const QJsonObject &cache, const QString &mirror, const QString &sha,
                                  const QStringList &environment)
{
    const QStringList files = stringsOf(cache.value(QStringLiteral("key_files")));
    QString key;
    if (!files.isEmpty()) {
        // GitLab names such a cache after the last commit that changed the files.
        const git::RepositoryMirror::GitResult last =
            git::RepositoryMirror::git(QStringList{QStringLiteral("log"), QStringLiteral("-1"),
                                                   QStringLiteral("--format=%H"), sha, QStringLiteral("--")} +
                                           expandedAll(files, environment),
                                       mirror, 60000);
        key = last.exitCode == 0 ? QString::fromLatin1(last.out).trimmed() : QString();
        if (key.isEmpty())
            key = QStringLiteral("default");
        const QString prefix =
            WorkspaceArchive::expand(cache.value(QStringLiteral("key_prefix")).toString(), environment);
        if (!prefix.isEmpty())
            key = prefix + u'-' + key;
    } else {
        key = WorkspaceArchive::expand(cache.value(QStringLiteral("key")).toString(), environment).trimmed();
    }
    return safeKey(key.isEmpty() ? QStringLiteral("default") : key);
}

std::optional<QString> JobFileTransfer::restore(const queue::JobQueue::Claimed &job, const Workspace &workspace,
                                                const LogSink &log) const
{
    const QStringList sources = stringsOf(job.spec.value(QStringLiteral("artifacts_from")));
    if (!sources.isEmpty()) {
        const QList<JobFiles::Artifact> artifacts = m_files.artifactsOf(job.pipeline.pipelineId, sources);
        for (const JobFiles::Artifact &artifact : artifacts) {
            log(QStringLiteral("Downloading artifacts for %1 (%2), %3\n")
                    .arg(artifact.jobName)
                    .arg(artifact.jobId)
                    .arg(sizeText(artifact.size)));
            const QString archive = scratchFile(job, QStringLiteral("needed"));
            const bool fetched = m_files.store().get(artifact.fileId, archive);
            const std::optional<QString> error =
                fetched ? WorkspaceArchive::unpack(archive, workspace.path) : QStringLiteral("they are gone");
            QFile::remove(archive);
            if (error)
                return QStringLiteral("the artifacts of %1 (%2) cannot be unpacked: %3")
                    .arg(artifact.jobName)
                    .arg(artifact.jobId)
                    .arg(*error);
        }
    }
    for (const QJsonValue &value : job.spec.value(QStringLiteral("cache")).toArray()) {
        const QJsonObject cache = value.toObject();
        if (cache.value(QStringLiteral("policy")).toString() == u"push")
            continue;
        const QString key = cacheKey(cache, workspace.mirror, job.pipeline.sha, workspace.environment);
        const std::optional<qint64> file = m_files.cacheOf(job.pipeline.projectId, key);
        if (!file) {
            log(QStringLiteral("No cache for key %1 yet\n").arg(key));
            continue;
        }
        const QString archive = scratchFile(job, QStringLiteral("cache"));
        const bool fetched = m_files.store().get(*file, archive);
        const std::optional<QString> error =
            fetched ? WorkspaceArchive::unpack(archive, workspace.path) : QStringLiteral("it is gone");
        QFile::remove(archive);
        // A cache is an optimisation: a missing or broken one never fails the job.
        log(error ? QStringLiteral("WARNING: the cache %1 cannot be restored: %2\n").arg(key, *error)
                  : QStringLiteral("Restored cache %1\n").arg(key));
    }
    return std::nullopt;
}

std::optional<QString> JobFileTransfer::save(const queue::JobQueue::Claimed &job, const Workspace &workspace,
                                             bool succeeded, const LogSink &log) const
{
    for (const QJsonValue &value : job.spec.value(QStringLiteral("cache")).toArray()) {
        const QJsonObject cache = value.toObject();
        if (cache.value(QStringLiteral("policy")).toString() != u"pull" &&
            due(cache.value(QStringLiteral("when")).toString(), succeeded))
            saveCache(job, cache, workspace, log);
    }
    const QJsonObject artifacts = job.spec.value(QStringLiteral("artifacts")).toObject();
    if (!artifacts.isEmpty() && due(artifacts.value(QStringLiteral("when")).toString(), succeeded))
        return saveArtifacts(job, artifacts, workspace, log);
    return std::nullopt;
}

void JobFileTransfer::saveCache(const queue::JobQueue::Claimed &job, const QJsonObject &cache,
                                const Workspace &workspace, const LogSink &log) const
{
    const QStringList &environment = workspace.environment;
    const QString key = cacheKey(cache, workspace.mirror, job.pipeline.sha, environment);
    const auto selection = WorkspaceArchive::select(
        workspace.path, expandedAll(stringsOf(cache.value(QStringLiteral("paths"))), environment), {},
        trackedFor(cache, workspace, job.pipeline.sha));
    for (const QString &warning : selection.warnings)
        log(QStringLiteral("WARNING: cache %1\n").arg(warning));
    if (selection.files.isEmpty()) {
        log(QStringLiteral("Nothing to cache for key %1\n").arg(key));
        return;
    }
    const QString archive = scratchFile(job, QStringLiteral("cache"));
    std::optional<QString> error = WorkspaceArchive::pack(workspace.path, selection.files, archive);
    if (!error) {
        if (const auto stored = m_files.store().put(archive)) {
            m_files.keepCache(job.pipeline.projectId, key, *stored);
            log(QStringLiteral("Saved cache %1: %2 files, %3\n")
                    .arg(key)
                    .arg(selection.files.size())
                    .arg(sizeText(stored->size)));
        } else {
            error = QStringLiteral("it cannot be stored");
        }
    }
    QFile::remove(archive);
    if (error)
        log(QStringLiteral("WARNING: the cache %1 is not saved: %2\n").arg(key, *error));
}

QStringList JobFileTransfer::returnPaths(const QJsonObject &spec, const QStringList &environment)
{
    QList<QJsonObject> entries;
    if (spec.value(QStringLiteral("artifacts")).isObject())
        entries.append(spec.value(QStringLiteral("artifacts")).toObject());
    for (const QJsonValue &cache : spec.value(QStringLiteral("cache")).toArray())
        entries.append(cache.toObject());
    static const QRegularExpression wildcard(QStringLiteral("[*?\\[]"));
    QStringList roots;
    for (const QJsonObject &entry : std::as_const(entries)) {
        if (entry.value(QStringLiteral("untracked")).toBool())
            return {QStringLiteral(".")};
        for (const QString &pattern : expandedAll(stringsOf(entry.value(QStringLiteral("paths"))), environment)) {
            const QString clean = QDir::cleanPath(pattern);
            if (clean.startsWith(u'/') || clean == u".." || clean.startsWith(QStringLiteral("../")))
                continue; // outside the workspace: select() warns about it
            QStringList fixed;
            for (const QString &part : clean.split(u'/')) {
                if (part.contains(wildcard))
                    break;
                fixed.append(part);
            }
            if (fixed.isEmpty() || fixed.join(u'/') == u".")
                return {QStringLiteral(".")};
            roots.append(fixed.join(u'/'));
        }
    }
    roots.removeDuplicates();
    return roots;
}

std::optional<QString> JobFileTransfer::saveArtifacts(const queue::JobQueue::Claimed &job, const QJsonObject &artifacts,
                                                      const Workspace &workspace, const LogSink &log) const
{
    log(QStringLiteral("Uploading artifacts...\n"));
    const QStringList &environment = workspace.environment;
    const auto selection = WorkspaceArchive::select(
        workspace.path, expandedAll(stringsOf(artifacts.value(QStringLiteral("paths"))), environment),
        expandedAll(stringsOf(artifacts.value(QStringLiteral("exclude"))), environment),
        trackedFor(artifacts, workspace, job.pipeline.sha));
    for (const QString &warning : selection.warnings)
        log(QStringLiteral("WARNING: %1\n").arg(warning));
    if (selection.files.isEmpty()) {
        log(QStringLiteral("WARNING: no files to upload\n"));
        return std::nullopt;
    }
    const QString archive = scratchFile(job, QStringLiteral("artifacts"));
    if (const auto error = WorkspaceArchive::pack(workspace.path, selection.files, archive)) {
        QFile::remove(archive);
        return QStringLiteral("the artifacts cannot be packed: %1").arg(*error);
    }
    const qint64 size = QFileInfo(archive).size();
    if (size > m_maxArtifactBytes) {
        QFile::remove(archive);
        return QStringLiteral("the artifacts archive is too large (%1; at most %2)")
            .arg(sizeText(size), sizeText(m_maxArtifactBytes));
    }
    const auto stored = m_files.store().put(archive);
    QFile::remove(archive);
    if (!stored)
        return QStringLiteral("the artifacts cannot be stored");
    QString name = WorkspaceArchive::expand(artifacts.value(QStringLiteral("name")).toString(), environment).trimmed();
    name.replace(u'/', u'_');
    if (name.isEmpty())
        name = QStringLiteral("artifacts");
    const QString expireIn = artifacts.value(QStringLiteral("expire_in")).toString().trimmed();
    std::optional<qint64> expireAt;
    if (expireIn.compare(QStringLiteral("never"), Qt::CaseInsensitive) != 0) {
        const std::optional<qint64> seconds = pipeline::DefinitionParser::durationSeconds(expireIn);
        expireAt = QDateTime::currentMSecsSinceEpoch() + (seconds ? *seconds * 1000 : JobFiles::kDefaultExpiryMs);
    }
    m_files.keepArtifact(job.id, *stored, name + QStringLiteral(".tar.gz"), expireAt);
    log(QStringLiteral("Uploaded %1 files, %2%3\n")
            .arg(selection.files.size())
            .arg(sizeText(stored->size))
            .arg(expireAt ? QStringLiteral(", kept until %1")
                                .arg(QDateTime::fromMSecsSinceEpoch(*expireAt, Qt::UTC).toString(Qt::ISODate))
                          : QString()));
    return std::nullopt;
}

} // namespace adp::server::runner
