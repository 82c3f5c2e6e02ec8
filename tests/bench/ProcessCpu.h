#pragma once

#include <QDir>
#include <QFile>
#include <QStringList>
#include <unistd.h>

namespace adp::bench {

// CPU time from /proc, in clock ticks: what one benchmark phase cost the whole machine and each
// process in it, so a throughput figure comes with the reason it is not higher.
namespace cpu {

// The fields of /proc/<pid>/stat after the command's closing bracket (the command may hold spaces).
inline QList<QByteArray> statFields(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = stat.readAll();
    return text.mid(text.lastIndexOf(')') + 2).simplified().split(' ');
}

// utime + stime + cutime + cstime: the process and the children it has reaped.
inline qint64 ownTicks(qint64 pid)
{
    const QList<QByteArray> fields = statFields(pid); // fields[0] is stat's field 3 (state)
    qint64 ticks = 0;
    for (int field = 14; field <= 17; ++field) // utime, stime, cutime, cstime
        ticks += fields.value(field - 3).toLongLong();
    return ticks;
}

// A process, its living children and the children it has reaped: a PostgreSQL postmaster with
// its backends, for instance. 0 when pid is 0 or gone.
inline qint64 treeTicks(qint64 pid)
{
    if (pid <= 0)
        return 0;
    qint64 ticks = ownTicks(pid);
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 child = entry.toLongLong(&isPid);
        if (isPid && child != pid && statFields(child).value(1).toLongLong() == pid)
            ticks += ownTicks(child);
    }
    return ticks;
}

// Busy ticks of all cores together (user, nice, system, irq, softirq, steal).
inline qint64 machineBusyTicks()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    qint64 ticks = 0;
    for (int field : {1, 2, 3, 6, 7, 8})
        ticks += fields.value(field).toLongLong();
    return ticks;
}

inline double ticksToMicroseconds(qint64 ticks)
{
    return double(ticks) * 1e6 / double(sysconf(_SC_CLK_TCK));
}

} // namespace cpu
} // namespace adp::bench
