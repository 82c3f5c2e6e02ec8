#include "JobSandbox.h"

#include "git/RepositoryMirror.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <ftw.h>
#include <grp.h>
#include <linux/close_range.h>
#include <sys/file.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace adp::server::runner {

namespace {

// bubblewrap's arguments: the system's directories read-only (merged-/usr links kept as links),
// fresh /proc, /dev and /tmp, the workspace writable, `readable` readable; nothing else.
QStringList bubblewrapArguments(const QString &workspace, const QStringList &readable)
{
    QStringList arguments{
        QStringLiteral("--die-with-parent"), QStringLiteral("--unshare-all"), QStringLiteral("--share-net"),
        QStringLiteral("--ro-bind"),         QStringLiteral("/usr"),          QStringLiteral("/usr"),
        QStringLiteral("--ro-bind"),         QStringLiteral("/etc"),          QStringLiteral("/etc")};
    for (const QString &top : {QStringLiteral("/bin"), QStringLiteral("/sbin"), QStringLiteral("/lib"),
                               QStringLiteral("/lib32"), QStringLiteral("/lib64"), QStringLiteral("/libx32")}) {
        const QFileInfo info(top);
        if (info.isSymLink())
            arguments << QStringLiteral("--symlink")
                      << info.symLinkTarget().replace(QRegularExpression(QStringLiteral("^/")), QString()) << top;
        else if (info.isDir())
            arguments << QStringLiteral("--ro-bind") << top << top;
    }
    arguments << QStringLiteral("--proc") << QStringLiteral("/proc") << QStringLiteral("--dev")
              << QStringLiteral("/dev") << QStringLiteral("--tmpfs") << QStringLiteral("/tmp")
              << QStringLiteral("--bind") << workspace << workspace;
    for (const QString &path : readable)
        arguments << QStringLiteral("--ro-bind") << path << path;
    arguments << QStringLiteral("--chdir") << workspace;
    return arguments;
}

uid_t g_owner = 0; // for nftw's callback, which takes no context; only set under s_ownerLock
QMutex s_ownerLock;

int chownEntry(const char *path, const struct stat *, int, FTW *)
{
    return ::lchown(path, g_owner, g_owner) == 0 ? 0 : -1; // links themselves, never what they point at
}

bool runGit(const QString &directory, const QStringList &arguments, QString *error)
{
    const git::RepositoryMirror::GitResult git = git::RepositoryMirror::git(arguments, directory, 10 * 60 * 1000);
    if (git.exitCode != 0) {
        *error = QStringLiteral("git %1: %2").arg(arguments.first(), QString::fromUtf8(git.err).trimmed());
        return false;
    }
    return true;
}

// The server's sockets (a Redis connection: hiredis opens them without close-on-exec) and any
// pipe would otherwise reach the job through exec, across bubblewrap's namespaces and a changed
// user alike. Only stdin, stdout and stderr go through.
void closeServerDescriptorsOnExec()
{
    if (::close_range(3, ~0U, CLOSE_RANGE_CLOEXEC) == 0)
        return;
    struct rlimit limit
    {
    };
    const rlim_t last = ::getrlimit(RLIMIT_NOFILE, &limit) == 0 ? std::min<rlim_t>(limit.rlim_cur, 1 << 20) : 1024;
    for (int fd = 3; rlim_t(fd) < last; ++fd)
        ::fcntl(fd, F_SETFD, FD_CLOEXEC); // kernels before 5.11: one at a time
}

} // namespace

QString JobSandbox::nameOf(Mode mode)
{
    switch (mode) {
    case Mode::Bubblewrap:
        return QStringLiteral("bubblewrap");
    case Mode::SeparateUser:
        return QStringLiteral("user");
    case Mode::UnsafeNone:
        return QStringLiteral("unsafe-none");
    }
    return {};
}

