#pragma once

#include "JobFiles.h"
#include "queue/JobQueue.h"

#include <functional>

namespace adp::server::runner {

// The executor's steps around a job's script that move files: before it,
// the artifacts of the jobs it depends on and its caches are unpacked into
// the workspace; after it, its caches and artifacts are packed and stored,
// as their `when` and `policy` say. Each step says in the job's log what it
// did, as GitLab's runner does.
class JobFileTransfer
{
public:
    using LogSink = std::function<void(const QString &chunk)>;

    JobFileTransfer(JobFiles &files, QString scratchDirectory, qint64 maxArtifactBytes)
        : m_files(files)
        , m_scratch(std::move(scratchDirectory))
        , m_maxArtifactBytes(maxArtifactBytes)
    {
    }

    // Where a job's files go in and out. What git knows (tracked files, the commit that last changed
    // a file) comes from the server's mirror of the commit, never from the workspace the job wrote.
    struct Workspace
    {
        QString path;
        QString mirror; // the server's bare mirror holding the job's commit
        QStringList environment;
    };
    // nullopt when the workspace is ready, else why the job cannot run.
    std::optional<QString> restore(const queue::JobQueue::Claimed &job, const Workspace &workspace,
                                   const LogSink &log) const;
    // nullopt when everything due was stored, else why the job fails.
    std::optional<QString> save(const queue::JobQueue::Claimed &job, const Workspace &workspace, bool succeeded,
                                const LogSink &log) const;

    // What a job run elsewhere (a pod) must send back for save() to find everything due: the folders
    // (or files) its artifacts' and caches' paths start with, before any wildcard; "." for all.
    static QStringList returnPaths(const QJsonObject &spec, const QStringList &environment);

    // A cache's key as GitLab makes it: `key` with variables expanded, or for `key: files` the
    // last commit up to `sha` that changed those files (with `prefix-`); "default" when empty.
    static QString cacheKey(const QJsonObject &cache, const QString &mirror, const QString &sha,
                            const QStringList &environment);

private:
    std::optional<QString> saveArtifacts(const queue::JobQueue::Claimed &job, const QJsonObject &artifacts,
                                         const Workspace &workspace, const LogSink &log) const;
    void saveCache(const queue::JobQueue::Claimed &job, const QJsonObject &cache, const Workspace &workspace,
                   const LogSink &log) const;
    QString scratchFile(const queue::JobQueue::Claimed &job, const QString &what) const;

    JobFiles &m_files;
    QString m_scratch;
    qint64 m_maxArtifactBytes;
};

} // namespace adp::server::runner
