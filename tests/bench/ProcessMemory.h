#pragma once

#include <QFile>

namespace adp::bench {

// A process's resident set size in KiB (VmRSS), -1 when it cannot be read.
inline qint64 rssKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.simplified().split(' ').value(1).toLongLong();
    }
    return -1;
}

} // namespace adp::bench
