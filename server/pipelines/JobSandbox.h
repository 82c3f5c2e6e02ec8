#pragma once

#include <QString>
#include <QStringList>
#include <sys/types.h>

namespace adp::server::pipelines {

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

    JobSandbox(Mode mode = Mode::Bubblewrap, uid_t uidBase = kDefaultUidBase) : m_mode(mode), m_uidBase(uidBase) {}

    Mode mode() const { return m_mode; }
    static QString nameOf(Mode mode);
    // Whether bubblewrap is installed and may make namespaces here (a container may forbid it).
    static bool bubblewrapAvailable(QString *why);
    // Whether this process may run jobs as other users.
    static bool separateUsersAvailable(QString *why);

    // The program and arguments that run `command` for a job of `projectId` in `workspace`;
    // `readable`: paths the job must be able to read (its mirror's objects).
    QPair<QString, QStringList> wrap(const QStringList &command, const QString &workspace,
                                     const QStringList &readable) const;
    // Run in the forked child before exec (async-signal-safe calls only): drops to the project's user.
    void enterChild(qint64 projectId) const;
    // Makes a prepared workspace (and the project folder holding it) the job's own: its objects
    // copied in instead of borrowed from the mirror, owned by the project's user, closed to others.
    bool handOver(qint64 projectId, const QString &projectRoot, const QString &workspace, QString *error) const;
    // Files the executor writes for the job (its scripts) become readable by it.
    void share(qint64 projectId, const QString &file) const;
    // Ends whatever the job left running: for a user of its own, every process of that user.
    void killLeftovers(qint64 projectId) const;

    uid_t uidOf(qint64 projectId) const { return m_uidBase + uid_t(projectId % 1000000000); }

private:
    Mode m_mode;
    uid_t m_uidBase;
};

} // namespace adp::server::pipelines
