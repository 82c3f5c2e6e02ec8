#pragma once

#include "MirrorMemo.h"
#include "RefFiles.h"
#include "core/ServiceError.h"

#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <optional>

namespace adp::server::git {

// A bare mirror of each project's repository under the data directory
// (git CLI), fetched before a pipeline is made so a commit's files can be
// read without a checkout, and so later clones by jobs are incremental.
// The URL always comes from the project's settings, never from a request.
class RepositoryMirror
{
public:
    explicit RepositoryMirror(QString directory)
        : m_directory(std::move(directory))
    {
    }
    // The HTTP Authorization header value a project's fetches send (its repository token), if any.
    using Credentials = std::function<std::optional<QString>(qint64 projectId)>;
    void setCredentials(Credentials credentials) { m_credentials = std::move(credentials); }
    // Why a local URL may not be fetched now (checked again at every fetch: a link may have changed).
    using LocalCheck = std::function<std::optional<QString>(const QString &url)>;
    void setLocalCheck(LocalCheck check) { m_localCheck = std::move(check); }

    struct Commit
    {
        QString sha;
        QString message;
        QString ref; // the branch or tag name it was resolved from
        bool isTag = false;
    };

    // Fetches the repository and resolves a branch, a tag or a full commit id.
    Outcome<Commit> resolve(qint64 projectId, const QString &url, const QString &ref);
    // Fetches the repository and checks that a pushed commit is there.
    Outcome<Commit> commitAt(qint64 projectId, const QString &url, const QString &sha, const QString &ref, bool isTag);
    // The mirror's path once it holds `sha`, fetching only when it does not yet (a worker on
    // another machine, or a mirror removed since): what a job clones from.
    Outcome<QString> withCommit(qint64 projectId, const QString &url, const QString &sha);
    // Fetches and lists the repository's branch and tag heads (a tag by the commit it points to).
    struct Head
    {
        QString ref; // short name
        bool isTag = false;
        QString sha;
    };
    Outcome<QList<Head>> heads(qint64 projectId, const QString &url);
    // Is the URL a repository on this machine (a path or file://), which the server polls?
    static bool isLocal(const QString &url);
    // A file at a commit; nullopt when absent (or larger than `maxBytes`).
    std::optional<QByteArray> readFile(qint64 projectId, const QString &sha, const QString &path, qint64 maxBytes);
    // The size in bytes of a file at a commit, or nullopt when there is none.
    std::optional<qint64> sizeOf(qint64 projectId, const QString &sha, const QString &path);
    // Is there a file matching the glob at the commit? (rules: exists)
    bool exists(qint64 projectId, const QString &sha, const QString &glob);
    // The files changed from `base` (a commit or a branch) to `sha`, diffed from their merge base as
    // GitLab does for merge requests; nullopt when the mirror cannot tell (an unknown base).
    std::optional<QStringList> changedFiles(qint64 projectId, const QString &base, const QString &sha);
    QString pathOf(qint64 projectId) const;

    // What lies between two commits of the mirror: the commits reachable from `to` but not from
    // `from` (newest first, at most `maxCommits`), and the files that differ between their trees
    // (at most `maxFiles`, status A/M/D/R/...; 0: not asked). nullopt when the mirror lacks either commit.
    struct LoggedCommit
    {
        QString sha;
        QString title;
        QString author;
        QString authoredAt; // ISO 8601, as git wrote it
    };
    struct ChangedFile
    {
        QString status;
        QString path;
    };
    struct Comparison
    {
        QList<LoggedCommit> commits;
        bool moreCommits = false;
        QList<ChangedFile> files;
        bool moreFiles = false;
    };
    std::optional<Comparison> compare(qint64 projectId, const QString &from, const QString &to, int maxCommits,
                                      int maxFiles);
    // The unified diff between two commits' trees (3 lines of context, no colour, no external
    // diff or text conversion a repository could configure), cut at `maxBytes` (`*cut` says so);
    // nullopt when the mirror lacks either commit.
    std::optional<QByteArray> diff(qint64 projectId, const QString &from, const QString &to, qint64 maxBytes,
                                   bool *cut);

    // git as the server runs it: never prompting, no ext:: transport, C locale, a fixed identity (so
    // writing a reflog never looks the host's name up in DNS), killed after `timeoutMs`.
    struct GitResult
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static GitResult git(const QStringList &arguments, const QString &directory, int timeoutMs = 120000,
                         const QProcessEnvironment &extra = {});
    // The same git started in `process` and left running; finishGit() waits for it as git() does.
    static void startGit(QProcess &process, const QStringList &arguments, const QString &directory,
                         const QProcessEnvironment &extra = {});
    static GitResult finishGit(QProcess &process, int timeoutMs);

    // Objects read by one `git cat-file --batch` in `repository`, by name (`<rev>^{commit}`,
    // `<commit>:<path>`...): each, or nullopt when it is missing or larger than `maxBytes` (then the
    // names after it are not read either). nullopt when git failed.
    struct Object
    {
        QString id;
        QString type; // blob, tree, commit, tag
        QByteArray content;
    };
    static std::optional<QList<std::optional<Object>>> readObjects(const QString &repository, const QStringList &names,
                                                                   qint64 maxBytes);

private:
    // The commits the names (refs, ids) lead to, each nullopt when none: one git process.
    Outcome<QList<std::optional<Object>>> commitsNamed(qint64 projectId, const QStringList &names);
    // The message of a commit object (its text after the headers), at most 10,000 characters.
    static QString messageIn(const QByteArray &commitObject);
    // `git maintenance run --auto` for the mirror on a thread of its own, at most every 10 minutes.
    void maintainLater(qint64 projectId);
    // The project's credentials for git, in the environment (not on a command line others can read).
    QProcessEnvironment credentialsOf(qint64 projectId, const QString &url) const;
    Outcome<Unit> fetch(qint64 projectId, const QString &url);
    std::shared_ptr<QMutex> lockFor(qint64 projectId);
    // The commit the first of `names` that the mirror's refs (`mirror`) hold leads to, when this
    // process read it before: no git process for a pipeline on a ref that has not moved.
    std::optional<Commit> knownCommit(qint64 projectId, const RefFiles::Reading &mirror, const QStringList &names,
                                      const QString &ref);

    QString m_directory;
    Credentials m_credentials;
    LocalCheck m_localCheck;
    QMutex m_locksMutex;
    QHash<qint64, std::shared_ptr<QMutex>> m_locks;
    MirrorMemo m_memo;
    QMutex m_maintainedMutex;
    QHash<qint64, qint64> m_maintainedAt;
    QThreadPool m_maintenance; // last: waits for its runs before the rest goes
};

} // namespace adp::server::git