bool JobSandbox::bubblewrapAvailable(QString *why)
{
    QProcess probe;
    probe.start(QStringLiteral("bwrap"),
                bubblewrapArguments(QDir::tempPath(), {}) + QStringList{QStringLiteral("/usr/bin/true")});
    if (!probe.waitForStarted(5000)) {
        *why = QStringLiteral("bubblewrap (bwrap) is not installed");
        return false;
    }
    probe.waitForFinished(10000);
    if (probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0) {
        *why = QStringLiteral("bubblewrap cannot make a sandbox here: %1")
                   .arg(QString::fromUtf8(probe.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

bool JobSandbox::separateUsersAvailable(QString *why)
{
    if (::geteuid() == 0)
        return true;
    *why = QStringLiteral("only a server running as root can run jobs as users of their own");
    return false;
}

QPair<QString, QStringList> JobSandbox::wrap(const QStringList &command, const QString &workspace,
                                             const QStringList &readable) const
{
    if (m_mode == Mode::Bubblewrap)
        return {QStringLiteral("bwrap"), bubblewrapArguments(workspace, readable) + command};
    return {command.first(), command.mid(1)};
}

QPair<QString, QStringList> JobSandbox::wrapStartingLater(const QStringList &command, const QString &workspace,
                                                          const QStringList &readable) const
{
    return {QStringLiteral("bwrap"), QStringList{QStringLiteral("--block-fd"), QString::number(kStartFd)} +
                                         bubblewrapArguments(workspace, readable) + command};
}

void JobSandbox::enterChild(qint64 projectId, int startFd) const
{
    closeServerDescriptorsOnExec();
    if (startFd >= 0) { // bubblewrap reads it, then closes it before the job's command runs
        if (startFd != kStartFd)
            ::dup2(startFd, kStartFd);
        ::fcntl(kStartFd, F_SETFD, 0);
    }
    if (m_mode != Mode::SeparateUser)
        return;
    const uid_t uid = uidOf(projectId);
    if (::setgroups(0, nullptr) != 0 || ::setgid(gid_t(uid)) != 0 || ::setuid(uid) != 0)
        ::_exit(126); // never run a job as root by accident
}

bool JobSandbox::handOver(qint64 projectId, const QString &projectRoot, const QString &workspace, QString *error) const
{
    if (m_mode != Mode::SeparateUser)
        return true;
    // The mirror is in the data directory, which the job's user cannot enter: copy the objects in.
    const QString alternates = workspace + QStringLiteral("/.git/objects/info/alternates");
    if (QFile::exists(alternates)) {
        if (!runGit(workspace,
                    {QStringLiteral("repack"), QStringLiteral("-a"), QStringLiteral("-d"), QStringLiteral("-q")},
                    error))
            return false;
        QFile::remove(alternates);
    }
    const uid_t uid = uidOf(projectId);
    {
        const QMutexLocker lock(&s_ownerLock);
        g_owner = uid;
        if (::nftw(QFile::encodeName(workspace).constData(), chownEntry, 32, FTW_PHYS) != 0) {
            *error = QStringLiteral("the workspace cannot be given to the job's user");
            return false;
        }
    }
    const QByteArray root = QFile::encodeName(projectRoot);
    if (::lchown(root.constData(), uid, uid) != 0 || ::chmod(root.constData(), 0700) != 0) {
        *error = QStringLiteral("the project's build folder cannot be closed to others");
        return false;
    }
    return true;
}

void JobSandbox::share(qint64 projectId, const QString &file) const
{
    if (m_mode == Mode::SeparateUser) {
        const uid_t uid = uidOf(projectId);
        [[maybe_unused]] const int ignored = ::lchown(QFile::encodeName(file).constData(), uid, uid);
    }
}

namespace {

// Whether users other than the owner may pass through `path` and every folder above it.
bool othersMayEnter(const QString &path)
{
    for (QString folder = QDir::cleanPath(path);; folder = QFileInfo(folder).path()) {
        struct stat info
        {
        };
        if (::stat(QFile::encodeName(folder).constData(), &info) != 0 || !S_ISDIR(info.st_mode) ||
            !(info.st_mode & S_IXOTH))
            return false;
        if (folder == u'/')
            return true;
    }
}

} // namespace

QString JobSandbox::buildsDirectoryFor(const QString &dataDirectory) const
{
    const QString data = QDir::cleanPath(QFileInfo(dataDirectory).absoluteFilePath());
    if (m_mode != Mode::SeparateUser)
        return QDir(data).filePath(QStringLiteral("builds"));
    if (othersMayEnter(QFileInfo(data).path()))
        return data + QStringLiteral("-builds");
    const QByteArray id = QCryptographicHash::hash(data.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("/var/lib/adp-builds/") + QString::fromLatin1(id);
}

bool JobSandbox::makeBuildsDirectory(const QString &path, QString *error) const
{
    if (!QDir().mkpath(path)) {
        *error = QStringLiteral("cannot create the builds directory %1").arg(path);
        return false;
    }
    if (m_mode != Mode::SeparateUser)
        return true;
    // Pass, not list: a project's user finds its own folder and cannot see the others'.
    const auto passOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                          QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QFile::setPermissions(path, passOnly);
    if (path.startsWith(QStringLiteral("/var/lib/adp-builds/")))
        QFile::setPermissions(QStringLiteral("/var/lib/adp-builds"), passOnly);
    if (!othersMayEnter(path)) {
        *error = QStringLiteral("jobs cannot enter the builds directory %1: a folder above it is closed to other users")
                     .arg(path);
        return false;
    }
    return true;
}

JobSandbox::UserLease::~UserLease()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

JobSandbox::UserLease JobSandbox::leaseUser(qint64 projectId) const
{
    if (m_mode != Mode::SeparateUser)
        return {};
    // One lock file per user for the whole host (every server process running jobs here), in a
    // directory only root may write. Close-on-exec: a job's processes must never hold it.
    static const QByteArray directory = [] {
        const QByteArray path = QByteArrayLiteral("/run/adp-job-users");
        ::mkdir(path.constData(), 0700);
        struct stat info
        {
        };
        if (::lstat(path.constData(), &info) == 0 && S_ISDIR(info.st_mode) && info.st_uid == 0)
            return path;
        const QByteArray fallback = QFile::encodeName(QDir::tempPath()) + "/adp-job-users-root";
        ::mkdir(fallback.constData(), 0700);
        return fallback;
    }();
    const QByteArray path = directory + '/' + QByteArray::number(uidOf(projectId)) + ".lock";
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return {};
    while (::flock(fd, LOCK_SH) != 0 && errno == EINTR) {
    }
    return UserLease(fd);
}

void JobSandbox::killLeftovers(qint64 projectId, UserLease &lease) const
{
    if (m_mode != Mode::SeparateUser)
        return;
    const UserLease held = std::move(lease); // released on return, whatever happens
    // Exclusive only when no other script of this user holds it: then nothing of theirs is killed.
    if (held.m_fd >= 0 && ::flock(held.m_fd, LOCK_EX | LOCK_NB) != 0)
        return;
    // As that user, kill(-1) reaches every process of that user and nothing else, daemons included.
    const uid_t uid = uidOf(projectId);
    const pid_t child = ::fork();
    if (child == 0) {
        if (::setgroups(0, nullptr) == 0 && ::setgid(gid_t(uid)) == 0 && ::setuid(uid) == 0)
            ::kill(-1, SIGKILL);
        ::_exit(0);
    }
    if (child > 0)
        ::waitpid(child, nullptr, 0);
}

} // namespace adp::server::runner
