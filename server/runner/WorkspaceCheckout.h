#pragma once

#include <QProcess>
#include <QString>

namespace adp::server::runner {
class CheckoutMemo;
}

namespace adp::server::runner {

// A job's workspace at one commit, made from the project's mirror without
// cloning it: `git init`, the mirror's objects borrowed through git's
// alternates, its branches written as origin's and its tags as tags, origin
// pointing at the mirror, then one checkout. What a clone of the mirror gives
// a job's scripts, in two git processes instead of a clone's four (the clone
// alone, with its upload-pack, was most of a job's start). Like `clone --shared`
// the workspace relies on the mirror keeping its objects: fetches never
// delete reachable ones, and unreachable ones live two weeks past any job.
// Given a memo, a commit checked out once is written again without git (see CheckoutSnapshot); only
// where no job can reach a workspace before it is handed over, so that what is remembered is git's.
class WorkspaceCheckout
{
public:
    explicit WorkspaceCheckout(CheckoutMemo *memo = nullptr)
        : m_memo(memo)
    {
    }
    WorkspaceCheckout(const WorkspaceCheckout &) = delete;
    WorkspaceCheckout &operator=(const WorkspaceCheckout &) = delete;
    ~WorkspaceCheckout(); // a checkout still running is stopped

    // Writes the workspace's repository and starts the checkout of `sha` (one git process);
    // wait() for its end. A commit the memo holds is written at once.
    bool start(const QString &mirror, const QString &workspace, const QString &sha, QString *error);
    // The checkout started ended well; false with git's error.
    bool wait(QString *error);
    // start() and wait().
    static bool prepare(const QString &mirror, const QString &workspace, const QString &sha, QString *error,
                        CheckoutMemo *memo = nullptr);
    // The mirror's object directory, which a sandboxed job must be able to read.
    static QString objectsOf(const QString &mirror);

private:
    // The mirror's branches (as refs/remotes/origin/*) and tags in packed-refs form.
    static QByteArray packedRefsFrom(const QString &mirror);

    CheckoutMemo *m_memo = nullptr;
    QString m_mirror;
    QString m_workspace;
    QString m_sha;
    bool m_written = false; // from the memo: no git to wait for
    QProcess m_git;
};

} // namespace adp::server::runner
