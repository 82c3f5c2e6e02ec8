#include "WorkspaceCheckout.h"

#include "CheckoutMemo.h"
#include "git/RefFiles.h"
#include "git/RepositoryMirror.h"

#include <QDir>
#include <QFile>

namespace adp::server::runner {

namespace {

bool writeFile(const QString &path, const QByteArray &content, bool append = false)
{
    QFile file(path);
    return file.open(append ? QIODevice::Append : QIODevice::WriteOnly) && file.write(content) == content.size();
}

// A value for git's config file, quoted.
QByteArray quoted(const QString &value)
{
    QString text = value;
    text.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return '"' + text.toUtf8() + '"';
}

} // namespace

QString WorkspaceCheckout::objectsOf(const QString &mirror)
{
    return QDir(mirror).absoluteFilePath(QStringLiteral("objects"));
}

QByteArray WorkspaceCheckout::packedRefsFrom(const QString &mirror)
{
    QByteArray text;
    const git::RefFiles::Refs refs = git::RefFiles::read(mirror).refs; // what is not plain is left out
    for (auto ref = refs.cbegin(); ref != refs.cend(); ++ref) {
        if (ref.key().startsWith("refs/heads/")) {
            text += ref->id + " refs/remotes/origin/" + ref.key().mid(11) + '\n';
        } else if (ref.key().startsWith("refs/tags/")) {
            text += ref->id + ' ' + ref.key() + '\n';
            if (!ref->peeled.isEmpty())
                text += '^' + ref->peeled + '\n';
        }
    }
    return text;
}

bool WorkspaceCheckout::start(const QString &mirror, const QString &workspace, const QString &sha, QString *error)
{
    // The repository is written here rather than by `git init` (what it would write with no
    // template): a process less before every job, on machines where starting one costs milliseconds.
    const QString dotGit = QDir(workspace).filePath(QStringLiteral(".git"));
    const QString origin = QDir(mirror).absolutePath();
    bool written = true;
    for (const char *directory : {"objects/info", "objects/pack", "refs/heads", "refs/tags"})
        written = written && QDir().mkpath(dotGit + u'/' + QLatin1String(directory));
    written = written && writeFile(dotGit + QStringLiteral("/HEAD"), "ref: refs/heads/main\n") &&
              writeFile(dotGit + QStringLiteral("/objects/info/alternates"), objectsOf(mirror).toUtf8() + '\n') &&
              writeFile(dotGit + QStringLiteral("/packed-refs"), packedRefsFrom(mirror)) &&
              writeFile(dotGit + QStringLiteral("/config"),
                        "[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n"
                        "\tlogallrefupdates = true\n[remote \"origin\"]\n\turl = " +
                            quoted(origin) + "\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n");
    if (!written) {
        *error = QStringLiteral("the workspace's .git cannot be written");
        return false;
    }
    m_mirror = mirror;
    m_workspace = workspace;
    m_sha = sha;
    if (const auto snapshot = m_memo ? m_memo->find(mirror, sha) : nullptr) {
        m_written = true;
        return snapshot->write(workspace, error);
    }
    git::RepositoryMirror::startGit(m_git,
                                    {QStringLiteral("-C"), workspace, QStringLiteral("checkout"),
                                     QStringLiteral("--quiet"), QStringLiteral("--detach"), sha},
                                    {});
    return true;
}

bool WorkspaceCheckout::wait(QString *error)
{
    if (m_written)
        return true;
    const git::RepositoryMirror::GitResult result = git::RepositoryMirror::finishGit(m_git, 10 * 60 * 1000);
    if (result.exitCode == 0) {
        // Read before anything else touches the workspace: the job waits for this.
        if (m_memo && !m_memo->find(m_mirror, m_sha)) {
            if (auto snapshot = CheckoutSnapshot::read(m_workspace, m_memo->limits()))
                m_memo->remember(m_mirror, m_sha, std::move(*snapshot));
        }
        return true;
    }
    *error = QString::fromUtf8(result.err).trimmed();
    return false;
}

bool WorkspaceCheckout::prepare(const QString &mirror, const QString &workspace, const QString &sha, QString *error,
                                CheckoutMemo *memo)
{
    WorkspaceCheckout checkout(memo);
    return checkout.start(mirror, workspace, sha, error) && checkout.wait(error);
}

WorkspaceCheckout::~WorkspaceCheckout()
{
    if (m_git.state() != QProcess::NotRunning) {
        m_git.kill();
        m_git.waitForFinished(5000);
    }
}

} // namespace adp::server::runner
