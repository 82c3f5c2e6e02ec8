#pragma once

#include <QString>
#include <QStringList>
#include <sys/types.h>
#include <utility>

namespace adp::server::runner {

// Keeps a job's processes away from everything of the server's: its data
// directory (database, keys, mirrors), other projects' workspaces, the
// server's processes. Three ways, chosen once at start:
//   Bubblewrap    the system read-only, fresh /proc, /dev and /tmp, the
//                 workspace writable, the job's own mirror objects readable;
//   SeparateUser  (the server runs as root) each project's jobs run as a
//                 user of their own (uid = base + project id), in workspaces
//                 outside the data directory that only that user may enter;
//   UnsafeNone    as the server's own user, everything in reach: only when
//                 asked for by name, and only while the server has one user.
class JobSandbox
{
public:
    enum class Mode { Bubblewrap, SeparateUser, UnsafeNone };
    static constexpr uid_t kDefaultUidBase = 2000000000;

    JobSandbox(Mode mode = Mode::Bubblewrap, uid_t uidBase = kDefaultUidBase)
        : m_mode(mode)
        , m_uidBase(uidBase)
    {
    }

    Mode mode() const { return m_mode; }
    static QString nameOf(Mode mode);
    // Whether bubblewrap is installed and may make namespaces here (a container may forbid it).
    static bool bubblewrapAvailable(QString *why);
    // Whether this process may run jobs as other users.
    static bool separateUsersAvailable(QString *why);

    // Where the workspaces of a server with this data directory go: inside it, unless jobs run as
    // users of their own, who must not enter it: then beside it, or, when a folder above it is
    // closed to others (a data directory under /root), below /var/lib/adp-builds.
    QString buildsDirectoryFor(const QString &dataDirectory) const;
    // Creates it; for users of their own every folder on the way may be passed, not listed.
    bool makeBuildsDirectory(const QString &path, QString *error) const;

    // The program and arguments that run `command` for a job of `projectId` in `workspace`;
    // `readable`: paths the job must be able to read (its mirror's objects).
    QPair<QString, QStringList> wrap(const QStringList &command, const QString &workspace,
                                     const QStringList &readable) const;
    // Can the sandbox be made before the workspace is ready? Bubblewrap sets up its namespaces
    // and mounts (~10 ms here), then waits to read one byte from kStartFd before it runs the
    // command: what the job still needs (its checkout) is done meanwhile.
    bool startsEarly() const { return m_mode == Mode::Bubblewrap; }
    // Whether no job reaches another's workspace (bubblewrap binds in only its own), so that what a
    // checkout wrote is still git's when read back before its job starts.
    bool isolatesWorkspaces() const { return m_mode == Mode::Bubblewrap; }
    static constexpr int kStartFd = 3;
    // wrap() for a sandbox made early: it runs `command` once a byte arrives on kStartFd.
    QPair<QString, QStringList> wrapStartingLater(const QStringList &command, const QString &workspace,
                                                  const QStringList &readable) const;
    // Run in the forked child before exec (async-signal-safe calls only): lets no descriptor of the
    // server through exec (but `startFd`, as kStartFd, when one is given) and drops to the project's user.
    void enterChild(qint64 projectId, int startFd = -1) const;
    // Makes a prepared workspace (and the project folder holding it) the job's own: its objects
    // copied in instead of borrowed from the mirror, owned by the project's user, closed to others.
    bool handOver(qint64 projectId, const QString &projectRoot, const QString &workspace, QString *error) const;
    // Files the executor writes for the job (its scripts) become readable by it.
    void share(qint64 projectId, const QString &file) const;
    // Held while a script runs as a project's user. Jobs of one project may run side by side, in
    // this process or another on this host: the lease is shared among them, so the leftovers of
    // one are killed only once no other runs, not out from under the others.
    class UserLease
    {
    public:
        UserLease() = default;
        UserLease(UserLease &&other) noexcept
            : m_fd(std::exchange(other.m_fd, -1))
        {
        }
        UserLease(const UserLease &) = delete;
        UserLease &operator=(const UserLease &) = delete;
        UserLease &operator=(UserLease &&) = delete;
        ~UserLease();

    private:
        friend class JobSandbox;
        explicit UserLease(int fd)
            : m_fd(fd)
        {
        }
        int m_fd = -1;
    };
    // Waits while another job of that user is being cleaned up; nothing to hold in other modes.
    UserLease leaseUser(qint64 projectId) const;
    // Ends whatever the script left running: for a user of its own, every process of that user,
    // unless another script of that user still runs (the last one to finish cleans up). Ends the lease.
    void killLeftovers(qint64 projectId, UserLease &lease) const;

    uid_t uidOf(qint64 projectId) const { return m_uidBase + uid_t(projectId % 1000000000); }

private:
    Mode m_mode;
    uid_t m_uidBase;
};

} // namespace adp::server::runner
